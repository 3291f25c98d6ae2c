package com.mstudio.engine.creative;

import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.runtime.ProgressSpan;

/** A job context whose 0..1 progress lands in {@code span} of the job's: for a step that reports its own progress. */
record SpanContext(JobContext outer, ProgressSpan span) implements JobContext {
    @Override public void progress(double fraction, String message) { span.report(fraction, message); }
    @Override public void metric(String series, long step, double value) { outer.metric(series, step, value); }
    @Override public void preview(String kind, Object payload) { outer.preview(kind, payload); }
    @Override public boolean isCancelled() { return outer.isCancelled(); }
}
