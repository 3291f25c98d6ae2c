package com.mstudio.ui.creatives;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The composed ad at full resolution: drawn on an off-screen canvas of the ad's own size, snapshotted on the FX thread
 * into ARGB pixels, and written as PNG by ImageIO on the I/O lane (no javafx-swing: the pixels are copied into a
 * BufferedImage by hand).
 */
final class AdPng {
    private AdPng() {}

    /** Renders the ad at full size. FX thread only. */
    static int[] render(AdRenderer renderer, AdComposerViewModel vm) {
        AdFormat f = vm.formatProperty().get();
        Canvas canvas = new Canvas(f.width(), f.height());
        renderer.draw(canvas, vm, 1.0);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        WritableImage img = canvas.snapshot(p, null);
        int[] argb = new int[f.width() * f.height()];
        img.getPixelReader().getPixels(0, 0, f.width(), f.height(), PixelFormat.getIntArgbInstance(), argb, 0, f.width());
        return argb;
    }

    /** Writes {@code argb} ({@code width}×{@code height}) as a PNG, atomically (a failed write leaves no file). */
    static void write(int[] argb, int width, int height, Path file) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".ad", ".png.tmp");
            try {
                if (!ImageIO.write(out, "png", tmp.toFile())) throw new IOException("no PNG writer available");
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
