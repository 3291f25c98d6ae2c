package com.mstudio.engine.api;

/**
 * The size every image of a set is brought to before a model sees it.
 *
 * @param width    pixels
 * @param height   pixels
 * @param channels 1 (grey) or 3 (RGB colour)
 */
public record ImageShape(int width, int height, int channels) {
    public static final ImageShape GREY_28 = new ImageShape(28, 28, 1);
    public static final ImageShape COLOUR_32 = new ImageShape(32, 32, 3);
    public static final ImageShape COLOUR_64 = new ImageShape(64, 64, 3);

    public ImageShape {
        if (width < 4 || height < 4 || width > 512 || height > 512) {
            throw new IllegalArgumentException("images must be between 4 and 512 pixels a side");
        }
        if (channels != 1 && channels != 3) throw new IllegalArgumentException("images are grey (1) or colour (3)");
    }

    /** Values per image. */
    public int size() {
        return width * height * channels;
    }

    public boolean colour() {
        return channels == 3;
    }

    /** "28×28 grey", "64×64 colour". */
    public String describe() {
        return width + "×" + height + (colour() ? " colour" : " grey");
    }
}
