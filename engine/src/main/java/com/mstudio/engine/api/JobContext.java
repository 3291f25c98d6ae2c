package com.mstudio.engine.api;

/** What a running job can tell the world, and how it learns that it should stop. */
public interface JobContext {
    /**
     * Reports progress. {@code fraction} is 0..1, or negative when unknown. The engine derives the ETA.
     * Cheap enough to call for every chunk; callers coalesce.
     */
    void progress(double fraction, String message);

    /** A point for a live chart, e.g. series "loss/train", step = iteration. */
    void metric(String series, long step, double value);

    /** A preview for the UI (an image grid, a partial table...). {@code kind} tells the consumer how to read it. */
    void preview(String kind, Object payload);

    boolean isCancelled();

    /** Throws {@link JobCancelledException} when the user asked to cancel. Call once per iteration or chunk. */
    default void checkCancelled() {
        if (isCancelled()) throw new JobCancelledException();
    }
}
