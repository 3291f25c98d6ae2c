package com.mstudio.ui.common;

import javafx.application.Platform;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs tasks on the FX thread, in submission order, with at most one {@link Platform#runLater} pending at any time.
 * A burst of a thousand tasks from the engine costs one FX pulse instead of a thousand queue entries, so the FX
 * queue cannot be flooded whatever the event rate. Tasks submitted from the FX thread are still queued (never run
 * inline) so that ordering with earlier engine events is kept.
 */
public final class FxExecutor implements Executor {
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Executor poster;

    /** The production executor: drains through {@link Platform#runLater}. */
    public FxExecutor() {
        this(Platform::runLater);
    }

    /** For tests: {@code poster} stands in for {@code Platform::runLater} and counts the posts. */
    FxExecutor(Executor poster) {
        this.poster = poster;
    }

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        if (scheduled.compareAndSet(false, true)) {
            poster.execute(this::drain);
        }
    }

    private void drain() {
        // Clear the flag before draining: a task added while we drain either gets drained now or schedules a new
        // pulse; it can never be stranded.
        scheduled.set(false);
        Runnable task;
        while ((task = queue.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }
}
