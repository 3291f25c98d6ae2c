package com.mstudio.engine.runtime;

import java.time.Duration;

/**
 * Estimates time left from the rate of progress since the job's first report. Measuring from the first report, not
 * from 0%, matters: a job that starts by skipping work (an import whose first pass was cached by the preview jumps
 * to 20% at once) would otherwise look "almost done" at 20%. Says nothing until there is enough evidence (1 s or 2%
 * of progress since that report), because early estimates swing wildly and a jumping ETA looks broken.
 */
final class EtaEstimator {
    private final long startNanos;
    private long baseNanos = -1;
    private double baseFraction;

    EtaEstimator(long startNanos) {
        this.startNanos = startNanos;
    }

    synchronized Duration estimate(double fraction, long nowNanos) {
        if (fraction < 0 || fraction > 1) return null;
        if (baseNanos < 0) {
            // The first report: if it came right away, measure from it; if the job worked silently first, from the start.
            boolean prompt = nowNanos - startNanos < 250_000_000L;
            baseNanos = prompt ? nowNanos : startNanos;
            baseFraction = prompt ? fraction : 0;
            if (prompt) return null;
        }
        double done = fraction - baseFraction;
        long elapsed = nowNanos - baseNanos;
        if (done <= 0 || (elapsed < 1_000_000_000L && done < 0.02)) return null;
        return Duration.ofNanos((long) (elapsed * (1 - fraction) / done));
    }
}
