package com.mstudio.ui.common;

import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sits between a job (any thread, any rate) and a listener that lives on the UI thread. The engine calls this
 * directly; it only records the event and, if no delivery is pending, schedules one on {@code target}. A delivery
 * hands over everything recorded so far in one task: the latest progress only (older ones are stale by then),
 * every metric point in order (charts need all of them, but batched), the latest preview, and the end last.
 */
public final class CoalescingListener<R> implements JobListener<R> {
    private final JobListener<R> delegate;
    private final Executor target;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicReference<Progress> progress = new AtomicReference<>();
    private final AtomicReference<Preview> preview = new AtomicReference<>();
    private final AtomicReference<JobOutcome<R>> outcome = new AtomicReference<>();
    private final Queue<Metric> metrics = new ConcurrentLinkedQueue<>();
    private boolean startDelivered;
    private boolean finishDelivered;

    public CoalescingListener(JobListener<R> delegate, Executor target) {
        this.delegate = delegate;
        this.target = target;
    }

    @Override public void onStarted() { started.set(true); schedule(); }
    @Override public void onProgress(Progress p) { progress.set(p); schedule(); }
    @Override public void onMetric(Metric m) { metrics.add(m); schedule(); }
    @Override public void onPreview(Preview p) { preview.set(p); schedule(); }
    @Override public void onFinished(JobOutcome<R> o) { outcome.set(o); schedule(); }

    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            target.execute(this::deliver);
        }
    }

    /** Runs on the target thread. */
    private void deliver() {
        pending.set(false);
        if (finishDelivered) return;
        // Snapshot the end first: everything the job reported before it is then already recorded below, so the
        // end can never overtake a late metric.
        JobOutcome<R> o = outcome.get();
        if (started.get() && !startDelivered) {
            startDelivered = true;
            delegate.onStarted();
        }
        Progress p = progress.getAndSet(null);
        if (p != null) delegate.onProgress(p);
        if (!metrics.isEmpty()) {
            List<Metric> batch = new ArrayList<>();
            Metric m;
            while ((m = metrics.poll()) != null) batch.add(m);
            batch.forEach(delegate::onMetric);
        }
        Preview pv = preview.getAndSet(null);
        if (pv != null) delegate.onPreview(pv);
        if (o != null) {
            finishDelivered = true;
            delegate.onFinished(o);
        }
    }
}
