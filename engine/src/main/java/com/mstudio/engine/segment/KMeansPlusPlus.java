package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.StudioException;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Greedy k-means++ seeding (Arthur &amp; Vassilvitskii 2007, with the local trials that scikit-learn also uses): the
 * first centre is a seeded random row; each further centre is the best of {@code 2 + ln k} candidates drawn with
 * probability proportional to the squared distance to the nearest centre so far, "best" meaning the one that lowers
 * the total squared distance most. It runs on all rows (two parallel passes per centre); all sums are per fixed
 * chunk, combined in order, so a seed gives one result whatever the thread count.
 */
final class KMeansPlusPlus {
    private static final int BLOCK = RowBlock.SIZE;

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
        double[] chunkSums = updateNearest(x, toFloat(x.row(first)), minDist, true, pool);
        for (int c = 1; c < k; c++) {
            progress.checkCancelled();
            progress.report((double) c / k, "choosing starting centre " + (c + 1) + " of " + k);
            double total = 0;
            for (double s : chunkSums) total += s;
            if (!(total > 0)) {
                throw new TooFewDistinctRows(k);
            }
            float[] candidates = new float[trials * d];
            for (int t = 0; t < trials; t++) {
                double[] p = x.row(draw(chunkSums, minDist, random.nextDouble() * total));
                for (int j = 0; j < d; j++) candidates[t * d + j] = (float) p[j];
            }
            double[] potentials = potentials(x, candidates, trials, minDist, pool);
            int bestTrial = 0;
            for (int t = 1; t < trials; t++) if (potentials[t] < potentials[bestTrial]) bestTrial = t;
            float[] chosen = new float[d];
            System.arraycopy(candidates, bestTrial * d, chosen, 0, d);
            for (int j = 0; j < d; j++) centroids[c * d + j] = chosen[j];
            chunkSums = updateNearest(x, chosen, minDist, false, pool);
        }
        progress.report(1, "starting centres chosen");
        return centroids;
    }

    /**
     * The row where the running sum of weights first exceeds {@code u}: the chunk from the chunk totals, then the row
     * inside it. Rows of weight zero (the centres so far) are never picked.
     */
    private static int draw(double[] chunkSums, float[] weights, double u) {
        int chunk = 0;
        while (chunk < chunkSums.length - 1 && (u >= chunkSums[chunk] || chunkSums[chunk] == 0)) u -= chunkSums[chunk++];
        int from = chunk * RowPool.CHUNK_ROWS, to = Math.min(weights.length, from + RowPool.CHUNK_ROWS);
        double running = 0;
        int lastWeighted = -1;
        for (int r = from; r < to; r++) {
            if (weights[r] == 0) continue;
            running += weights[r];
            lastWeighted = r;
            if (running > u) return r;
        }
        if (lastWeighted >= 0) return lastWeighted; // u rounded up to the chunk's total
        for (int r = weights.length - 1; r >= 0; r--) if (weights[r] > 0) return r; // only after rounding at the very end
        throw new IllegalStateException("no row with positive weight");
    }

    /** For each candidate, Σ over rows of min(current nearest distance, distance to the candidate). */
    private static double[] potentials(ColumnMajor x, float[] candidates, int trials, float[] minDist, RowPool pool) {
        List<double[]> parts = pool.map((from, to) -> {
            double[] sums = new double[trials];
            RowBlock block = new RowBlock(x.dims);
            float[] dist = new float[BLOCK], nearest = new float[BLOCK];
            for (int start = from; start < to; start += BLOCK) {
                int len = Math.min(BLOCK, to - start);
                block.load(x, start, len);
                System.arraycopy(minDist, start, nearest, 0, len);
                for (int t = 0; t < trials; t++) {
                    block.distancesTo(candidates, t * x.dims, dist);
                    for (int i = 0; i < len; i++) dist[i] = Math.min(dist[i], nearest[i]);
                    sums[t] += RowBlock.sum(dist, len);
                }
            }
            return sums;
        });
        double[] total = new double[trials];
        for (double[] p : parts) for (int t = 0; t < trials; t++) total[t] += p[t];
        return total;
    }

    /** Lowers each row's nearest distance to {@code centre}'s where closer; returns the new per-chunk sums. */
    private static double[] updateNearest(ColumnMajor x, float[] centre, float[] minDist, boolean first, RowPool pool) {
        List<Double> sums = pool.map((from, to) -> {
            RowBlock block = new RowBlock(x.dims);
            float[] dist = new float[BLOCK], nearest = new float[BLOCK];
            double sum = 0;
            for (int start = from; start < to; start += BLOCK) {
                int len = Math.min(BLOCK, to - start);
                block.load(x, start, len);
                block.distancesTo(centre, 0, dist);
                if (!first) {
                    System.arraycopy(minDist, start, nearest, 0, len);
                    for (int i = 0; i < len; i++) dist[i] = Math.min(dist[i], nearest[i]);
                }
                System.arraycopy(dist, 0, minDist, start, len);
                sum += RowBlock.sum(dist, len);
            }
            return sum;
        });
        return sums.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The data has fewer distinct rows than segments asked for; auto-k stops its scan there. */
    static final class TooFewDistinctRows extends StudioException {
        TooFewDistinctRows(int k) {
            super("The data has fewer than " + k + " distinct rows, so it cannot be split into " + k + " segments.");
        }
    }

    static float[] toFloat(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) v[i];
        return out;
    }
}
