package com.mstudio.engine.runtime;

import java.time.Duration;

/**
 * Estimates time left from the fraction done so far. Says nothing until there is enough evidence (1 s of work or
 * 2% done), because early estimates swing wildly and a jumping ETA looks broken.
 */
final class EtaEstimator {
    private final long startNanos;

    EtaEstimator(long startNanos) {
        this.startNanos = startNanos;
    }

    Duration estimate(double fraction, long nowNanos) {
        if (fraction <= 0 || fraction > 1) return null;
        long elapsed = nowNanos - startNanos;
        if (elapsed < 1_000_000_000L && fraction < 0.02) return null;
        double left = elapsed * (1 - fraction) / fraction;
        return Duration.ofNanos((long) left);
    }
}
