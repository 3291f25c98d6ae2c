package com.mstudio.ui.common.charts;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Writes a chart as a PNG: drawn on the FX thread (hopping there when called from elsewhere), encoded by ImageIO. */
final class ChartPng {
    private ChartPng() {}

    static void write(ChartPane chart, double scale, Path file) throws IOException {
        WritableImage image;
        if (Platform.isFxApplicationThread()) {
            image = chart.snapshotImage(scale);
        } else {
            CompletableFuture<WritableImage> drawn = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    drawn.complete(chart.snapshotImage(scale));
                } catch (RuntimeException | Error e) {
                    drawn.completeExceptionally(e);
                }
            });
            try {
                image = drawn.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while drawing the chart for " + file, e);
            } catch (ExecutionException e) {
                throw new IOException("Could not draw the chart for " + file + ": " + e.getCause().getMessage(), e.getCause());
            }
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("No PNG encoder available to write " + file);
        }
    }
}
