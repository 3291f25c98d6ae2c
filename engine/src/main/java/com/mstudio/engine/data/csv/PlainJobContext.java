package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.JobContext;

import java.util.function.BiConsumer;

/**
 * A {@link JobContext} for running the importer without a job engine: the benchmark, the CLI's synchronous paths,
 * and tests. Progress goes to an optional callback (on the calling thread); {@link #cancel()} makes the import stop
 * at its next chunk.
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
