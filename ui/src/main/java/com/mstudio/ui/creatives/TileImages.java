package com.mstudio.ui.creatives;

import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.ImageShape;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Turns model pixels into JavaFX images, upscaled smoothly by {@link ImageService#toArgb} (JavaFX's own scaling of
 * a 28-pixel image is either blocky or blurred). Used on the UI thread; {@link #prefetch} upscales a whole new set of
 * images on the I/O lane first (a latent map's 81 cells cost the FX thread ~40 ms otherwise).
 */
final class TileImages {
    private final ImageService images;
    /**
     * Images already made, per display size and per pixel array (by identity, weakly): picking a tile or starring it
     * redraws the whole grid, and that must not upscale every tile again on the UI thread.
     */
    private final Map<Integer, Map<byte[], Image>> made = new HashMap<>();

    /** Runs the prefetch's upscaling off the UI thread; null: {@link #prefetch} upscales at once. */
    private final IoCalls io;

    TileImages(ImageService images, IoCalls io) {
        this.images = images;
        this.io = io;
    }

    /** Whether every one of {@code list} is made at {@code size} already (then drawing them costs nothing). */
    boolean ready(List<GeneratedImage> list, int size) {
        Map<byte[], Image> at = made.get(size);
        return at != null && list.stream().allMatch(g -> at.containsKey(g.pixels()));
    }

    /**
     * Upscales {@code list} to {@code size} on the I/O lane, keeps the images, then runs {@code then} on the UI
     * thread (also when it failed: {@link #image} then makes them on the spot).
     */
    void prefetch(List<GeneratedImage> list, int size, Runnable then) {
        List<GeneratedImage> todo = List.copyOf(list);
        if (io == null) {
            todo.forEach(g -> image(g.pixels(), g.shape(), size));
            then.run();
            return;
        }
        io.run("Draw " + todo.size() + " images", c -> todo.stream().map(g -> images.toArgb(g.pixels(), g.shape(), size)).toList(),
                (JobOutcome<List<int[]>> o) -> {
                    if (o instanceof JobOutcome.Succeeded<List<int[]>> s) {
                        Map<byte[], Image> at = made.computeIfAbsent(size, k -> new WeakHashMap<>());
                        for (int i = 0; i < todo.size(); i++) at.putIfAbsent(todo.get(i).pixels(), fill(s.value().get(i), size));
                    } else {
                        todo.forEach(g -> image(g.pixels(), g.shape(), size)); // cancelled or failed: made here after all
                    }
                    then.run();
                });
    }

    Image image(byte[] pixels, ImageShape shape, int size) {
        return made.computeIfAbsent(size, s -> new WeakHashMap<>()).computeIfAbsent(pixels, p -> render(p, shape, size));
    }

    private Image render(byte[] pixels, ImageShape shape, int size) {
        return fill(images.toArgb(pixels, shape, size), size);
    }

    private static Image fill(int[] argb, int size) {
        WritableImage out = new WritableImage(size, size);
        out.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), argb, 0, size);
        return out;
    }
}
