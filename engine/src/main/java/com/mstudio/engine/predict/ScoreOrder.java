package com.mstudio.engine.predict;

import com.mstudio.engine.api.StudioException;

import java.util.Arrays;

/**
 * The test rows ordered by score, highest first, with rows of equal score grouped: every curve and the gains table
 * walk these groups, so tied scores are always treated alike (a group is contacted or not as a whole, or, for the
 * gains, in proportion). Built from the positives' and negatives' scores sorted separately, with primitive sorts
 * only, so a million test rows cost two {@code Arrays.sort} calls.
 */
final class ScoreOrder {
    /** Distinct scores, descending. */
    final double[] thresholds;
    /** Positives with a score at or above {@code thresholds[i]}. */
    final int[] cumulativePositives;
    /** Negatives with a score at or above {@code thresholds[i]}. */
    final int[] cumulativeNegatives;
    final int positives;
    final int negatives;

    private ScoreOrder(double[] thresholds, int[] tp, int[] fp, int positives, int negatives) {
        this.thresholds = thresholds;
        this.cumulativePositives = tp;
        this.cumulativeNegatives = fp;
        this.positives = positives;
        this.negatives = negatives;
    }

    static ScoreOrder of(double[] scores, boolean[] actual) {
        checkInputs(scores, actual);
        int nPos = 0;
        for (boolean a : actual) if (a) nPos++;
        double[] pos = new double[nPos];
        double[] neg = new double[scores.length - nPos];
        for (int i = 0, p = 0, q = 0; i < scores.length; i++) {
            if (actual[i]) pos[p++] = scores[i]; else neg[q++] = scores[i];
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double[] thresholds = new double[scores.length];
        int[] tp = new int[scores.length];
        int[] fp = new int[scores.length];
        int groups = 0;
        int i = pos.length - 1, j = neg.length - 1, cumTp = 0, cumFp = 0;
        while (i >= 0 || j >= 0) {
            double t = Math.max(i >= 0 ? pos[i] : Double.NEGATIVE_INFINITY, j >= 0 ? neg[j] : Double.NEGATIVE_INFINITY);
            while (i >= 0 && pos[i] == t) { cumTp++; i--; }
            while (j >= 0 && neg[j] == t) { cumFp++; j--; }
            thresholds[groups] = t;
            tp[groups] = cumTp;
            fp[groups] = cumFp;
            groups++;
        }
        return new ScoreOrder(Arrays.copyOf(thresholds, groups), Arrays.copyOf(tp, groups), Arrays.copyOf(fp, groups),
                nPos, neg.length);
    }

    static void checkInputs(double[] scores, boolean[] actual) {
        if (scores.length != actual.length) throw new IllegalArgumentException("one label per score expected");
        for (int i = 0; i < scores.length; i++) {
            if (Double.isNaN(scores[i])) {
                throw new StudioException("The model gave row " + (i + 1) + " a score that is not a number; its training "
                        + "went wrong. Train it again, perhaps with a lower learning rate.");
            }
        }
    }

    int groups() {
        return thresholds.length;
    }

    int rows() {
        return positives + negatives;
    }

    boolean bothClasses() {
        return positives > 0 && negatives > 0;
    }

    /**
     * Positives among the {@code k} highest-scored rows ({@code k} may be fractional). Where {@code k} cuts through a
     * group of tied scores, the group counts in proportion: the expected number if the ties were broken at random.
     */
    double positivesInTop(double k) {
        int before = 0, tpBefore = 0;
        for (int g = 0; g < groups(); g++) {
            int count = cumulativePositives[g] + cumulativeNegatives[g];
            if (k <= count) {
                double share = (k - before) / (count - before);
                return tpBefore + share * (cumulativePositives[g] - tpBefore);
            }
            before = count;
            tpBefore = cumulativePositives[g];
        }
        return positives;
    }
}
