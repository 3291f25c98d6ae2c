package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.StudioException;

/**
 * k-means: greedy k-means++ seeding from a seed, then Lloyd iterations. The assignment step runs over fixed row
 * chunks on a few short-lived threads; every sum is combined in chunk order, so the same seed gives bit-identical
 * centroids and assignments whatever the thread count.
 */
public final class KMeans {
    /** scikit-learn's default: stop when the centroids moved less than this × the mean feature variance (squared). */
    static final double RELATIVE_TOLERANCE = 1e-4;
    /** scikit-learn's default cap on Lloyd iterations; well-separated data converges in far fewer. */
    public static final int DEFAULT_MAX_ITERATIONS = 300;

    /**
     * A fitted clustering.
     *
     * @param centroids   row-major {@code k × dims}
     * @param assignments the cluster of every row
     * @param inertia     within-cluster sum of squared distances to the final centroids
     * @param iterations  Lloyd iterations run
     * @param converged   whether it stopped because no row changed cluster or the centroids moved less than the
     *                    tolerance (rather than at {@code maxIterations})
     */
    public record Fit(int k, int dims, double[] centroids, int[] assignments, double inertia, int iterations, boolean converged) {}

    private KMeans() {}

    /**
     * k-means++ init (seeded) then Lloyd until no assignment changes or the centroid shift is below tolerance, or
     * {@code maxIterations}. Progress: the first 10% is the seeding, the rest one step per iteration.
     *
     * @throws StudioException when k is below 1 or the data has fewer than k distinct rows
     */
    public static Fit fit(FeatureMatrix x, int k, long seed, int maxIterations, ProgressSpan progress) {
        checkK(x, k);
        try (RowPool pool = RowPool.open(x.rows())) {
            return fit(ColumnMajor.of(x, pool), k, seed, maxIterations, progress, pool);
        }
    }

    /** Nearest centroid of every row (for assigning new rows with a saved model); ties go to the lower index. */
    public static int[] assign(FeatureMatrix x, double[] centroids, int k) {
        if (k < 1 || centroids.length != k * x.columns()) {
            throw new StudioException("The saved segments have " + (k < 1 ? 0 : centroids.length / k)
                    + " features but the data has " + x.columns() + ".");
        }
        int[] assignments = new int[x.rows()];
        try (RowPool pool = RowPool.open(x.rows())) {
            ColumnMajor data = ColumnMajor.of(x, pool);
            AssignmentPass.run(data, KMeansPlusPlus.toFloat(centroids), k, assignments, new float[data.rows], false, pool);
        }
        return assignments;
    }

    static void checkK(FeatureMatrix x, int k) {
        if (k < 1) throw new StudioException("The number of segments must be at least 1 (got " + k + ").");
        if (x.columns() < 1) throw new StudioException("No feature columns to cluster on.");
        if (k > x.rows()) {
            throw new StudioException("Cannot make " + k + " segments from " + x.rows() + " row" + (x.rows() == 1 ? "" : "s") + ".");
        }
    }

    static Fit fit(ColumnMajor data, int k, long seed, int maxIterations, ProgressSpan progress, RowPool pool) {
        progress.checkCancelled();
        double[] init = KMeansPlusPlus.seed(data, k, seed, pool, progress.sub(0, 0.1));
        return lloyd(data, init, k, maxIterations, progress.sub(0.1, 1), pool);
    }

    /** Lloyd from given starting centroids (row-major k × dims); package-visible so tests can force empty clusters. */
    static Fit lloyd(ColumnMajor data, double[] initial, int k, int maxIterations, ProgressSpan progress, RowPool pool) {
        int n = data.rows, d = data.dims;
        double tolerance = RELATIVE_TOLERANCE * data.meanVariance;
        double[] centroids = initial.clone();
        int[] assignments = new int[n];
        java.util.Arrays.fill(assignments, -1);
        float[] distances = new float[n];
        int iterations = 0;
        boolean converged = false, labelsMatchCentroids = false;
        double inertia = Double.NaN, firstShift = 0, shown = 0;
        while (iterations < Math.max(1, maxIterations)) {
            progress.checkCancelled();
            iterations++;
            AssignmentPass.Totals t = AssignmentPass.run(data, KMeansPlusPlus.toFloat(centroids), k, assignments, distances, true, pool);
            inertia = t.inertia();
            if (t.moved() == 0) {
                // the same assignments as last time give the same means: the centroids are already those means
                converged = labelsMatchCentroids = true;
                break;
            }
            double[] next = new double[k * d];
            for (int c = 0; c < k; c++) {
                for (int j = 0; j < d; j++) next[c * d + j] = t.counts()[c] == 0 ? 0 : t.sums()[c * d + j] / t.counts()[c];
            }
            boolean reseeded = EmptyClusters.reseed(data, t.counts(), distances, next);
            double shift = 0;
            for (int i = 0; i < next.length; i++) shift += (next[i] - centroids[i]) * (next[i] - centroids[i]);
            centroids = next;
            if (iterations == 1) firstShift = shift;
            shown = Math.max(shown, Math.max((double) iterations / maxIterations, towardsTolerance(firstShift, shift, tolerance)));
            progress.report(shown, String.format("iteration %d · %,d rows changed segment", iterations, t.moved()));
            if (!reseeded && shift <= tolerance) {
                converged = true;
                break;
            }
        }
        if (!labelsMatchCentroids) {
            // the last update moved the centroids: assign once more so labels and inertia describe the final centroids
            progress.checkCancelled();
            inertia = AssignmentPass.run(data, KMeansPlusPlus.toFloat(centroids), k, assignments, distances, false, pool).inertia();
        }
        progress.report(1, "done after " + iterations + (iterations == 1 ? " iteration" : " iterations"));
        return new Fit(k, d, centroids, assignments, inertia, iterations, converged);
    }

    /**
     * How far Lloyd has come, guessed from the centroid shift: it shrinks roughly geometrically, so the share of the
     * way from the first shift down to the tolerance on a log scale. Only for the progress bar.
     */
    private static double towardsTolerance(double firstShift, double shift, double tolerance) {
        if (!(firstShift > tolerance) || !(shift > 0)) return 0;
        return Math.max(0, Math.min(1, Math.log(firstShift / shift) / Math.log(firstShift / tolerance)));
    }
}
