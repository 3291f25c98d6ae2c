package com.mstudio.engine.predict;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

/**
 * Scores rows with a trained network in inference mode (no dropout), in batches so that a million rows never need one
 * huge activation array. Engine thread only: the network is not thread-safe (DL4J #9993).
 */
public final class NetworkScorer implements Scorer {
    /** Rows per forward pass: large enough to amortise ND4J's per-op overhead, small enough for the heap. */
    static final int BATCH_ROWS = 8192;

    private final MultiLayerNetwork net;

    public NetworkScorer(MultiLayerNetwork net) {
        this.net = net;
    }

    @Override
    public double[] score(FeatureMatrix x) {
        return score(x.values(), x.rows(), x.columns());
    }

    /** The same, reporting progress and honouring cancel between batches (scoring a whole file). */
    double[] score(FeatureMatrix x, ProgressSpan progress) {
        return score(x.values(), x.rows(), x.columns(), progress);
    }

    /** {@code values}: rows × columns floats, row-major. */
    double[] score(float[] values, int rows, int columns) {
        return score(values, rows, columns, null);
    }

    private double[] score(float[] values, int rows, int columns, ProgressSpan progress) {
        double[] out = new double[rows];
        for (int start = 0; start < rows; start += BATCH_ROWS) {
            if (progress != null) {
                progress.checkCancelled();
                progress.report(start / (double) rows, String.format(java.util.Locale.ROOT, "Scoring: %,d of %,d rows", start, rows));
            }
            int n = Math.min(BATCH_ROWS, rows - start);
            float[] batch = Arrays.copyOfRange(values, start * columns, (start + n) * columns);
            INDArray in = Nd4j.create(batch, new long[] {n, columns}, 'c');
            float[] p = net.output(in, false).toFloatVector();
            for (int i = 0; i < n; i++) out[start + i] = p[i];
        }
        return out;
    }
}
