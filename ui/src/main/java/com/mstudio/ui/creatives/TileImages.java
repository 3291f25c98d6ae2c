package com.mstudio.ui.creatives;

import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImageShape;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Turns model pixels into JavaFX images, upscaled smoothly by {@link ImageService#toArgb} (JavaFX's own scaling of
 * a 28-pixel image is either blocky or blurred).
 */
final class TileImages {
    private final ImageService images;
    /**
     * Images already made, per display size and per pixel array (by identity, weakly): picking a tile or starring it
     * redraws the whole grid, and that must not upscale every tile again on the UI thread.
     */
    private final Map<Integer, Map<byte[], Image>> made = new HashMap<>();

    TileImages(ImageService images) {
        this.images = images;
    }

    Image image(byte[] pixels, ImageShape shape, int size) {
        return made.computeIfAbsent(size, s -> new WeakHashMap<>()).computeIfAbsent(pixels, p -> render(p, shape, size));
    }

    private Image render(byte[] pixels, ImageShape shape, int size) {
        int[] argb = images.toArgb(pixels, shape, size);
        WritableImage out = new WritableImage(size, size);
        out.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        return out;
    }
}
