package com.mstudio.engine.copy;

/**
 * The attention each token of a text received in a trained {@link AttentionModel}: the softmax weights its forward pass
 * computed ({@link AttentionPass#attention}, [texts, heads, query, key], each query's row summing to 1 over the real
 * keys), read out of the same pass that gives the probabilities, so they are exactly what the model used.
 *
 * <p>A token's weight is the attention it received as a key, averaged over heads and over the text's real tokens as
 * queries; so the weights of a text's tokens sum to 1. With several blocks the blocks' head-averaged matrices are
 * multiplied (attention rollout, Abnar and Zuidema 2020): a later block attends to mixtures of tokens, and the product
 * traces that back to the words. The residual path is left out of the rollout: the weights say where attention went,
 * not how much of each word passed around it. With one block (the default) the rollout is that block's attention.
 */
final class AttentionWeights {
    private AttentionWeights() {}

    /** A batch's outputs: class probabilities [texts][classes] and token weights [texts][tokens of that text]. */
    record Result(double[][] probabilities, double[][] weights) {}

    /**
     * @param batch   the texts as {@link CopyBatches.Sequences#tokens} cuts them (whole texts, no token dropout)
     * @param lengths real tokens per text, in batch order (0 for an empty text: it gets no weights)
     */
    static Result of(AttentionModel net, TokenBatch batch, int[] lengths) {
        AttentionPass pass = net.evaluate(batch);
        int n = batch.texts(), t = batch.length(), heads = net.shape.heads(), k = net.shape.classes();
        double[][][] rollout = null;
        for (float[] block : pass.attention) {
            double[][][] a = headMean(block, n, heads, t);
            rollout = rollout == null ? a : multiply(a, rollout);
        }
        double[][] weights = new double[n][];
        double[][] probabilities = new double[n][k];
        for (int i = 0; i < n; i++) {
            weights[i] = receivedPerKey(rollout[i], lengths[i]);
            for (int c = 0; c < k; c++) probabilities[i][c] = pass.probabilities[i * k + c];
        }
        return new Result(probabilities, weights);
    }

    /** attention[text][query][key], averaged over heads, from the pass's flat [text, head, query, key] weights. */
    private static double[][][] headMean(float[] w, int n, int heads, int t) {
        double[][][] a = new double[n][t][t];
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < heads; h++) {
                int base = (i * heads + h) * t * t;
                for (int q = 0; q < t; q++) for (int k = 0; k < t; k++) a[i][q][k] += w[base + q * t + k] / (double) heads;
            }
        }
        return a;
    }

    /** later × earlier per text: row q of the result is where query q's attention ends up after both blocks. */
    private static double[][][] multiply(double[][][] later, double[][][] earlier) {
        int n = later.length, t = later[0].length;
        double[][][] out = new double[n][t][t];
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < t; q++) {
                for (int m = 0; m < t; m++) {
                    double lm = later[i][q][m];
                    if (lm == 0) continue;
                    for (int k = 0; k < t; k++) out[i][q][k] += lm * earlier[i][m][k];
                }
            }
        }
        return out;
    }

    /** The mean over the real queries of the attention each real key received. */
    private static double[] receivedPerKey(double[][] attention, int length) {
        double[] out = new double[length];
        for (int q = 0; q < length; q++) for (int k = 0; k < length; k++) out[k] += attention[q][k] / length;
        return out;
    }
}
