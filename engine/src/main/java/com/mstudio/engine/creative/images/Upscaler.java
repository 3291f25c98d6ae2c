package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageShape;

/**
 * Turns a model-sized image (NCHW bytes) into display or export pixels of any size: a 28×28 tile becomes a smooth
 * 512×512 picture, not a mosaic of 18-pixel blocks. Uses the cubic {@link Resampler} per channel. A non-square shape
 * is fitted inside the square and centred on white.
 */
public final class Upscaler {
    private static final int WHITE = 0xFFFFFFFF;

    private Upscaler() {}

    /** {@code size × size} opaque pixels, row-major 0xAARRGGBB. */
    public static int[] toArgb(byte[] pixels, ImageShape shape, int size) {
        if (size < 1 || size > 8192) throw new IllegalArgumentException("output size must be 1..8192 pixels, not " + size);
        int plane = shape.width() * shape.height();
        if (pixels.length != shape.size()) {
            throw new IllegalArgumentException(pixels.length + " bytes do not make one " + shape.describe() + " image");
        }
        double scale = Math.min((double) size / shape.width(), (double) size / shape.height());
        int w = Math.max(1, (int) Math.round(shape.width() * scale));
        int h = Math.max(1, (int) Math.round(shape.height() * scale));
        int[][] channels = new int[shape.channels()][];
        for (int c = 0; c < shape.channels(); c++) {
            double[] values = new double[plane];
            for (int i = 0; i < plane; i++) values[i] = pixels[c * plane + i] & 0xFF;
            channels[c] = clampToBytes(Resampler.resize(values, shape.width(), shape.height(), w, h));
        }
        int[] argb = new int[size * size];
        java.util.Arrays.fill(argb, WHITE);
        int left = (size - w) / 2, top = (size - h) / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int r = channels[0][i];
                int g = shape.colour() ? channels[1][i] : r;
                int b = shape.colour() ? channels[2][i] : r;
                argb[(top + y) * size + left + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return argb;
    }

    static int[] clampToBytes(double[] values) {
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) out[i] = (int) Math.max(0, Math.min(255, Math.round(values[i])));
        return out;
    }
}
