package com.mstudio.engine.segment;

/**
 * Adjusted Rand index (Hubert &amp; Arabie 1985) between two labelings: 1 for identical partitions (up to renaming),
 * about 0 for random ones. ARI = (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) − E), E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2).
 */
final class AdjustedRandIndex {
    private AdjustedRandIndex() {}

    static double of(int[] truth, int[] found) {
        if (truth.length != found.length) throw new IllegalArgumentException("labelings differ in length");
        int kt = max(truth) + 1, kf = max(found) + 1;
        long[][] table = new long[kt][kf];
        long[] rows = new long[kt], cols = new long[kf];
        for (int i = 0; i < truth.length; i++) {
            table[truth[i]][found[i]]++;
            rows[truth[i]]++;
            cols[found[i]]++;
        }
        double index = 0, sumRows = 0, sumCols = 0;
        for (long[] row : table) for (long n : row) index += pairs(n);
        for (long n : rows) sumRows += pairs(n);
        for (long n : cols) sumCols += pairs(n);
        double expected = sumRows * sumCols / pairs(truth.length);
        double maxIndex = (sumRows + sumCols) / 2;
        return maxIndex == expected ? 1 : (index - expected) / (maxIndex - expected);
    }

    private static double pairs(long n) {
        return n * (n - 1) / 2.0;
    }

    private static int max(int[] labels) {
        int m = 0;
        for (int l : labels) m = Math.max(m, l);
        return m;
    }
}
