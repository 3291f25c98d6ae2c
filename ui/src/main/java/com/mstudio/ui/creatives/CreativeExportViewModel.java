package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.ui.common.ExportStatus;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Export PNG…" for a tile, the grid, or a composed ad: the file is written on the I/O lane with the seed, model and
 * date in its metadata; the {@link com.mstudio.ui.common.ExportLine} shows progress, then what was written or why
 * not. UI thread only.
 */
public final class CreativeExportViewModel implements ExportStatus {
    /** Sizes offered for a tile's PNG (pixels a side). */
    public static final List<Integer> SIZES = List.of(256, 512, 1024);

    private final ImageService images;
    private final IoCalls io;
    private JobHandle<?> running;
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");

    CreativeExportViewModel(ImageService images, IoCalls io) {
        this.images = images;
        this.io = io;
    }

    /** The PNG text chunks: seed, model, date, software. */
    static Map<String, String> metadata(CreativeModel model, String seed) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ImageService.META_SEED, seed);
        m.put(ImageService.META_MODEL, model == null ? "" : model.name());
        m.put(ImageService.META_CREATED, Instant.now().toString());
        m.put(ImageService.META_SOFTWARE, "Marketing Studio");
        return m;
    }

    /** One tile as a {@code size}×{@code size} PNG. */
    public void exportTile(CreativeModel model, GeneratedImage g, int size, Path file) {
        Map<String, String> meta = metadata(model, String.valueOf(g.seed()));
        write(file, "Exporting a tile", () -> images.writePng(g.pixels(), g.shape(), size, meta, file),
                "Saved the image (" + size + "×" + size + ", seed " + g.seed() + ") to " + file);
    }

    /** The grid as one PNG, {@code tileSize} pixels per tile. */
    public void exportGrid(CreativeModel model, List<GeneratedImage> tiles, int columns, int tileSize, Path file) {
        if (tiles.isEmpty()) return;
        String seeds = tiles.get(0).seed() + ".." + tiles.get(tiles.size() - 1).seed();
        Map<String, String> meta = metadata(model, seeds);
        List<byte[]> pixels = tiles.stream().map(GeneratedImage::pixels).toList();
        write(file, "Exporting the grid", () -> images.writeGridPng(pixels, tiles.get(0).shape(), columns, tileSize, meta, file),
                "Saved the grid of " + tiles.size() + " images (seeds " + seeds + ") to " + file);
    }

    /** Any other writer (the ad composer's PNG). */
    public void export(Path file, String what, Runnable writer, String done) {
        write(file, what, writer, done);
    }

    private void write(Path file, String name, Runnable writer, String done) {
        if (busy.get()) return;
        busy.set(true);
        failed.set(false);
        progress.set(-1);
        message.set("Writing " + file.getFileName() + "…");
        running = io.run(name, c -> {
            writer.run();
            return file;
        }, (JobOutcome<Path> o) -> {
            busy.set(false);
            running = null;
            if (o instanceof JobOutcome.Succeeded<Path>) {
                message.set(done);
            } else if (o instanceof JobOutcome.Failed<Path> f) {
                failed.set(true);
                message.set("Could not save " + file.getFileName() + ": " + f.message());
            } else {
                message.set("Export cancelled; nothing was written.");
            }
        });
    }

    @Override public ReadOnlyBooleanProperty runningProperty() { return busy; }
    @Override public ReadOnlyBooleanProperty failedProperty() { return failed; }
    @Override public ReadOnlyDoubleProperty progressProperty() { return progress; }
    @Override public ReadOnlyStringProperty messageProperty() { return message; }

    @Override public void cancel() {
        if (running != null) running.cancel();
    }

    @Override public void clearMessage() {
        if (!busy.get()) {
            message.set("");
            failed.set(false);
        }
    }
}
