package com.mstudio.engine.segment;

import java.util.Arrays;

/**
 * Quintile scores 1..5. The four cut points are the values below which 20, 40, 60 and 80 % of the customers fall
 * (the smallest value v such that at least i/5 of the values are ≤ v). A value's score is 1 plus the number of cut
 * points it exceeds, so equal values always get equal scores; when many customers share a value (one order each),
 * cut points coincide and a score level can stay empty rather than splitting equals arbitrarily. Recency is reversed:
 * fewer days since the last purchase is better, so its score is 5 minus the cut points exceeded. A missing measure
 * scores 1 (never bought, no orders, nothing spent). The cut points are saved in the model, so that a new file is
 * scored on the same scale.
 */
final class RfmScorer {
    static final int LEVELS = 5;

    private RfmScorer() {}

    /** The {@code LEVELS - 1} cut points of the non-missing values. */
    static double[] cuts(double[] values) {
        double[] sorted = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] cuts = new double[LEVELS - 1];
        if (sorted.length == 0) return cuts;
        for (int i = 1; i < LEVELS; i++) {
            int rank = (int) Math.ceil(i * (double) sorted.length / LEVELS); // at least i/5 of the values are at or below
            cuts[i - 1] = sorted[Math.max(0, rank - 1)];
        }
        return cuts;
    }

    /** 1..5, higher is better: more orders, more spent. */
    static int score(double value, double[] cuts) {
        if (Double.isNaN(value)) return 1;
        return 1 + exceeded(value, cuts);
    }

    /** 1..5 for days since the last purchase: the most recent fifth scores 5. */
    static int recencyScore(double days, double[] cuts) {
        if (Double.isNaN(days)) return 1;
        return LEVELS - exceeded(days, cuts);
    }

    private static int exceeded(double value, double[] cuts) {
        int n = 0;
        for (double c : cuts) if (value > c) n++;
        return n;
    }
}
