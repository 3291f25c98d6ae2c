package com.mstudio.ui.creatives;

import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImageShape;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Turns model pixels into JavaFX images, upscaled smoothly by {@link ImageService#toArgb} (JavaFX's own scaling of
 * a 28-pixel image is either blocky or blurred).
 */
final class TileImages {
    private final ImageService images;

    TileImages(ImageService images) {
        this.images = images;
    }

    Image image(byte[] pixels, ImageShape shape, int size) {
        int[] argb = images.toArgb(pixels, shape, size);
        WritableImage out = new WritableImage(size, size);
        out.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        return out;
    }
}
