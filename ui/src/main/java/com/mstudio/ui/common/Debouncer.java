package com.mstudio.ui.common;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action on the UI executor once its triggers have been quiet for {@code delay}: a burst of edits (ticking
 * five checkboxes) starts one job, not five. Each trigger restarts the wait. Used from the UI thread only; the timer
 * thread only hands the action over to the UI executor, where a generation check drops a superseded one.
 */
public final class Debouncer {
    /** One daemon timer for every debouncer: it only waits and posts, so it never needs more. */
    private static final ScheduledExecutorService TIMER = timer();

    private final Duration delay;
    private final Executor ui;
    private ScheduledFuture<?> pending;
    private long generation;

    public Debouncer(Duration delay, Executor ui) {
        this.delay = delay;
        this.ui = ui;
    }

    /** Schedules {@code action}, replacing the one scheduled before. */
    public void trigger(Runnable action) {
        cancel();
        long gen = generation;
        pending = TIMER.schedule(() -> ui.execute(() -> {
            if (gen != generation) return;
            pending = null;
            action.run();
        }), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops the scheduled action, if any. */
    public void cancel() {
        generation++;
        if (pending != null) pending.cancel(false);
        pending = null;
    }

    /** Whether an action waits to run. */
    public boolean isPending() {
        return pending != null;
    }

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "ui-debounce");
            th.setDaemon(true);
            return th;
        });
        t.setRemoveOnCancelPolicy(true);
        return t;
    }
}
