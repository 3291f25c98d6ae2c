package com.mstudio.engine.segment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs work over fixed chunks of rows on a few named threads ({@code kmeans-P-N}) that live only as long as one
 * k-means call. The chunks are fixed by row count, never by thread count, and results come back in chunk order, so
 * reductions that combine them in that order are bit-identical whatever the number of threads or their timing.
 */
final class RowPool implements AutoCloseable {
    /** Rows per chunk: large enough to amortise scheduling, small enough for some chunks per thread. */
    static final int CHUNK_ROWS = 8192;

    private static final Logger LOG = LoggerFactory.getLogger(RowPool.class);
    private static final AtomicInteger POOL_IDS = new AtomicInteger();

    /** The work for one chunk of rows [from, to). */
    interface ChunkTask<R> {
        R run(int from, int to);
    }

    private final int rows;
    private final int threads;
    private final ExecutorService pool;
    /** The helper threads started, so that close() can wait until they have really exited. */
    private final java.util.List<Thread> started = new java.util.concurrent.CopyOnWriteArrayList<>();

    private RowPool(int rows, int threads) {
        this.rows = rows;
        this.threads = threads;
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads - 1, namedDaemons(started)) : null;
    }

    /** A pool for {@code rows} rows; one thread (the caller's) when the data is too small to gain from more. */
    static RowPool open(int rows) {
        int cores = Runtime.getRuntime().availableProcessors();
        return withThreads(rows, Math.min(cores, 8));
    }

    /** A pool of at most {@code threads} threads (the caller's included); tests use it to vary the count. */
    static RowPool withThreads(int rows, int threads) {
        return new RowPool(rows, Math.max(1, Math.min(threads, chunkCount(rows))));
    }

    static int chunkCount(int rows) {
        return (rows + CHUNK_ROWS - 1) / CHUNK_ROWS;
    }

    int threads() {
        return threads;
    }

    /** Runs {@code task} on every chunk (the caller's thread helps); the results are in chunk order. */
    @SuppressWarnings("unchecked")
    <R> List<R> map(ChunkTask<R> task) {
        int chunks = chunkCount(rows);
        Object[] results = new Object[chunks];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int c; (c = next.getAndIncrement()) < chunks; ) {
                int from = c * CHUNK_ROWS;
                results[c] = task.run(from, Math.min(rows, from + CHUNK_ROWS));
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        if (pool != null) for (int t = 1; t < threads; t++) helpers.add(pool.submit(worker));
        try {
            worker.run();
        } finally {
            for (Future<?> f : helpers) await(f);
        }
        List<R> out = new ArrayList<>(chunks);
        for (Object r : results) out.add((R) r);
        return out;
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a k-means worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the helper threads and waits for them (they are idle between calls, so this is immediate). */
    @Override
    public void close() {
        if (pool == null) return;
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) LOG.warn("k-means threads did not stop");
            // A terminated executor's last worker may still be on its way out; the threads live only as long as the call.
            for (Thread t : started) t.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory namedDaemons(java.util.List<Thread> started) {
        int id = POOL_IDS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "kmeans-" + id + "-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("Uncaught in {}", th.getName(), e));
            started.add(t);
            return t;
        };
    }
}
