package com.mstudio.engine.creative.nn;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Splits a network's element-wise loops (im2col, the row↔map layouts, batch norm) into contiguous parts over images or
 * channels and runs them on the calling thread plus a few helper threads of this network's own. WHY: with every core's
 * native threads the products run on all cores, and the loops between them, a third of a DCGAN step, would leave all
 * but one idle.
 * <p>
 * Results never depend on the number of parts: each part writes its own images or channels, and the sums that cross
 * parts are kept per image and added in image order by the caller. Helpers are started on first use and stop after two
 * idle seconds, so a network that is no longer used leaves no thread behind.
 */
public final class Parallel {
    /** Runs everything on the calling thread. */
    public static final Parallel SERIAL = new Parallel(1);

    private final int maxParts;
    private final ThreadPoolExecutor helpers;
    private int parts = 1;

    /** A loop body over {@code [from, to)}. */
    public interface Range {
        void run(int from, int to);
    }

    /** Up to {@code maxParts} parts at a time (the caller and {@code maxParts − 1} helper threads). */
    public Parallel(int maxParts) {
        this.maxParts = Math.max(1, maxParts);
        if (this.maxParts == 1) {
            helpers = null;
            return;
        }
        helpers = new ThreadPoolExecutor(this.maxParts - 1, this.maxParts - 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(r, "studio-engine-loops");
                    t.setDaemon(true);
                    return t;
                });
        helpers.allowCoreThreadTimeOut(true);
    }

    /** How many parts the following loops are split into: at most the count given at construction, at least 1. */
    public void parts(int count) {
        parts = Math.max(1, Math.min(maxParts, count));
    }

    public int parts() {
        return parts;
    }

    /** Runs {@code body} over {@code [0, n)} in up to {@link #parts()} contiguous parts and returns when all are done. */
    public void run(int n, Range body) {
        int k = Math.min(parts, n);
        if (k <= 1) {
            body.run(0, n);
            return;
        }
        CountDownLatch done = new CountDownLatch(k - 1);
        Throwable[] failure = new Throwable[k];
        for (int part = 1; part < k; part++) {
            int from = (int) ((long) n * part / k);
            int to = (int) ((long) n * (part + 1) / k);
            int index = part;
            helpers.execute(() -> {
                try {
                    body.run(from, to);
                } catch (Throwable t) {
                    failure[index] = t;
                } finally {
                    done.countDown();
                }
            });
        }
        try {
            body.run(0, n / k);
        } catch (Throwable t) {
            failure[0] = t;
        }
        boolean interrupted = false;
        while (true) {
            try {
                done.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the helpers write into arrays the caller owns: never leave before they finish
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
        for (Throwable t : failure) {
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error e) throw e;
            if (t != null) throw new IllegalStateException(t);
        }
    }
}
