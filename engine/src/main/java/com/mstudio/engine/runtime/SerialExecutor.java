package com.mstudio.engine.runtime;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/**
 * Runs tasks one at a time, in submission order, on a delegate executor. Keeps a job's events in order even when
 * the subscriber's executor is a pool.
 */
final class SerialExecutor implements Executor {
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final Executor delegate;
    private Runnable active;

    SerialExecutor(Executor delegate) {
        this.delegate = delegate;
    }

    @Override
    public synchronized void execute(Runnable task) {
        tasks.add(() -> {
            try {
                task.run();
            } finally {
                scheduleNext();
            }
        });
        if (active == null) scheduleNext();
    }

    private synchronized void scheduleNext() {
        if ((active = tasks.poll()) != null) delegate.execute(active);
    }
}
