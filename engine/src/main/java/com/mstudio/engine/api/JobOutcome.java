package com.mstudio.engine.api;

/** How a job ended: exactly one of these reaches {@link JobListener#onFinished}. */
public sealed interface JobOutcome<R> {
    JobState state();

    record Succeeded<R>(R value) implements JobOutcome<R> {
        public JobState state() { return JobState.SUCCEEDED; }
    }

    /** {@code message} is in plain words for the user; {@code cause} is for logs and --debug only. */
    record Failed<R>(String message, Throwable cause) implements JobOutcome<R> {
        public JobState state() { return JobState.FAILED; }
    }

    record Cancelled<R>() implements JobOutcome<R> {
        public JobState state() { return JobState.CANCELLED; }
    }
}
