package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.StudioException;

/**
 * The feature matrix transposed to one contiguous array per column. The distance loops then run down a column for
 * a block of rows with no reduction across lanes, which C2 turns into SIMD code; row-major rows of ~10 floats would
 * leave it a short horizontal sum per row instead. Costs one extra copy of the data (rows × columns × 4 bytes),
 * made once per fit or auto-k scan.
 */
final class ColumnMajor {
    final int rows;
    final int dims;
    /** Column {@code j} occupies {@code [j * rows, (j + 1) * rows)}. */
    final float[] values;
    /** Mean of the per-column variances (population), for the convergence tolerance. */
    final double meanVariance;

    private ColumnMajor(int rows, int dims, float[] values, double meanVariance) {
        this.rows = rows;
        this.dims = dims;
        this.values = values;
        this.meanVariance = meanVariance;
    }

    /** Transposes {@code x}; rejects non-finite values, naming the row and feature. */
    static ColumnMajor of(FeatureMatrix x) {
        int n = x.rows(), d = x.columns();
        float[] src = x.values();
        float[] out = new float[src.length];
        double varianceSum = 0;
        for (int j = 0; j < d; j++) {
            int base = j * n;
            double sum = 0;
            for (int r = 0; r < n; r++) {
                float v = src[r * d + j];
                if (!Float.isFinite(v)) {
                    throw new StudioException("Feature '" + x.featureNames().get(j) + "' has no number (" + v
                            + ") in row " + (x.sourceRows()[r] + 1) + "; impute missing values before clustering.");
                }
                out[base + r] = v;
                sum += v;
            }
            double mean = n == 0 ? 0 : sum / n, squares = 0;
            for (int r = 0; r < n; r++) {
                double dev = out[base + r] - mean;
                squares += dev * dev;
            }
            varianceSum += n == 0 ? 0 : squares / n;
        }
        return new ColumnMajor(n, d, out, d == 0 ? 0 : varianceSum / d);
    }

    /** Row {@code r} as a new row-major array (for seeding centroids). */
    double[] row(int r) {
        double[] out = new double[dims];
        for (int j = 0; j < dims; j++) out[j] = values[j * rows + r];
        return out;
    }

    /**
     * Squared distances of rows {@code [from, from + len)} to one point: {@code out[i] = Σ_j (x[from+i][j] - p[j])²}.
     * The loop runs along the rows so that it vectorises.
     */
    void distancesTo(float[] point, int pointOffset, int from, int len, float[] out) {
        java.util.Arrays.fill(out, 0, len, 0f);
        for (int j = 0; j < dims; j++) {
            float c = point[pointOffset + j];
            int base = j * rows + from;
            for (int i = 0; i < len; i++) {
                float t = values[base + i] - c;
                out[i] += t * t;
            }
        }
    }
}
