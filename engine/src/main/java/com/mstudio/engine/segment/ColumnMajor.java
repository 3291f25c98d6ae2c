package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.StudioException;

import java.util.List;

/**
 * The feature matrix transposed to one array per column, so that a block of rows can be copied out column by column
 * ({@link RowBlock}) for loops that C2 vectorises. Costs one extra copy of the data (rows × columns × 4 bytes), made
 * once per fit or auto-k scan.
 */
final class ColumnMajor {
    final int rows;
    final int dims;
    /** {@code columns[j][r]} is feature j of row r. */
    final float[][] columns;
    /** Mean of the per-column variances (population), for the convergence tolerance. */
    final double meanVariance;

    private ColumnMajor(int rows, int dims, float[][] columns, double meanVariance) {
        this.rows = rows;
        this.dims = dims;
        this.columns = columns;
        this.meanVariance = meanVariance;
    }

    /** Transposes {@code x} on the calling thread (tests, small data). */
    static ColumnMajor of(FeatureMatrix x) {
        try (RowPool pool = RowPool.withThreads(x.rows(), 1)) {
            return of(x, pool);
        }
    }

    /** Transposes {@code x} on the pool's threads; rejects non-finite values, naming the first such row and feature. */
    static ColumnMajor of(FeatureMatrix x, RowPool pool) {
        int n = x.rows(), d = x.columns();
        float[] src = x.values();
        float[][] out = new float[d][n];
        List<Integer> firstBad = pool.map((from, to) -> {
            for (int r = from; r < to; r++) {
                for (int j = 0; j < d; j++) {
                    float v = src[r * d + j];
                    if (!Float.isFinite(v)) return r * d + j;
                    out[j][r] = v;
                }
            }
            return -1;
        });
        for (int bad : firstBad) {
            if (bad < 0) continue;
            int r = bad / d, j = bad % d;
            throw new StudioException("Feature '" + x.featureNames().get(j) + "' has no number (" + src[bad]
                    + ") in row " + (x.sourceRows()[r] + 1) + "; impute missing values before clustering.");
        }
        double varianceSum = 0;
        for (int j = 0; j < d; j++) {
            float[] column = out[j];
            double sum = 0;
            for (int r = 0; r < n; r++) sum += column[r];
            double mean = n == 0 ? 0 : sum / n, squares = 0;
            for (int r = 0; r < n; r++) {
                double dev = column[r] - mean;
                squares += dev * dev;
            }
            varianceSum += n == 0 ? 0 : squares / n;
        }
        return new ColumnMajor(n, d, out, d == 0 ? 0 : varianceSum / d);
    }

    /** Row {@code r} as a new row-major array (for seeding centroids). */
    double[] row(int r) {
        double[] out = new double[dims];
        for (int j = 0; j < dims; j++) out[j] = columns[j][r];
        return out;
    }
}
