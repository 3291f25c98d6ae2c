package com.mstudio.engine.api;

/**
 * Receives a job's events, in order, on the executor the subscriber chose. {@link #onFinished} is always last,
 * and is called exactly once.
 */
public interface JobListener<R> {
    default void onStarted() {}

    default void onProgress(Progress progress) {}

    default void onMetric(Metric metric) {}

    default void onPreview(Preview preview) {}

    default void onFinished(JobOutcome<R> outcome) {}
}
