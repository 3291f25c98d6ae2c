package com.mstudio.engine.copy;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.MultiHeadDotProductAttention;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * The attention each token of a text received in a trained {@link AttentionNetwork}. DL4J's {@code SelfAttentionLayer}
 * keeps its attention matrix inside its SameDiff graph, so it is recomputed exactly: the layer's own input (the
 * activation of the vertex before it) and its {@code Wq/Wk/Wv/Wo} params go through the same
 * {@link MultiHeadDotProductAttention} op the layer runs (scaled, with the padding mask), this time asking for its
 * second output, the weights [texts, heads, key, query], which sum to 1 over the keys.
 *
 * <p>A token's weight is the attention it received as a key, averaged over heads and over the text's real tokens as
 * queries; so the weights of a text's tokens sum to 1. With several blocks the blocks' head-averaged matrices are
 * multiplied (attention rollout, Abnar and Zuidema 2020): a later block attends to mixtures of tokens, and the product
 * traces that back to the words. The residual path is left out of the rollout: the weights say where attention went,
 * not how much of each word passed around it. With one block (the default) the rollout is that block's attention.
 * Engine thread only.
 */
final class AttentionWeights {
    private AttentionWeights() {}

    /** A batch's outputs: class probabilities [texts][classes] and token weights [texts][tokens of that text]. */
    record Result(double[][] probabilities, double[][] weights) {}

    /**
     * @param inputs {tokens, positions, mask} as {@link CopyBatches.Sequences#inputs} builds them
     * @param lengths real tokens per text, in batch order (0 for an empty text: it gets no weights)
     */
    static Result of(ComputationGraph net, INDArray[] inputs, int[] lengths) {
        INDArray mask = inputs[2];
        Map<String, INDArray> activations;
        try {
            net.setLayerMaskArrays(new INDArray[] {mask, mask}, null);
            activations = net.feedForward(new INDArray[] {inputs[0], inputs[1]}, false);
        } finally {
            net.clearLayerMaskArrays();
        }
        int n = (int) mask.size(0), t = (int) mask.size(1);
        double[][][] rollout = null;
        for (int b = 1; b <= blocks(net); b++) {
            INDArray w = recompute(net, b, activations.get(blockInput(b)), mask)[1];
            double[][][] a = headMean(w.dup('c').data().asFloat(), n, (int) w.size(1), t);
            rollout = rollout == null ? a : multiply(a, rollout);
        }
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) weights[i] = receivedPerKey(rollout[i], lengths[i]);
        return new Result(probabilities(activations.get("output")), weights);
    }

    /** How many self-attention blocks the network has (attention1, attention2, …). */
    static int blocks(ComputationGraph net) {
        int b = 0;
        while (net.getVertex("attention" + (b + 1)) != null) b++;
        return b;
    }

    /** The vertex whose activation is block {@code b}'s input. */
    static String blockInput(int b) {
        return b == 1 ? "embedded" : "block" + (b - 1);
    }

    /**
     * Block {@code b}'s attention op run again on {@code input} [texts, embedding, time]: {output [texts, embedding,
     * time], weights [texts, heads, key, query]}. Output 0 equals the layer's own activation.
     */
    static INDArray[] recompute(ComputationGraph net, int b, INDArray input, INDArray mask) {
        Map<String, INDArray> p = net.getLayer("attention" + b).paramTable();
        MultiHeadDotProductAttention op = new MultiHeadDotProductAttention(input, input, input, p.get("Wq"), p.get("Wk"),
                p.get("Wv"), p.get("Wo"), mask, true, true);
        return Nd4j.exec(op);
    }

    /** attention[text][query][key], averaged over heads, from the op's flat [text, head, key, query] weights. */
    private static double[][][] headMean(float[] w, int n, int heads, int t) {
        double[][][] a = new double[n][t][t];
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < heads; h++) {
                int base = (i * heads + h) * t * t;
                for (int k = 0; k < t; k++) for (int q = 0; q < t; q++) a[i][q][k] += w[base + k * t + q] / (double) heads;
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

    private static double[][] probabilities(INDArray output) {
        int n = (int) output.size(0), k = (int) output.size(1);
        float[] flat = output.dup('c').data().asFloat();
        double[][] out = new double[n][k];
        for (int i = 0; i < n; i++) for (int c = 0; c < k; c++) out[i][c] = flat[i * k + c];
        return out;
    }
}
