package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A table with the model's scores as two more columns: {@code propensity} (DECIMAL, 0..1) and
 * {@code propensity_decile} (INTEGER, 1 = the 10% most likely ... 10 = the least likely). Columns of those names are
 * replaced where they stand (scoring twice does not pile up columns). The result is an engine dataset, so Segments
 * can clean and use the new columns as features or filters; for a dataset the other columns are shared, not copied
 * (a table of another kind is copied once).
 *
 * <p>Deciles by rank: a row's decile is 1 + ⌊10 · (rows scored above it + (rows tied with it − 1) / 2) / n⌋, i.e. by
 * the average position of its tie group, so equal scores always get the same decile. A row without a score (NaN,
 * e.g. dropped by the cleaning steps) gets missing cells and does not count in n.
 */
public final class ScoredTable {
    public static final String PROPENSITY = "propensity";
    public static final String DECILE = "propensity_decile";

    private ScoredTable() {}

    public static DataTable withScores(DataTable table, double[] scores) {
        if (scores.length != table.rowCount()) {
            throw new IllegalArgumentException(scores.length + " scores for " + table.rowCount() + " rows");
        }
        BitSet missing = new BitSet();
        for (int i = 0; i < scores.length; i++) if (Double.isNaN(scores[i])) missing.set(i);
        return Dataset.withColumns(table, DoubleColumn.wrap(PROPENSITY, scores.clone(), missing),
                LongColumn.wrap(DECILE, ColumnType.INTEGER, deciles(scores), (BitSet) missing.clone()));
    }

    /** 1..10 per row by rank (see the class comment); 0 where the score is NaN (those cells are marked missing). */
    static long[] deciles(double[] scores) {
        double[] sorted = Arrays.stream(scores).filter(s -> !Double.isNaN(s)).sorted().toArray();
        int n = sorted.length;
        long[] out = new long[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double s = scores[i];
            if (Double.isNaN(s)) continue;
            int below = lowerBound(sorted, s);
            int notAbove = upperBound(sorted, s);
            double above = n - notAbove;
            double position = above + (notAbove - below - 1) / 2.0;
            out[i] = 1 + Math.min(9, (long) Math.floor(10 * position / n));
        }
        return out;
    }

    /** First index with sorted[i] >= v. */
    private static int lowerBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** First index with sorted[i] > v. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
