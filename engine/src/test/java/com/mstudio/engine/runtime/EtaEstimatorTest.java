package com.mstudio.engine.runtime;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

class EtaEstimatorTest {
    private static final long S = 1_000_000_000L;

    @Test
    void aJumpAtTheStartDoesNotMakeTheJobLookAlmostDone() {
        EtaEstimator eta = new EtaEstimator(0);
        assertNull(eta.estimate(0.20, S / 10)); // cached first pass: 20% after 0.1 s
        // then 10% more in 2 s: 70% left at 5%/s is 14 s, not "almost done"
        assertEquals(14.0, eta.estimate(0.30, S / 10 + 2 * S).toMillis() / 1000.0, 0.01);
    }

    @Test
    void aSteadyJobGetsTheObviousEstimate() {
        EtaEstimator eta = new EtaEstimator(0);
        assertNull(eta.estimate(0.0, 0));
        assertNull(eta.estimate(0.01, S / 2), "too early to say");
        assertEquals(Duration.ofSeconds(6), eta.estimate(0.25, 2 * S));
    }

    @Test
    void aJobThatWorkedSilentlyIsMeasuredFromItsStart() {
        EtaEstimator eta = new EtaEstimator(0);
        assertEquals(Duration.ofSeconds(3), eta.estimate(0.5, 3 * S));
        assertNull(eta.estimate(-1, 4 * S), "unknown fraction, no estimate");
    }
}
