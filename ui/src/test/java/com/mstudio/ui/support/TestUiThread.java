package com.mstudio.ui.support;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the FX thread in view-model tests: engine events are queued here and run on the test thread when
 * it pumps, so the view model is single-threaded exactly as in the app, with no toolkit.
 */
public final class TestUiThread implements Executor {
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        queue.add(task);
    }

    /** Runs queued events until {@code done} holds; fails after {@code timeout}. */
    public void pumpUntil(BooleanSupplier done, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("Timed out waiting on the UI thread");
            try {
                Runnable r = queue.poll(10, TimeUnit.MILLISECONDS);
                if (r != null) r.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public void pumpUntil(BooleanSupplier done) {
        pumpUntil(done, Duration.ofSeconds(20));
    }

    /** Runs whatever is queued now and whatever arrives within {@code quiet}. */
    public void pumpFor(Duration quiet) {
        long end = System.nanoTime() + quiet.toNanos();
        pumpUntil(() -> System.nanoTime() > end, quiet.plusSeconds(5));
    }
}
