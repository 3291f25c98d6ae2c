package com.mstudio.engine.api;

import java.util.List;

/**
 * A model measured on held-out rows, with what the charts need.
 *
 * @param metrics    the headline figures at the default threshold
 * @param roc        ROC curve points (false-positive rate, true-positive rate), from (0,0) to (1,1)
 * @param pr         precision-recall points (recall, precision)
 * @param gains      cumulative gains by decile, 10 rows: contacting the top {@code decile}×10% reaches
 *                   {@code positivesReached} of all positives
 * @param scores     the score of each test row
 * @param actual     whether each test row is positive
 * @param sourceRows each test row's index in the table it came from (the training table, or the separate test table),
 *                   so a confusion-matrix cell can list those customers
 */
public record ModelEvaluation(PropensityModel.Metrics metrics, List<Point> roc, List<Point> pr, List<GainsRow> gains,
                              double[] scores, boolean[] actual, int[] sourceRows) {
    public ModelEvaluation {
        roc = List.copyOf(roc);
        pr = List.copyOf(pr);
        gains = List.copyOf(gains);
        if (scores.length != actual.length || scores.length != sourceRows.length) {
            throw new IllegalArgumentException("one score, label and source row per test row expected");
        }
    }

    /**
     * True when the test rows hold only positives or only negatives: ROC and PR AUC are then undefined (NaN) and the
     * curves empty, so the figures say nothing about how well the model ranks. Show this instead of the numbers.
     */
    public boolean singleClass() {
        boolean positives = false, negatives = false;
        for (boolean a : actual) if (a) positives = true; else negatives = true;
        return !(positives && negatives);
    }

    public record Point(double x, double y) {}

    /**
     * @param decile           1..10
     * @param contactedShare   decile / 10
     * @param positivesReached cumulative share of all positives in the top deciles (0..1)
     * @param lift             positivesReached / contactedShare
     */
    public record GainsRow(int decile, double contactedShare, double positivesReached, double lift) {}
}
