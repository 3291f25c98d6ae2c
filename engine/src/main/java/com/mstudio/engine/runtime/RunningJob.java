package com.mstudio.engine.runtime;

import com.mstudio.engine.api.Job;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/** A submitted job: its handle for the caller and its context for the code that runs it. */
final class RunningJob<R> implements JobHandle<R>, JobContext {
    private static final Logger log = LoggerFactory.getLogger(RunningJob.class);

    private final long id;
    private final String name;
    private final Job<R> job;
    private final LongSupplier clock;
    private final List<Subscriber<R>> subscribers = new CopyOnWriteArrayList<>();
    private final AtomicReference<JobState> state = new AtomicReference<>(JobState.QUEUED);
    private final CompletableFuture<JobOutcome<R>> outcome = new CompletableFuture<>();
    private volatile boolean cancelRequested;
    private volatile boolean keepPartialResult;
    private volatile Progress latestProgress;
    private volatile EtaEstimator eta;

    RunningJob(long id, String name, Job<R> job, LongSupplier clock) {
        this.id = id;
        this.name = name;
        this.job = job;
        this.clock = clock;
    }

    // ---- JobHandle -------------------------------------------------------------------------------------------

    @Override public long id() { return id; }
    @Override public String name() { return name; }
    @Override public JobState state() { return state.get(); }
    @Override public Progress latestProgress() { return latestProgress; }
    @Override public CompletableFuture<JobOutcome<R>> outcome() { return outcome; }

    @Override
    public void cancel() {
        cancelRequested = true;
        // A queued job ends here and now; the engine skips it when its turn comes.
        if (state.compareAndSet(JobState.QUEUED, JobState.CANCELLED)) finish(new JobOutcome.Cancelled<>());
    }

    @Override
    public synchronized void subscribe(Executor executor, JobListener<? super R> listener) {
        Subscriber<R> s = new Subscriber<>(executor, listener, t -> log.warn("A listener of job '{}' failed", name, t));
        subscribers.add(s);
        // Late subscribers still learn how it ended (status bars attach after submission).
        if (outcome.isDone()) s.finished(outcome.join());
    }

    // ---- JobContext ------------------------------------------------------------------------------------------

    @Override
    public void progress(double fraction, String message) {
        double f = fraction < 0 ? -1 : Math.min(1, fraction);
        EtaEstimator e = eta;
        Progress p = new Progress(f, message, e == null || f < 0 ? null : e.estimate(f, clock.getAsLong()));
        latestProgress = p;
        for (Subscriber<R> s : subscribers) s.progress(p);
    }

    @Override
    public void metric(String series, long step, double value) {
        Metric m = new Metric(series, step, value);
        for (Subscriber<R> s : subscribers) s.metric(m);
    }

    @Override
    public void preview(String kind, Object payload) {
        Preview p = new Preview(kind, payload);
        for (Subscriber<R> s : subscribers) s.preview(p);
    }

    @Override
    public boolean isCancelled() {
        return cancelRequested;
    }

    @Override
    public void keepPartialResult() {
        keepPartialResult = true;
    }

    // ---- run by the engine -----------------------------------------------------------------------------------

    /** Runs the job on the calling (engine or I/O) thread. Never throws. */
    void runHere() {
        if (!state.compareAndSet(JobState.QUEUED, JobState.RUNNING)) return; // cancelled while queued
        eta = new EtaEstimator(clock.getAsLong());
        for (Subscriber<R> s : subscribers) s.started();
        JobOutcome<R> result;
        try {
            R value = job.run(this);
            result = cancelRequested && !keepPartialResult ? new JobOutcome.Cancelled<>() : new JobOutcome.Succeeded<>(value);
        } catch (JobCancelledException e) {
            result = new JobOutcome.Cancelled<>();
        } catch (Throwable t) {
            if (t instanceof OutOfMemoryError) System.gc(); // give the app room to show the message
            String message = FailureMessages.plainWords(t);
            log.debug("Job '{}' failed: {}", name, message, t);
            result = new JobOutcome.Failed<>(message, t);
        }
        state.set(result.state());
        finish(result);
    }

    private synchronized void finish(JobOutcome<R> result) {
        for (Subscriber<R> s : subscribers) s.finished(result);
        outcome.complete(result);
    }
}
