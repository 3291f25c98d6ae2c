package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs the chunks of one pass, in parallel when there are several, and is the only one that talks to the
 * {@link JobContext}: worker threads just add the bytes they finished to a counter and look at a volatile flag
 * every {@link #TICK_ROWS} rows, so a JobContext never has to be thread-safe. With one chunk, the chunk runs on the
 * job's own thread and reports directly.
 */
final class ChunkRunner {
    /** Rows between progress reports and cancellation checks. */
    static final int TICK_ROWS = 1 << 16;

    private final ExecutorService pool;
    private final JobContext context;
    private final AtomicLong bytesDone = new AtomicLong();
    private volatile boolean cancelled;
    private Thread owner;
    private double from, to;
    private long totalBytes;
    private String message;

    ChunkRunner(ExecutorService pool, JobContext context) {
        this.pool = pool;
        this.context = context;
    }

    /** Called by a chunk every {@link #TICK_ROWS} rows with the bytes read since its last call. */
    void tick(long bytes) {
        long done = bytesDone.addAndGet(bytes);
        if (Thread.currentThread() == owner) {
            report(done);
            context.checkCancelled();
        } else if (cancelled) {
            throw new JobCancelledException();
        }
    }

    private void report(long done) {
        double f = totalBytes <= 0 ? 0 : Math.min(1.0, (double) done / totalBytes);
        context.progress(from + (to - from) * f, message);
    }

    /** Runs short tasks (no progress, no cancellation checks) on the pool and returns their results in order. */
    <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
        List<T> out = new ArrayList<>(tasks.size());
        if (pool == null || tasks.size() == 1) {
            for (Callable<T> t : tasks) out.add(t.call());
            return out;
        }
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) futures.add(pool.submit(t));
        try {
            for (Future<T> f : futures) out.add(f.get());
        } catch (ExecutionException e) {
            for (Future<T> f : futures) f.cancel(false);
            if (e.getCause() instanceof Exception ex) throw ex;
            throw e;
        }
        return out;
    }

    /** Runs the tasks and returns their results in order; progress goes from {@code from} to {@code to}. */
    <T> List<T> run(List<Callable<T>> tasks, long totalBytes, double from, double to, String message) throws Exception {
        this.from = from;
        this.to = to;
        this.totalBytes = totalBytes;
        this.message = message;
        this.bytesDone.set(0);
        this.owner = Thread.currentThread();
        context.checkCancelled();
        List<T> out = new ArrayList<>(tasks.size());
        if (tasks.size() == 1 || pool == null) {
            for (Callable<T> t : tasks) out.add(t.call());
            return out;
        }
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> t : tasks) futures.add(pool.submit(t));
        try {
            for (Future<T> f : futures) {
                while (true) {
                    try {
                        out.add(f.get(50, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException e) {
                        report(bytesDone.get());
                        if (context.isCancelled()) cancelled = true;
                    }
                }
            }
        } catch (ExecutionException e) {
            cancelled = true;
            for (Future<T> f : futures) f.cancel(false);
            Throwable c = e.getCause();
            if (c instanceof Exception ex) throw ex;
            if (c instanceof Error err) throw err;
            throw e;
        }
        report(bytesDone.get());
        if (cancelled) throw new JobCancelledException();
        return out;
    }
}
