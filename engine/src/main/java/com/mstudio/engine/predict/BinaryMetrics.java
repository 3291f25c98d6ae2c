package com.mstudio.engine.predict;

import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.ModelEvaluation.GainsRow;
import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityService.ThresholdView;

import java.util.ArrayList;
import java.util.List;

/**
 * How well scores separate positives from negatives, computed from the scores alone (no ND4J), so the threshold slider
 * can call {@link #at} on the FX thread.
 *
 * <p>Conventions, the same everywhere: a row is predicted positive ("contacted") when its score is at or above the
 * threshold. Tied scores are one step of every curve. Precision with nobody contacted, and recall or F1 where they are
 * undefined, are 0. ROC AUC is the Mann-Whitney statistic with average ranks for ties (equal to the area under the
 * ROC curve drawn through the tie groups). PR AUC is <em>average precision</em>: the sum over thresholds of
 * (recall gained) × (precision there), as scikit-learn's {@code average_precision_score}, with no interpolation
 * (interpolating the PR curve linearly overstates it). When the test rows hold only one class, both AUCs are NaN,
 * the ROC curve is empty and {@link ModelEvaluation#singleClass()} is true: callers show that instead of a number.
 */
public final class BinaryMetrics {
    /** Enough points for a smooth chart at any size; more only cost memory. */
    public static final int MAX_CURVE_POINTS = 200;

    private BinaryMetrics() {}

    /**
     * Everything measured on the test rows: metrics at {@code threshold}, ROC and PR curves (at most
     * {@link #MAX_CURVE_POINTS} each), cumulative gains by decile, and copies of the inputs.
     */
    public static ModelEvaluation evaluate(double[] scores, boolean[] actual, int[] sourceRows, double threshold) {
        if (sourceRows.length != scores.length) throw new IllegalArgumentException("one source row per score expected");
        ScoreOrder order = ScoreOrder.of(scores, actual);
        ThresholdView view = at(scores, actual, threshold);
        double rocAuc = rocAuc(order);
        PropensityModel.Metrics metrics = new PropensityModel.Metrics(view.accuracy(), view.precision(), view.recall(),
                view.f1(), rocAuc, averagePrecision(order), threshold, scores.length);
        return new ModelEvaluation(metrics, roc(order), pr(order), gains(order), scores.clone(), actual.clone(),
                sourceRows.clone());
    }

    /** Candidate default thresholds: 0.01, 0.02, ... 0.99, the slider's range and the two decimals the app shows. */
    static final int THRESHOLD_STEPS = 100;

    /**
     * The default threshold: the one of 0.01 ... 0.99 with the best F1 on {@code scores} (the VALIDATION rows, never
     * the test rows, so the test figures at it stay honest). Where several neighbouring thresholds tie (no row lies
     * between them), the middle one of that run. {@code fallback} (rounded to the grid) when F1 is 0 everywhere, e.g.
     * without positives.
     */
    static double bestF1Threshold(double[] scores, boolean[] actual, double fallback) {
        double bestF1 = 0;
        int from = -1, to = -1;
        for (int k = 1; k < THRESHOLD_STEPS; k++) {
            double f1 = at(scores, actual, k / (double) THRESHOLD_STEPS).f1();
            if (f1 > bestF1) {
                bestF1 = f1;
                from = to = k;
            } else if (f1 == bestF1 && from > 0 && to == k - 1) {
                to = k;
            }
        }
        if (from < 0) {
            long k = Math.round(fallback * THRESHOLD_STEPS);
            return Math.min(THRESHOLD_STEPS - 1, Math.max(1, Double.isNaN(fallback) ? THRESHOLD_STEPS / 2 : k))
                    / (double) THRESHOLD_STEPS;
        }
        return ((from + to) / 2) / (double) THRESHOLD_STEPS;
    }

    /** The figures and counts at another threshold, from the evaluation's own test scores. Quick. */
    public static ThresholdView at(ModelEvaluation e, double threshold) {
        return at(e.scores(), e.actual(), threshold);
    }

    static ThresholdView at(double[] scores, boolean[] actual, double threshold) {
        ScoreOrder.checkInputs(scores, actual);
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean contacted = scores[i] >= threshold;
            if (actual[i]) { if (contacted) tp++; else fn++; }
            else { if (contacted) fp++; else tn++; }
        }
        int n = scores.length;
        double accuracy = n == 0 ? 0 : (double) (tp + tn) / n;
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ThresholdView(threshold, accuracy, precision, recall, f1, tp, fp, tn, fn, tp + fp);
    }

    /**
     * ROC AUC as the probability that a random positive scores above a random negative, ties counting half:
     * (sum of the positives' average ranks − P(P+1)/2) / (P·N). NaN when either class is absent.
     */
    public static double rocAuc(double[] scores, boolean[] actual) {
        return rocAuc(ScoreOrder.of(scores, actual));
    }

    /** The same statistic from the tie groups, walked from the lowest score up (primitive sorts only: fast on 1M rows). */
    static double rocAuc(ScoreOrder o) {
        if (!o.bothClasses()) return Double.NaN;
        double positiveRankSum = 0;
        long ranked = 0;
        for (int g = o.groups() - 1; g >= 0; g--) {
            int positives = o.cumulativePositives[g] - (g > 0 ? o.cumulativePositives[g - 1] : 0);
            int negatives = o.cumulativeNegatives[g] - (g > 0 ? o.cumulativeNegatives[g - 1] : 0);
            int size = positives + negatives;
            double averageRank = ranked + (size + 1) / 2.0; // ranks are 1-based; ties share their average rank
            positiveRankSum += positives * averageRank;
            ranked += size;
        }
        double p = o.positives, n = o.negatives;
        return (positiveRankSum - p * (p + 1) / 2) / (p * n);
    }

    static double averagePrecision(ScoreOrder o) {
        if (o.positives == 0) return Double.NaN;
        if (o.negatives == 0) return Double.NaN;
        double ap = 0, lastRecall = 0;
        for (int g = 0; g < o.groups(); g++) {
            double recall = (double) o.cumulativePositives[g] / o.positives;
            double precision = (double) o.cumulativePositives[g] / (o.cumulativePositives[g] + o.cumulativeNegatives[g]);
            ap += (recall - lastRecall) * precision;
            lastRecall = recall;
        }
        return ap;
    }

    /** (false-positive rate, true-positive rate) from (0,0) to (1,1); empty with only one class. */
    static List<Point> roc(ScoreOrder o) {
        if (!o.bothClasses()) return List.of();
        int count = o.groups() + 1;
        double[] x = new double[count], y = new double[count];
        for (int g = 0; g < o.groups(); g++) {
            x[g + 1] = (double) o.cumulativeNegatives[g] / o.negatives;
            y[g + 1] = (double) o.cumulativePositives[g] / o.positives;
        }
        return CurveThinning.thin(x, y, count, MAX_CURVE_POINTS);
    }

    /**
     * (recall, precision), one point per distinct score from the highest down. It starts at the precision of the
     * top group (not at an invented precision of 1) and ends at recall 1; empty without positives or negatives.
     */
    static List<Point> pr(ScoreOrder o) {
        if (!o.bothClasses()) return List.of();
        int count = o.groups() + 1;
        double[] x = new double[count], y = new double[count];
        for (int g = 0; g < o.groups(); g++) {
            x[g + 1] = (double) o.cumulativePositives[g] / o.positives;
            y[g + 1] = (double) o.cumulativePositives[g] / (o.cumulativePositives[g] + o.cumulativeNegatives[g]);
        }
        y[0] = y[1];
        return CurveThinning.thin(x, y, count, MAX_CURVE_POINTS);
    }

    /**
     * Cumulative gains: the share of all positives among the top 10%, 20%, ... of rows by score. A decile boundary
     * that falls inside a group of tied scores takes that group's positives in proportion. Without positives the
     * shares and lifts are NaN.
     */
    static List<GainsRow> gains(ScoreOrder o) {
        List<GainsRow> rows = new ArrayList<>(10);
        for (int d = 1; d <= 10; d++) {
            double contacted = d / 10.0;
            double reached = o.positives == 0 ? Double.NaN : o.positivesInTop(o.rows() * contacted) / o.positives;
            rows.add(new GainsRow(d, contacted, reached, reached / contacted));
        }
        return rows;
    }
}
