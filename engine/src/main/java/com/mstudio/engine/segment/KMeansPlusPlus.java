package com.mstudio.engine.segment;

import com.mstudio.engine.api.StudioException;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007, with the local trials that scikit-learn also uses): the
 * first centre is a seeded random row; each further centre is the best of {@code 2 + ln k} candidates drawn with
 * probability proportional to the squared distance to the nearest centre so far, "best" meaning the one that lowers
 * the total squared distance most. All sums are per fixed chunk, combined in order, so a seed gives one result.
 */
final class KMeansPlusPlus {
    private static final int BLOCK = 512;

    private KMeansPlusPlus() {}

    /** Returns k × dims centroids, row-major. */
    static double[] seed(ColumnMajor x, int k, long seed, RowPool pool, ProgressSpan progress) {
        int n = x.rows, d = x.dims;
        SplittableRandom random = new SplittableRandom(seed);
        int trials = 2 + (int) Math.log(k);
        double[] centroids = new double[k * d];
        float[] minDist = new float[n];
        int first = random.nextInt(n);
        System.arraycopy(x.row(first), 0, centroids, 0, d);
        updateNearest(x, toFloat(x.row(first)), minDist, true, pool);
        double[] cumulative = new double[n];
        for (int c = 1; c < k; c++) {
            progress.checkCancelled();
            progress.report((double) c / k, "Choosing starting centre " + (c + 1) + " of " + k);
            double total = 0;
            for (int r = 0; r < n; r++) cumulative[r] = total += minDist[r];
            if (!(total > 0)) {
                throw new StudioException("The data has fewer than " + k + " distinct rows, so it cannot be split into " + k + " segments.");
            }
            float[] candidates = new float[trials * d];
            for (int t = 0; t < trials; t++) {
                int row = draw(cumulative, minDist, random.nextDouble() * total);
                double[] p = x.row(row);
                for (int j = 0; j < d; j++) candidates[t * d + j] = (float) p[j];
            }
            double[] potentials = potentials(x, candidates, trials, minDist, pool);
            int bestTrial = 0;
            for (int t = 1; t < trials; t++) if (potentials[t] < potentials[bestTrial]) bestTrial = t;
            float[] chosen = new float[d];
            System.arraycopy(candidates, bestTrial * d, chosen, 0, d);
            for (int j = 0; j < d; j++) centroids[c * d + j] = chosen[j];
            updateNearest(x, chosen, minDist, false, pool);
        }
        progress.report(1, "Starting centres chosen");
        return centroids;
    }

    /** The first row whose cumulative weight exceeds {@code u}; rows of weight zero (already centres) are never hit. */
    private static int draw(double[] cumulative, float[] weights, double u) {
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) hi = mid;
            else lo = mid + 1;
        }
        while (lo > 0 && weights[lo] == 0) lo--; // u rounded up to the total: step back to a row with weight
        return lo;
    }

    /** For each candidate, Σ over rows of min(current nearest distance, distance to the candidate). */
    private static double[] potentials(ColumnMajor x, float[] candidates, int trials, float[] minDist, RowPool pool) {
        List<double[]> parts = pool.map((from, to) -> {
            double[] sums = new double[trials];
            float[] dist = new float[BLOCK];
            for (int start = from; start < to; start += BLOCK) {
                int len = Math.min(BLOCK, to - start);
                for (int t = 0; t < trials; t++) {
                    x.distancesTo(candidates, t * x.dims, start, len, dist);
                    double s = 0;
                    for (int i = 0; i < len; i++) s += Math.min(dist[i], minDist[start + i]);
                    sums[t] += s;
                }
            }
            return sums;
        });
        double[] total = new double[trials];
        for (double[] p : parts) for (int t = 0; t < trials; t++) total[t] += p[t];
        return total;
    }

    private static void updateNearest(ColumnMajor x, float[] centre, float[] minDist, boolean first, RowPool pool) {
        pool.map((from, to) -> {
            float[] dist = new float[BLOCK];
            for (int start = from; start < to; start += BLOCK) {
                int len = Math.min(BLOCK, to - start);
                x.distancesTo(centre, 0, start, len, dist);
                for (int i = 0; i < len; i++) minDist[start + i] = first ? dist[i] : Math.min(dist[i], minDist[start + i]);
            }
            return null;
        });
    }

    static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) v[i];
        return out;
    }
}
