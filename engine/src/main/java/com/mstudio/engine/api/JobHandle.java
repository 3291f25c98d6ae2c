package com.mstudio.engine.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The caller's grip on a submitted job. Thread-safe. */
public interface JobHandle<R> {
    long id();

    String name();

    JobState state();

    /** The newest progress, or null before the first report. */
    Progress latestProgress();

    /**
     * Asks the job to stop. A queued job never starts; a running one stops at its next cancellation check
     * (one training iteration or one chunk of rows). Harmless after the job ended.
     */
    void cancel();

    /** Adds a subscriber; its events arrive in order on {@code executor}. Subscribing after the end still delivers onFinished. */
    void subscribe(Executor executor, JobListener<? super R> listener);

    /** Completes (never exceptionally) when the job ends. */
    CompletableFuture<JobOutcome<R>> outcome();

    /**
     * Blocks until the end and returns the value; a failure is rethrown as {@link StudioException} with the plain
     * message, a cancellation as {@link JobCancelledException}. For the CLI and tests, never for the FX thread.
     */
    default R await() {
        JobOutcome<R> o = outcome().join();
        if (o instanceof JobOutcome.Succeeded<R> s) return s.value();
        if (o instanceof JobOutcome.Failed<R> f) {
            if (f.cause() instanceof StudioException se) throw se;
            throw new StudioException(f.message(), f.cause());
        }
        throw new JobCancelledException();
    }
}
