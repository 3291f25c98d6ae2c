package com.mstudio.engine.runtime;

import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.Progress;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * One listener on one job, with its own serial executor so that its events stay in order. A listener that throws
 * is logged and kept: one broken chart must not kill the job or the other subscribers.
 */
final class Subscriber<R> {
    private final SerialExecutor executor;
    private final JobListener<? super R> listener;
    private final Consumer<Throwable> errorSink;

    Subscriber(Executor executor, JobListener<? super R> listener, Consumer<Throwable> errorSink) {
        this.executor = new SerialExecutor(executor);
        this.listener = listener;
        this.errorSink = errorSink;
    }

    void started() { deliver(listener::onStarted); }

    void progress(Progress p) { deliver(() -> listener.onProgress(p)); }

    void metric(Metric m) { deliver(() -> listener.onMetric(m)); }

    void preview(Preview p) { deliver(() -> listener.onPreview(p)); }

    @SuppressWarnings("unchecked")
    void finished(JobOutcome<R> outcome) {
        // JobListener<? super R> accepts an outcome of R; the cast only widens the generic view.
        deliver(() -> ((JobListener<R>) listener).onFinished(outcome));
    }

    private void deliver(Runnable event) {
        executor.execute(() -> {
            try {
                event.run();
            } catch (Throwable t) {
                errorSink.accept(t);
            }
        });
    }
}
