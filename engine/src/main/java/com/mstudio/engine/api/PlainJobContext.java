package com.mstudio.engine.api;


import java.util.function.BiConsumer;

/**
 * A {@link JobContext} for running work synchronously without a job engine: benchmarks, synchronous CLI paths
 * and tests. Progress goes to an optional callback (on the calling thread); {@link #cancel()} makes the work stop
 * at its next cancellation check.
 */
public final class PlainJobContext implements JobContext {
    private final BiConsumer<Double, String> onProgress;
    private volatile boolean cancelled;

    public PlainJobContext() {
        this((f, m) -> {});
    }

    public PlainJobContext(BiConsumer<Double, String> onProgress) {
        this.onProgress = onProgress;
    }

    public void cancel() {
        cancelled = true;
    }

    @Override
    public void progress(double fraction, String message) {
        onProgress.accept(fraction, message);
    }

    @Override
    public void metric(String series, long step, double value) {}

    @Override
    public void preview(String kind, Object payload) {}

    @Override
    public boolean isCancelled() {
        return cancelled;
    }
}
