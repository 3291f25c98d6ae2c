package com.mstudio.ui.segments.charts;

import javafx.application.Platform;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The scatter's points as one image, rasterised off the FX thread when there are many of them. Until a newer frame
 * is ready the last one stays on screen (stretched to the new size), so resizing a window over a million points never
 * waits for a rasterisation; a request that a newer one supersedes is dropped when it finishes (latest wins).
 * All methods run on the FX thread.
 */
final class ScatterLayer {
    /** Above this many points the work goes to the background thread (below, it takes about a millisecond). */
    static final int BACKGROUND_ABOVE = 150_000;

    /** A finished rasterisation: the lookup grid, the image, and what it was drawn for. */
    record Frame(ScatterRaster raster, WritableImage image, String key, long nanos) {}

    /** What to draw; runs on whichever thread rasterises, so it must only read data that no longer changes. */
    record Request(String key, Supplier<ScatterRaster> raster, int[] colors, int highlighted, int dimColor, double radius) {}

    private static ExecutorService shared;
    private final Executor background;
    private Frame current;
    private String pendingKey;
    private long generation;

    /** @param background where big rasterisations run; null for the charts' shared daemon thread */
    ScatterLayer(Executor background) {
        this.background = background;
    }

    /** One daemon thread for all scatter charts: rasterising is short, and two at once would only compete for cores. */
    private static synchronized Executor sharedExecutor() {
        if (shared == null) {
            shared = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "chart-raster");
                t.setDaemon(true);
                t.setUncaughtExceptionHandler((th, e) -> System.getLogger(ScatterLayer.class.getName())
                        .log(System.Logger.Level.ERROR, "Drawing the scatter failed", e));
                return t;
            });
        }
        return shared;
    }

    void clear() {
        generation++;
        current = null;
        pendingKey = null;
    }

    Frame current() {
        return current;
    }

    boolean isCurrent(String key) {
        return current != null && current.key().equals(key);
    }

    /** Makes the frame for {@code r} now ({@code now}) or in the background, then calls {@code ready} on the FX thread. */
    void request(Request r, boolean now, Runnable ready) {
        if (isCurrent(r.key()) || r.key().equals(pendingKey)) return;
        long gen = ++generation;
        if (now) {
            pendingKey = null;
            current = finish(rasterise(r));
            return;
        }
        pendingKey = r.key();
        Executor executor = background != null ? background : sharedExecutor();
        executor.execute(() -> {
            Rendered done = rasterise(r);
            Platform.runLater(() -> {
                if (gen != generation) return; // superseded while it ran
                pendingKey = null;
                current = finish(done);
                ready.run();
            });
        });
    }

    private record Rendered(Request request, ScatterRaster raster, int[] pixels, long nanos) {}

    private static Rendered rasterise(Request r) {
        long t0 = System.nanoTime();
        ScatterRaster raster = r.raster().get();
        int[] pixels = raster.render(r.colors(), r.highlighted(), r.dimColor(), r.radius());
        return new Rendered(r, raster, pixels, System.nanoTime() - t0);
    }

    private static Frame finish(Rendered d) {
        int w = d.raster().width(), h = d.raster().height();
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), d.pixels(), 0, w);
        return new Frame(d.raster(), image, d.request().key(), d.nanos());
    }
}
