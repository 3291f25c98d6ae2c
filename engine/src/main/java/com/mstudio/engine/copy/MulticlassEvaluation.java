package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;

import java.util.Arrays;

/**
 * How well predicted labels match the actual ones, per class and overall. Precision of a class never predicted, and
 * recall of a class absent from the data, are 0 (as are their F1), and macro-F1 averages over every class, present or
 * not, so a model that ignores a class is not flattered.
 *
 * @param accuracy  share labelled right (0 for no rows)
 * @param macroF1   the mean of the per-class F1
 * @param precision per class: right / predicted as that class
 * @param recall    per class: right / actually that class
 * @param confusion confusion[actual][predicted] counts
 */
public record MulticlassEvaluation(double accuracy, double macroF1, double[] precision, double[] recall,
                                   int[][] confusion) {

    public static MulticlassEvaluation of(int[] actual, int[] predicted, int classes) {
        if (actual.length != predicted.length) throw new IllegalArgumentException("one prediction per row expected");
        int[][] confusion = new int[classes][classes];
        int right = 0;
        for (int i = 0; i < actual.length; i++) {
            confusion[actual[i]][predicted[i]]++;
            if (actual[i] == predicted[i]) right++;
        }
        double[] precision = new double[classes];
        double[] recall = new double[classes];
        double f1Sum = 0;
        for (int c = 0; c < classes; c++) {
            int predictedAsC = 0, actuallyC = 0;
            for (int k = 0; k < classes; k++) {
                predictedAsC += confusion[k][c];
                actuallyC += confusion[c][k];
            }
            precision[c] = predictedAsC == 0 ? 0 : confusion[c][c] / (double) predictedAsC;
            recall[c] = actuallyC == 0 ? 0 : confusion[c][c] / (double) actuallyC;
            f1Sum += f1(precision[c], recall[c]);
        }
        double accuracy = actual.length == 0 ? 0 : right / (double) actual.length;
        return new MulticlassEvaluation(accuracy, classes == 0 ? 0 : f1Sum / classes, precision, recall, confusion);
    }

    /** Per class F1, in label order. */
    public double[] f1() {
        double[] f1 = new double[precision.length];
        for (int c = 0; c < f1.length; c++) f1[c] = f1(precision[c], recall[c]);
        return f1;
    }

    /** Rows evaluated. */
    public int rows() {
        return Arrays.stream(confusion).flatMapToInt(Arrays::stream).sum();
    }

    /** The figures a saved model carries. */
    public CopyModel.Metrics metrics() {
        return new CopyModel.Metrics(accuracy, macroF1, Arrays.stream(precision).boxed().toList(),
                Arrays.stream(recall).boxed().toList(), rows());
    }

    private static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
