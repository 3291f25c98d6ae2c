package com.mstudio.app.cli;

import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for the FX thread while a model trains: every 16 ms (one 60 Hz frame) it wakes and does a fixed amount of
 * pixel work, about what drawing a preview costs, and records how late each tick started and how long its work took.
 * A tick that starts more than a frame late means a frame the user would have seen drop. Ticks missed entirely are
 * skipped, as a display's vsync would, so one long stall counts once with its full lateness.
 */
final class FrameTicker implements AutoCloseable {
    static final long FRAME_NANOS = 16_000_000L;
    private static final int SIDE = 160; // a 160×160 ARGB tile: a preview grid's cell, a little larger

    private final int passes;
    private final Thread thread;
    private final int[] pixels = new int[SIDE * SIDE];
    private volatile boolean running = true;
    private volatile boolean recording;
    private long[] late = new long[1024];
    private long[] work = new long[1024];
    private int count;
    private long gcAtStart;
    private volatile int sink; // keeps the JIT from dropping the pixel work

    /** Statistics of one recording, in milliseconds. */
    record Stats(int ticks, double lateP50, double lateP95, double lateMax, double workP50, double workP95,
                 double workMax, int lateOverAFrame, double gcMillis) {
    }

    private FrameTicker(int passes) {
        this.passes = passes;
        thread = new Thread(this::loop, "frame-ticker");
        thread.setDaemon(true);
        thread.start();
    }

    /** A ticker whose work takes about {@code workMillis} on this machine now (measure it while the machine is idle). */
    static FrameTicker calibrated(double workMillis) {
        int[] probe = new int[SIDE * SIDE];
        int s = 0;
        for (int i = 0; i < 200; i++) s += paint(probe, 1, i); // warm the JIT up
        long[] one = new long[50];
        for (int i = 0; i < one.length; i++) {
            long t0 = System.nanoTime();
            s += paint(probe, 4, i);
            one[i] = (System.nanoTime() - t0) / 4;
        }
        Arrays.sort(one);
        int passes = (int) Math.max(1, Math.round(workMillis * 1e6 / Math.max(1, one[one.length / 2])));
        FrameTicker t = new FrameTicker(passes);
        t.sink = s;
        return t;
    }

    /** Clears what was recorded and starts recording. */
    synchronized void start() {
        count = 0;
        gcAtStart = gcMillis();
        recording = true;
    }

    /** Stops recording and returns the statistics of the ticks since {@link #start}. */
    synchronized Stats stop() {
        recording = false;
        long[] l = Arrays.copyOf(late, count);
        long[] w = Arrays.copyOf(work, count);
        Arrays.sort(l);
        Arrays.sort(w);
        int over = 0;
        for (long v : l) if (v > FRAME_NANOS) over++;
        return new Stats(count, ms(pick(l, 0.5)), ms(pick(l, 0.95)), ms(pick(l, 1)), ms(pick(w, 0.5)), ms(pick(w, 0.95)),
                ms(pick(w, 1)), over, gcMillis() - gcAtStart);
    }

    private void loop() {
        long next = System.nanoTime() + FRAME_NANOS;
        int frame = 0;
        while (running) {
            long wait;
            while ((wait = next - System.nanoTime()) > 0) LockSupport.parkNanos(wait);
            long started = System.nanoTime();
            sink += paint(pixels, passes, frame++);
            long done = System.nanoTime();
            record(started - next, done - started);
            next += FRAME_NANOS;
            if (next <= done) next += ((done - next) / FRAME_NANOS + 1) * FRAME_NANOS; // skip the frames missed
        }
    }

    private synchronized void record(long lateNanos, long workNanos) {
        if (!recording) return;
        if (count == late.length) {
            late = Arrays.copyOf(late, 2 * count);
            work = Arrays.copyOf(work, 2 * count);
        }
        late[count] = lateNanos;
        work[count] = workNanos;
        count++;
    }

    /** A gradient with a little arithmetic per pixel, {@code passes} times over the tile: cache-resident like a repaint. */
    private static int paint(int[] pixels, int passes, int frame) {
        int sum = 0;
        for (int p = 0; p < passes; p++) {
            for (int y = 0, i = 0; y < SIDE; y++) {
                for (int x = 0; x < SIDE; x++, i++) {
                    int v = pixels[i] * 31 + (x * y ^ frame + p);
                    int grey = (v >>> 8) & 0xFF;
                    pixels[i] = 0xFF000000 | grey << 16 | grey << 8 | grey;
                    sum += grey;
                }
            }
        }
        return sum;
    }

    private static long pick(long[] sorted, double quantile) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(quantile * sorted.length) - 1; // the nearest-rank percentile
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    /** Every collector's accumulated pause time: a stop-the-world pause stops the FX thread too. */
    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
