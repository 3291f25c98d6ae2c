package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.SegmentationResult;

/**
 * Exact 2D PCA: the d × d covariance (d is the number of features, small) is accumulated in double over all rows,
 * its eigenvectors found with {@link SymmetricEigen}, and every row projected on the first two. Each component's
 * sign is fixed (its largest loading is positive) so the picture does not flip between runs.
 */
public final class Pca {
    private Pca() {}

    /** Projects every row on the first two principal components (exact, via the d×d covariance; d is small). */
    public static SegmentationResult.Projection project(FeatureMatrix x) {
        int n = x.rows(), d = x.columns();
        float[] v = x.values();
        double[] mean = new double[d];
        for (int r = 0; r < n; r++) for (int j = 0; j < d; j++) mean[j] += v[r * d + j];
        for (int j = 0; j < d; j++) mean[j] = n == 0 ? 0 : mean[j] / n;
        double[] cov = new double[d * d];
        double[] centred = new double[d];
        for (int r = 0; r < n; r++) {
            for (int j = 0; j < d; j++) centred[j] = v[r * d + j] - mean[j];
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                for (int b = a; b < d; b++) cov[a * d + b] += ca * centred[b];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a * d + b] /= Math.max(1, n - 1);
                cov[b * d + a] = cov[a * d + b];
            }
        }
        SymmetricEigen eigen = SymmetricEigen.of(cov, d);
        double totalVariance = 0;
        for (double value : eigen.values()) totalVariance += Math.max(0, value);
        double[] first = component(eigen, 0, d), second = component(eigen, 1, d);
        double[] explained = {share(eigen, 0, totalVariance), share(eigen, 1, totalVariance)};
        float[] px = new float[n], py = new float[n];
        for (int r = 0; r < n; r++) {
            double sx = 0, sy = 0;
            for (int j = 0; j < d; j++) {
                double c = v[r * d + j] - mean[j];
                sx += c * first[j];
                sy += c * second[j];
            }
            px[r] = (float) sx;
            py[r] = (float) sy;
        }
        return new SegmentationResult.Projection(px, py, explained);
    }

    /** Eigenvector {@code index} (by descending eigenvalue), sign-fixed; zeros when there are fewer features. */
    private static double[] component(SymmetricEigen eigen, int index, int d) {
        double[] out = new double[d];
        if (index >= d) return out;
        int largest = 0;
        for (int j = 0; j < d; j++) {
            out[j] = eigen.vector(index, j);
            if (Math.abs(out[j]) > Math.abs(out[largest]) + 1e-12) largest = j;
        }
        if (out[largest] < 0) for (int j = 0; j < d; j++) out[j] = -out[j];
        return out;
    }

    private static double share(SymmetricEigen eigen, int index, double total) {
        return index < eigen.values().length && total > 0 ? Math.max(0, eigen.values()[index]) / total : 0;
    }
}
