package com.mstudio.engine.segment;

import java.util.List;

/**
 * One pass of Lloyd's assignment step over all rows: each row goes to its nearest centroid (ties to the lower
 * index), and per-cluster sums (in double), counts, the inertia and the number of rows that moved are gathered per
 * fixed chunk and then combined in chunk order, so the totals do not depend on thread timing.
 */
final class AssignmentPass {
    private static final int BLOCK = RowBlock.SIZE;

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

    /**
     * The nearest-centroid search packs each distance and its centroid index into one int: a non-negative float's
     * bits order like the float, so with the index in the lowest mantissa bits a plain integer minimum (which C2
     * vectorises, unlike a compare-and-branch that mispredicts on overlapping clusters) finds the nearest centroid,
     * ties going to the lower index. The cost: distances lose their lowest {@code indexBits} mantissa bits (relative
     * 2⁻¹⁷ for k ≤ 64), so rows whose two nearest centroids are that close may go to either, deterministically.
     */
    private static Partial chunk(ColumnMajor x, float[] centroids, int k, int[] assignments, float[] distances,
                                 boolean accumulate, int from, int to) {
        int d = x.dims;
        int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, k - 1));
        if (indexBits > 6) return chunkWithBranches(x, centroids, k, assignments, distances, accumulate, from, to);
        int indexMask = (1 << indexBits) - 1;
        Accumulator acc = accumulate ? new Accumulator(k, d) : null;
        RowBlock block = new RowBlock(d);
        float[] dist = new float[BLOCK];
        int[] key = new int[BLOCK];
        int[] bestIdx = new int[BLOCK];
        double inertia = 0;
        long moved = 0;
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(BLOCK, to - start);
            block.load(x, start, len);
            java.util.Arrays.fill(key, 0, len, Integer.MAX_VALUE);
            for (int c = 0; c < k; c++) {
                block.distancesTo(centroids, c * d, dist);
                for (int i = 0; i < len; i++) key[i] = Math.min(key[i], (Float.floatToRawIntBits(dist[i]) & ~indexMask) | c);
            }
            for (int i = 0; i < len; i++) {
                bestIdx[i] = key[i] & indexMask;
                dist[i] = Float.intBitsToFloat(key[i] & ~indexMask);
            }
            for (int i = 0; i < len; i++) if (assignments[start + i] != bestIdx[i]) moved++;
            System.arraycopy(bestIdx, 0, assignments, start, len);
            System.arraycopy(dist, 0, distances, start, len);
            inertia += RowBlock.sum(dist, len);
            if (accumulate) acc.add(block, bestIdx);
        }
        return accumulate ? new Partial(acc.sums(), acc.counts(), inertia, moved) : new Partial(null, null, inertia, moved);
    }

    /** The plain compare-and-branch search, exact, for very large k where the packed index would cost precision. */
    private static Partial chunkWithBranches(ColumnMajor x, float[] centroids, int k, int[] assignments, float[] distances,
                                             boolean accumulate, int from, int to) {
        int d = x.dims;
        Accumulator acc = accumulate ? new Accumulator(k, d) : null;
        RowBlock block = new RowBlock(d);
        float[] dist = new float[BLOCK];
        float[] best = new float[BLOCK];
        int[] bestIdx = new int[BLOCK];
        double inertia = 0;
        long moved = 0;
        for (int start = from; start < to; start += BLOCK) {
            int len = Math.min(BLOCK, to - start);
            block.load(x, start, len);
            block.distancesTo(centroids, 0, best);
            java.util.Arrays.fill(bestIdx, 0, len, 0);
            for (int c = 1; c < k; c++) {
                block.distancesTo(centroids, c * d, dist);
                for (int i = 0; i < len; i++) {
                    if (dist[i] < best[i]) { // strict: on a tie the lower index wins
                        best[i] = dist[i];
                        bestIdx[i] = c;
                    }
                }
            }
            for (int i = 0; i < len; i++) if (assignments[start + i] != bestIdx[i]) moved++;
            System.arraycopy(bestIdx, 0, assignments, start, len);
            System.arraycopy(best, 0, distances, start, len);
            inertia += RowBlock.sum(best, len);
            if (accumulate) acc.add(block, bestIdx);
        }
        return accumulate ? new Partial(acc.sums(), acc.counts(), inertia, moved) : new Partial(null, null, inertia, moved);
    }

    /**
     * Per-cluster sums in double. Consecutive rows often join the same cluster, and adding each into one slot would
     * chain every add behind the previous store; four interleaved copies (row i goes to copy i mod 4) break the
     * chain. The copies are added up in a fixed order, so the result stays deterministic.
     */
    private static final class Accumulator {
        private static final int COPIES = 4;
        private final int k;
        private final int d;
        private final double[] sums;
        private final long[] counts;

        Accumulator(int k, int d) {
            this.k = k;
            this.d = d;
            this.sums = new double[COPIES * k * d];
            this.counts = new long[COPIES * k];
        }

        private final int[] slot = new int[RowBlock.SIZE];

        void add(RowBlock block, int[] cluster) {
            int len = block.length;
            for (int i = 0; i < len; i++) {
                int s = (i & (COPIES - 1)) * k + cluster[i];
                counts[s]++;
                slot[i] = s * d;
            }
            for (int j = 0; j < d; j++) {
                float[] v = block.x[j];
                for (int i = 0; i < len; i++) sums[slot[i] + j] += v[i];
            }
        }

        double[] sums() {
            double[] out = new double[k * d];
            for (int copy = 0; copy < COPIES; copy++) for (int i = 0; i < out.length; i++) out[i] += sums[copy * k * d + i];
            return out;
        }

        long[] counts() {
            long[] out = new long[k];
            for (int copy = 0; copy < COPIES; copy++) for (int c = 0; c < k; c++) out[c] += counts[copy * k + c];
            return out;
        }
    }
}
