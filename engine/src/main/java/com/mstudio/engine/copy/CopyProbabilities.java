package com.mstudio.engine.copy;

/**
 * Class probabilities of a copy network, computed in batches with dropout off. Engine thread only.
 */
final class CopyProbabilities {
    /** Inference batch: big enough to amortise DL4J's per-call overhead, small enough to keep memory flat. */
    static final int BATCH = 512;

    private CopyProbabilities() {}

    /** probabilities[row][class] for every row of {@code data}. */
    static double[][] of(CopyNetwork net, CopyBatches data) {
        int n = data.rows();
        double[][] out = new double[n][];
        // token sequences shortest first: each batch is padded only to its own longest text (see LengthOrder)
        int[] order = data instanceof CopyBatches.Sequences s ? LengthOrder.shortestFirst(s.lengths()) : CopyBatches.identity(n);
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            double[][] p = net.probabilities(data, order, from, to);
            for (int i = 0; i < to - from; i++) out[order[from + i]] = p[i];
        }
        return out;
    }

    /** The index of the largest entry. */
    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
        return best;
    }
}
