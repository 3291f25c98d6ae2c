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

    /**
     * Says that the job honoured a cancel request by stopping early and will RETURN a usable partial result (e.g. the
     * best model trained so far): the job then ends SUCCEEDED with that value instead of CANCELLED. Without this call
     * a value returned after a cancel request is dropped, so that cancelled work never replaces what the user had.
     */
    default void keepPartialResult() {}

    /** Throws {@link JobCancelledException} when the user asked to cancel. Call once per iteration or chunk. */
    default void checkCancelled() {
        if (isCancelled()) throw new JobCancelledException();
    }
}
