package com.mstudio.engine.segment;

import java.util.List;

/**
 * One pass of Lloyd's assignment step over all rows: each row goes to its nearest centroid (ties to the lower
 * index), and per-cluster sums (in double), counts, the inertia and the number of rows that moved are gathered per
 * fixed chunk and then combined in chunk order, so the totals do not depend on thread timing.
 */
final class AssignmentPass {
    /** Rows per inner block: the block's distances stay in L1 while every centroid is tried against it. */
    private static final int BLOCK = 256;

    /** What one pass found. {@code sums} is row-major k × dims. */
    record Totals(double[] sums, long[] counts, double inertia, long moved) {}

    private record Partial(double[] sums, long[] counts, double inertia, long moved) {}

    private AssignmentPass() {}

    /**
     * Assigns every row to its nearest centroid. Writes {@code assignments} and {@code distances} (squared distance
     * of each row to its centroid); when {@code accumulate} is false only those are computed (no sums).
     */
    static Totals run(ColumnMajor x, float[] centroids, int k, int[] assignments, float[] distances,
                      boolean accumulate, RowPool pool) {
        int d = x.dims;
        List<Partial> parts = pool.map((from, to) -> chunk(x, centroids, k, assignments, distances, accumulate, from, to));
        double[] sums = new double[k * d];
        long[] counts = new long[k];
        double inertia = 0;
        long moved = 0;
        for (Partial p : parts) {
            if (accumulate) {
                for (int i = 0; i < sums.length; i++) sums[i] += p.sums[i];
                for (int c = 0; c < k; c++) counts[c] += p.counts[c];
            }
            inertia += p.inertia;
            moved += p.moved;
        }
        return new Totals(sums, counts, inertia, moved);
    }

    private static Partial chunk(ColumnMajor x, float[] centroids, int k, int[] assignments, float[] distances,
                                 boolean accumulate, int from, int to) {
        int d = x.dims, n = x.rows;
        float[] values = x.values;
        double[] sums = accumulate ? new double[k * d] : null;
        long[] counts = accumulate ? new long[k] : null;
        float[] dist = new float[BLOCK];
        float[] best = new float[BLOCK];
        int[] bestIdx = new int[BLOCK];
        double inertia = 0;
        long moved = 0;
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(BLOCK, to - start);
            x.distancesTo(centroids, 0, start, len, best);
            java.util.Arrays.fill(bestIdx, 0, len, 0);
            for (int c = 1; c < k; c++) {
                x.distancesTo(centroids, c * d, start, len, dist);
                for (int i = 0; i < len; i++) {
                    // strict '<': on a tie the lower centroid index wins, deterministically
                    if (dist[i] < best[i]) {
                        best[i] = dist[i];
                        bestIdx[i] = c;
                    }
                }
            }
            for (int i = 0; i < len; i++) {
                int r = start + i;
                if (assignments[r] != bestIdx[i]) moved++;
                assignments[r] = bestIdx[i];
                distances[r] = best[i];
                inertia += best[i];
            }
            if (accumulate) {
                for (int i = 0; i < len; i++) counts[bestIdx[i]]++;
                for (int j = 0; j < d; j++) {
                    int base = j * n + start;
                    for (int i = 0; i < len; i++) sums[bestIdx[i] * d + j] += values[base + i];
                }
            }
        }
        return new Partial(sums, counts, inertia, moved);
    }
}
