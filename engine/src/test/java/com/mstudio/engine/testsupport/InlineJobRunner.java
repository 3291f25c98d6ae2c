package com.mstudio.engine.testsupport;

import com.mstudio.engine.api.Job;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Test-only runner: runs each job at once on the calling thread and records its progress. {@link #cancelAfter}
 * makes the context report "cancelled" after that many progress reports, to test cancellation deterministically.
 */
public final class InlineJobRunner implements JobRunner {
    public final List<Progress> progress = new ArrayList<>();
    private int cancelAfter = -1;

    public InlineJobRunner cancelAfter(int progressReports) {
        this.cancelAfter = progressReports;
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> JobHandle<R> submit(String name, Lane lane, Job<R> job, Executor events, JobListener<? super R> anyListener) {
        // onFinished takes JobOutcome<R>; a JobListener<? super R> accepts it in practice (outcomes are read-only).
        JobListener<R> listener = (JobListener<R>) anyListener;
        CompletableFuture<JobOutcome<R>> done = new CompletableFuture<>();
        JobContext ctx = new JobContext() {
            @Override public void progress(double fraction, String message) {
                Progress p = new Progress(fraction, message, null);
                progress.add(p);
                events.execute(() -> listener.onProgress(p));
            }
            @Override public void metric(String series, long step, double value) {
                events.execute(() -> listener.onMetric(new Metric(series, step, value)));
            }
            @Override public void preview(String kind, Object payload) {
                events.execute(() -> listener.onPreview(new Preview(kind, payload)));
            }
            @Override public boolean isCancelled() {
                return cancelAfter >= 0 && progress.size() >= cancelAfter;
            }
        };
        JobOutcome<R> outcome;
        try {
            outcome = new JobOutcome.Succeeded<>(job.run(ctx));
        } catch (JobCancelledException e) {
            outcome = new JobOutcome.Cancelled<>();
        } catch (Exception e) {
            outcome = new JobOutcome.Failed<>(String.valueOf(e.getMessage()), e);
        }
        JobOutcome<R> end = outcome;
        events.execute(() -> listener.onFinished(end));
        done.complete(end);
        return new JobHandle<>() {
            @Override public long id() { return 1; }
            @Override public String name() { return name; }
            @Override public JobState state() { return end.state(); }
            @Override public Progress latestProgress() { return progress.isEmpty() ? null : progress.get(progress.size() - 1); }
            @Override public void cancel() {}
            @Override public void subscribe(Executor executor, JobListener<? super R> l) { executor.execute(() -> ((JobListener<R>) l).onFinished(end)); }
            @Override public CompletableFuture<JobOutcome<R>> outcome() { return done; }
        };
    }

    @Override
    public void observeSubmissions(Executor events, Consumer<JobHandle<?>> observer) {}
}
