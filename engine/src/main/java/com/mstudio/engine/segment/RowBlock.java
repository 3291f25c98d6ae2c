package com.mstudio.engine.segment;

import java.util.Arrays;

/**
 * A block of up to {@link #SIZE} consecutive rows copied out of a {@link ColumnMajor}, one small array per feature,
 * and the squared-distance kernel over it. The copies exist for the JIT: C2 (Java 17) vectorises
 * {@code out[i] += (x[i] - c)²} when every array is indexed by the loop variable itself, but not when one is indexed
 * with an offset ({@code column[from + i]}), which measured 2–3× slower here. One scratch block per worker chunk.
 */
final class RowBlock {
    /** Rows per block: the block (SIZE × features floats) and a few distance rows stay in L1 while all centroids pass. */
    static final int SIZE = 256;

    final float[][] x;
    int start;
    int length;

    RowBlock(int dims) {
        this.x = new float[dims][SIZE];
    }

    /** Copies rows {@code [start, start + length)}. */
    void load(ColumnMajor data, int start, int length) {
        this.start = start;
        this.length = length;
        for (int j = 0; j < x.length; j++) System.arraycopy(data.columns[j], start, x[j], 0, length);
    }

    /**
     * {@code out[i] = Σ_j (x[i][j] - point[offset + j])²} for the block's rows. Four features per pass, so the
     * running sums go through memory a quarter as often.
     */
    void distancesTo(float[] point, int offset, float[] out) {
        int len = length, d = x.length, j = 0;
        Arrays.fill(out, 0, len, 0f);
        for (; j + 3 < d; j += 4) {
            float[] x0 = x[j], x1 = x[j + 1], x2 = x[j + 2], x3 = x[j + 3];
            float c0 = point[offset + j], c1 = point[offset + j + 1], c2 = point[offset + j + 2], c3 = point[offset + j + 3];
            for (int i = 0; i < len; i++) {
                float t0 = x0[i] - c0, t1 = x1[i] - c1, t2 = x2[i] - c2, t3 = x3[i] - c3;
                out[i] += (t0 * t0 + t1 * t1) + (t2 * t2 + t3 * t3);
            }
        }
        for (; j < d; j++) {
            float[] x0 = x[j];
            float c0 = point[offset + j];
            for (int i = 0; i < len; i++) {
                float t0 = x0[i] - c0;
                out[i] += t0 * t0;
            }
        }
    }

    /** Σ a[0..len) in double, in four interleaved running sums so the adds do not wait on each other; fixed order. */
    static double sum(float[] a, int len) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < len; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        for (; i < len; i++) s0 += a[i];
        return (s0 + s1) + (s2 + s3);
    }
}
