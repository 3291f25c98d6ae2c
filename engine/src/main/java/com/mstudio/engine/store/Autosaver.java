package com.mstudio.engine.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Saves shortly after changes: each {@link #changed()} pushes the save back by {@code delay}, so a burst of edits
 * costs one write; a steady stream of edits still saves at least every {@code maxDelay}. Saves run one at a time on a
 * named daemon thread; the save action reads the newest state when it runs, so nothing is lost by coalescing.
 */
public final class Autosaver implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Autosaver.class);

    private final Runnable save;
    private final long delayNanos;
    private final long maxDelayNanos;
    private final ScheduledExecutorService thread;
    private final Object lock = new Object();
    private ScheduledFuture<?> pending;
    private long firstChange = -1;
    private boolean dirty;
    private volatile Thread saverThread;
    private volatile int saves;

    public Autosaver(String threadName, Runnable save, Duration delay, Duration maxDelay) {
        this.save = save;
        this.delayNanos = delay.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true); // never keeps the JVM alive; close() flushes on a normal exit
            t.setUncaughtExceptionHandler((th, e) -> log.error("Uncaught error on {}", th.getName(), e));
            saverThread = t;
            return t;
        });
        // After close() has flushed, a still-scheduled save has nothing left to do: drop it instead of waiting for it.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        this.thread = executor;
    }

    /** Notes a change; the save follows after the delay. Cheap, callable from any thread (the FX thread included). */
    public void changed() {
        synchronized (lock) {
            dirty = true;
            long now = System.nanoTime();
            if (firstChange < 0) firstChange = now;
            long wait = Math.max(0, Math.min(delayNanos, firstChange + maxDelayNanos - now));
            if (pending != null) pending.cancel(false);
            try {
                pending = thread.schedule(this::scheduledSave, wait, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closed) {
                pending = null; // after close(): the caller must flush itself
            }
        }
    }

    /** A timed save has no caller to throw to: log the failure; the changes stay pending for the next try or flush. */
    private void scheduledSave() {
        try {
            saveIfDirty();
        } catch (RuntimeException e) {
            log.error("Autosave failed; will retry on the next change or on exit", e);
        }
    }

    private void saveIfDirty() {
        synchronized (lock) {
            if (!dirty) return;
            dirty = false;
            firstChange = -1;
            pending = null;
        }
        try {
            save.run();
            saves++;
        } catch (RuntimeException e) {
            synchronized (lock) {
                dirty = true; // try again with the next change or flush
            }
            throw e;
        }
    }

    /** Saves pending changes now and waits; rethrows the save's failure. Safe to call from the save thread itself. */
    public void flush() {
        if (Thread.currentThread() == saverThread) {
            saveIfDirty();
            return;
        }
        Future<?> f;
        try {
            f = thread.submit(this::saveIfDirty);
        } catch (RejectedExecutionException closed) {
            saveIfDirty();
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** How many saves have run (for tests and diagnostics). */
    public int saveCount() {
        return saves;
    }

    /** Flushes, then stops the thread. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            thread.shutdown();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
