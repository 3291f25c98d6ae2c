package com.mstudio.engine.copy;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Class probabilities of a copy network, computed in batches with dropout off. Engine thread only.
 */
final class CopyProbabilities {
    /** Inference batch: big enough to amortise DL4J's per-call overhead, small enough to keep memory flat. */
    static final int BATCH = 512;

    private CopyProbabilities() {}

    /** probabilities[row][class] for every row of {@code data}. */
    static double[][] of(ComputationGraph net, CopyBatches data) {
        int n = data.rows(), k = data.classes();
        double[][] out = new double[n][];
        // token sequences shortest first: each batch is padded only to its own longest text (see LengthOrder)
        int[] order = data instanceof CopyBatches.Sequences s ? LengthOrder.shortestFirst(s.lengths()) : CopyBatches.identity(n);
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            INDArray p = output(net, data, order, from, to);
            float[] flat = p.dup('c').data().asFloat();
            for (int i = 0; i < to - from; i++) {
                double[] row = new double[k];
                for (int c = 0; c < k; c++) row[c] = flat[i * k + c];
                out[order[from + i]] = row;
            }
        }
        return out;
    }

    private static INDArray output(ComputationGraph net, CopyBatches data, int[] order, int from, int to) {
        if (data instanceof CopyBatches.Sequences s) {
            INDArray[] in = s.inputs(order, from, to);
            return net.output(false, new INDArray[] {in[0], in[1]}, new INDArray[] {in[2], in[2]})[0];
        }
        return net.output(false, ((CopyBatches.Features) data).features(order, from, to))[0];
    }

    /** The index of the largest entry. */
    static int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
        return best;
    }
}
