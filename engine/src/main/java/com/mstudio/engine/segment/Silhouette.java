package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureMatrix;

import java.util.SplittableRandom;

/**
 * Mean silhouette coefficient on a bounded random sample of rows: s(i) = (b - a) / max(a, b), where a is the mean
 * Euclidean distance from row i to the other sampled rows of its cluster and b the smallest mean distance to the
 * sampled rows of another cluster; a row alone in its cluster (in the sample) scores 0, as in scikit-learn. The cost
 * is O(sample² × dims) and never depends on the number of rows beyond drawing the sample.
 */
public final class Silhouette {
    /** Default sample: 3,000 rows keep the score's sampling error around ±0.01 at about 4.5M distance pairs. */
    public static final int DEFAULT_SAMPLE = 3000;

    /** The score and how many rows it was computed on. */
    public record Score(double mean, int sampleSize) {}

    private Silhouette() {}

    /** Mean silhouette on a seeded random sample of at most sampleSize rows (O(sample^2), never all rows). */
    public static double sampled(FeatureMatrix x, int[] assignments, int k, int sampleSize, long seed) {
        return score(x, assignments, k, sampleSize, seed).mean();
    }

    /** As {@link #sampled}, also telling the sample size used. NaN when fewer than two clusters are in the sample. */
    public static Score score(FeatureMatrix x, int[] assignments, int k, int sampleSize, long seed) {
        if (assignments.length != x.rows()) throw new IllegalArgumentException("one assignment per row expected");
        int[] rows = sampleRows(x.rows(), sampleSize, seed);
        int m = rows.length, d = x.columns();
        // the sample, column-major, so the inner distance loop runs along rows and vectorises
        float[][] cols = new float[d][m];
        int[] label = new int[m];
        for (int i = 0; i < m; i++) {
            label[i] = assignments[rows[i]];
            if (label[i] < 0 || label[i] >= k) throw new IllegalArgumentException("assignment " + label[i] + " outside 0.." + (k - 1));
            for (int j = 0; j < d; j++) cols[j][i] = x.values()[rows[i] * d + j];
        }
        return new Score(meanSilhouette(cols, m, d, label, k), m);
    }

    /** Seeded sample without replacement (a partial Fisher–Yates shuffle), in ascending row order; all rows if few. */
    static int[] sampleRows(int n, int sampleSize, long seed) {
        int m = Math.max(0, Math.min(n, sampleSize));
        int[] index = new int[n];
        for (int i = 0; i < n; i++) index[i] = i;
        if (m < n) {
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < m; i++) {
                int j = i + random.nextInt(n - i);
                int tmp = index[i];
                index[i] = index[j];
                index[j] = tmp;
            }
        }
        int[] out = java.util.Arrays.copyOf(index, m);
        java.util.Arrays.sort(out);
        return out;
    }

    static double meanSilhouette(float[][] cols, int m, int d, int[] label, int k) {
        long[] clusterSize = new long[k];
        for (int l : label) clusterSize[l]++;
        int present = 0;
        for (long s : clusterSize) if (s > 0) present++;
        if (present < 2) return Double.NaN;
        // distSum[i * k + c]: sum of distances from sampled row i to the sampled rows of cluster c
        double[] distSum = new double[m * k];
        float[] dist = new float[m];
        for (int i = 0; i < m; i++) {
            // distances from row i to every later row; every array is indexed by t alone, so C2 vectorises the loop
            java.util.Arrays.fill(dist, i + 1, m, 0f);
            for (int j = 0; j < d; j++) {
                float[] column = cols[j];
                float xi = column[i];
                for (int t = i + 1; t < m; t++) {
                    float diff = column[t] - xi;
                    dist[t] += diff * diff;
                }
            }
            for (int other = i + 1; other < m; other++) {
                double e = Math.sqrt(dist[other]);
                distSum[i * k + label[other]] += e;
                distSum[other * k + label[i]] += e;
            }
        }
        double total = 0;
        for (int i = 0; i < m; i++) {
            int own = label[i];
            if (clusterSize[own] < 2) continue; // a singleton scores 0
            double a = distSum[i * k + own] / (clusterSize[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                if (c != own && clusterSize[c] > 0) b = Math.min(b, distSum[i * k + c] / clusterSize[c]);
            }
            double denominator = Math.max(a, b);
            total += denominator == 0 ? 0 : (b - a) / denominator;
        }
        return total / m;
    }
}
