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
 *
 * <p>With an odds factor other than 1 each output p is prior-corrected: odds p / (1 − p) × factor, back to a
 * probability. A network trained with class weights or oversampling learns the odds of level classes, so its raw
 * output overstates a rare class (on Telco a typical customer would "score" 0.7 at a 26.5% churn rate); the factor
 * (positives / negatives of the training rows) makes the scores probabilities again. The correction is strictly
 * increasing, so rankings, ROC AUC, PR AUC, gains and permutation importance are unchanged by it.
 */
public final class NetworkScorer implements Scorer {
    /** Rows per forward pass: large enough to amortise ND4J's per-op overhead, small enough for the heap. */
    static final int BATCH_ROWS = 8192;

    private final MultiLayerNetwork net;
    private final double oddsFactor;

    /** The network's output as it is (training curves, benchmarks). */
    public NetworkScorer(MultiLayerNetwork net) {
        this(net, 1.0);
    }

    /** Outputs prior-corrected by {@code oddsFactor} (see the class comment); 1 leaves them as they are. */
    public NetworkScorer(MultiLayerNetwork net, double oddsFactor) {
        if (!(oddsFactor > 0) || Double.isInfinite(oddsFactor)) throw new IllegalArgumentException("odds factor " + oddsFactor);
        this.net = net;
        this.oddsFactor = oddsFactor;
    }

    /** The scorer of a saved model: its network with its own correction, so every caller sees the same scores. */
    static NetworkScorer of(com.mstudio.engine.api.PropensityModel model) {
        return new NetworkScorer(Networks.fromZip(model.networkZip()), model.scoreOddsFactor());
    }

    /** {@code p} with its odds multiplied by {@code factor}; 0 and 1 stay as they are. */
    static double correct(double p, double factor) {
        if (factor == 1.0 || p <= 0 || p >= 1 || Double.isNaN(p)) return p;
        double q = p * factor;
        return q / (q + (1 - p));
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
            for (int i = 0; i < n; i++) out[start + i] = correct(p[i], oddsFactor);
        }
        return out;
    }
}
