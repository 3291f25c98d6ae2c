package com.mstudio.engine.predict;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.PropensityResult.FeatureImportance;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.runtime.ProgressSpan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Permutation importance on the test rows: how much the test ROC AUC drops when one input column's values are
 * shuffled among the rows, which breaks that column's link to the target while keeping its distribution. The shuffle
 * is of the column as the user knows it ("contract"), not of its one-hot outputs one by one, and the fitted transform
 * is applied again afterwards, so a column counts once however many features it became. Each column is shuffled
 * {@code repeats} times with seeds derived from {@code seed}, the column's place and the repeat (the same request gives
 * the same figures); the result holds the mean drop and its standard deviation (population, as scikit-learn).
 *
 * <p>Limits: correlated columns share their credit (shuffling one leaves the other to carry the signal, so both look
 * less important than they are), and a drop near 0 within its spread means "no measurable effect", not "useless".
 */
public final class PermutationImportance {
    private PermutationImportance() {}

    /**
     * @param rows      the test rows of {@code table}
     * @param actual    whether each of those rows is positive (same order as {@code rows})
     * @param columns   the input columns to measure
     * @param progress  where to report and check for cancel; null for none
     * @return one entry per column, largest mean drop first
     */
    public static List<FeatureImportance> compute(Scorer scorer, CleaningService cleaning, FittedTransform transform,
                                                  DataTable table, int[] rows, boolean[] actual, List<String> columns,
                                                  long seed, int repeats, ProgressSpan progress) {
        if (rows.length != actual.length) throw new IllegalArgumentException("one label per test row expected");
        if (repeats < 1) throw new IllegalArgumentException("repeats must be at least 1");
        LinkedHashSet<String> needed = new LinkedHashSet<>();
        transform.columns().forEach(c -> needed.add(c.column()));
        needed.addAll(columns);
        Dataset base = FeatureRows.select(table, List.copyOf(needed), rows);
        double baseAuc = auc(scorer, cleaning, transform, base, actual);
        List<FeatureImportance> out = new ArrayList<>(columns.size());
        int total = columns.size() * repeats, done = 0;
        for (int c = 0; c < columns.size(); c++) {
            String column = columns.get(c);
            int index = base.indexOf(column);
            double[] drops = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                if (progress != null) {
                    progress.checkCancelled();
                    progress.report((double) done / total, "Measuring how much the model relies on \"" + column + "\"");
                }
                int[] shuffled = shuffle(base.rowCount(), new SplittableRandom(mix(seed, c, r)));
                Dataset permuted = base.withColumn(index, FeatureRows.take(base.columnAt(index), shuffled));
                drops[r] = Double.isNaN(baseAuc) ? Double.NaN : baseAuc - auc(scorer, cleaning, transform, permuted, actual);
                done++;
            }
            out.add(new FeatureImportance(column, mean(drops), spread(drops)));
        }
        if (progress != null) progress.report(1, "Feature importance measured");
        out.sort(Comparator.comparingDouble((FeatureImportance f) -> Double.isNaN(f.aucDrop()) ? Double.NEGATIVE_INFINITY : f.aucDrop())
                .reversed());
        return out;
    }

    /** Test AUC of the rows the transform keeps (a DROP_ROWS step may leave some out: their labels go with them). */
    private static double auc(Scorer scorer, CleaningService cleaning, FittedTransform transform, Dataset data, boolean[] actual) {
        FeatureMatrix x = cleaning.toFeatureMatrix(transform, data);
        boolean[] labels = new boolean[x.rows()];
        for (int i = 0; i < labels.length; i++) labels[i] = actual[x.sourceRows()[i]];
        return BinaryMetrics.rocAuc(scorer.score(x), labels);
    }

    private static int[] shuffle(int n, SplittableRandom random) {
        int[] order = FeatureRows.allRows(n);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** A well-mixed seed per (column, repeat), so that neighbouring seeds do not give related shuffles (SplitMix64). */
    static long mix(long seed, int column, int repeat) {
        long z = seed * 0x9E3779B97F4A7C15L + column * 0xBF58476D1CE4E5B9L + repeat * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double spread(double[] v) {
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return Math.sqrt(s / v.length);
    }
}
