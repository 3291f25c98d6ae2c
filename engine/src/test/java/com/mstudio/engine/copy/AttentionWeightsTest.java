package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest.AttentionSettings;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The attention weights are the network's own: an independent, naive reference forward pass (double precision, loops
 * straight from the definition) gives the same attention matrices as the pass the model ran, and, when its blocks mix
 * the values with those matrices, the same class probabilities; the weights sum to 1 over each text's real tokens
 * (padding gets none), for one block and for the rollout over two.
 */
class AttentionWeightsTest {
    /** Three texts of different lengths in one padded batch, ids from a vocabulary of 30. */
    static final int[][] IDS = {{5, 6, 7, 8, 9, 10, 0, 0}, {11, 1, 12, 0, 0, 0, 0, 0}, {13, 14, 15, 16, 17, 18, 19, 20}};
    static final int[] LENGTHS = {6, 3, 8};

    @Test
    void theAttentionIsTheOneTheForwardPassUsedForItsOutput() {
        for (int blocks = 1; blocks <= 2; blocks++) {
            AttentionModel net = trained(blocks);
            TokenBatch batch = batch();
            AttentionPass pass = net.evaluate(batch);
            double[][] reference = Reference.probabilities(net.parameters, batch, pass.attention);
            for (int i = 0; i < 3; i++) {
                for (int c = 0; c < 2; c++) assertEquals(reference[i][c], pass.probabilities[i * 2 + c], 1e-5, "text " + i);
            }
            assertTrue(Math.abs(reference[0][0] - 0.5) > 1e-3, "a trained, not a uniform, output");
        }
    }

    /** Long texts take the native attention core ({@link NativeAttention}): the same attention and output. */
    @Test
    void theNativeCoreOfLongTextsGivesTheSameAttentionAndOutput() {
        CopyBatches.Sequences texts = AttentionModelTest.longTexts();
        for (int blocks = 1; blocks <= 2; blocks++) {
            AttentionModel net = AttentionModel.create(12, texts.maxLength(), 3,
                    new AttentionSettings(8, 2, blocks, 0.1, 1e-2, 4, 1, 1), 5);
            for (int i = 0; i < 5; i++) net.fit(texts, CopyBatches.identity(4), 0, 4);
            TokenBatch batch = texts.tokens(CopyBatches.identity(4), 0, 4);
            assertTrue(batch.length() >= NativeAttention.FROM_LENGTH);
            AttentionPass pass = net.evaluate(batch);
            double[][] reference = Reference.probabilities(net.parameters, batch, pass.attention);
            for (int i = 0; i < 4; i++) {
                for (int c = 0; c < 3; c++) assertEquals(reference[i][c], pass.probabilities[i * 3 + c], 1e-5, "text " + i);
            }
        }
    }

    @Test
    void weightsSumToOneOverTheRealTokensAndMatchTheNetworksOutput() {
        for (int blocks = 1; blocks <= 2; blocks++) {
            AttentionModel net = trained(blocks);
            AttentionWeights.Result r = AttentionWeights.of(net, batch(), LENGTHS);
            double[][] p = CopyProbabilities.of(net, sequences());
            for (int i = 0; i < LENGTHS.length; i++) {
                assertEquals(LENGTHS[i], r.weights()[i].length);
                double sum = 0;
                for (double w : r.weights()[i]) {
                    assertTrue(w >= 0, "attention is a share");
                    sum += w;
                }
                assertEquals(1.0, sum, 1e-4, "text " + i + " with " + blocks + " block(s)");
                assertArrayEquals(p[i], r.probabilities()[i], 1e-6, "the same forward pass as classifying");
            }
            // not uniform: the weights come from the learned projections, not from the mask alone
            double spread = 0;
            for (double w : r.weights()[2]) spread = Math.max(spread, Math.abs(w - 1.0 / 8));
            assertTrue(spread > 1e-4, "spread " + spread);
        }
    }

    /** A few steps of training, so that the attention is not what the initial weights happen to give. */
    private static AttentionModel trained(int blocks) {
        AttentionModel net = AttentionModel.create(30, 8, 2, new AttentionSettings(16, 4, blocks, 0.1, 1e-2, 8, 1, 1), 11);
        CopyBatches.Sequences data = new CopyBatches.Sequences(IDS, LENGTHS, 8, new int[] {0, 1, 1}, 2);
        for (int i = 0; i < 10; i++) net.fit(data, CopyBatches.identity(3), 0, 3);
        return net;
    }

    private static CopyBatches.Sequences sequences() {
        return new CopyBatches.Sequences(IDS, LENGTHS, 8, new int[3], 2);
    }

    private static TokenBatch batch() {
        return sequences().tokens(CopyBatches.identity(3), 0, 3);
    }

    /** The network's forward pass written from its definition, in double precision, one text at a time. */
    static final class Reference {
        /**
         * Checks each block's attention against its own softmax(q·kᵀ/√d) over the real keys, then mixes the values
         * with the model's matrices and runs the rest of the network.
         */
        static double[][] probabilities(AttentionParameters p, TokenBatch batch, float[][] attention) {
            AttentionShape s = p.shape;
            int e = s.embedding(), heads = s.heads(), d = s.headSize(), t = batch.length(), k = s.classes();
            double[][] out = new double[batch.texts()][k];
            for (int i = 0; i < batch.texts(); i++) {
                double[][] x = new double[t][e];
                for (int q = 0; q < t; q++) {
                    for (int j = 0; j < e; j++) {
                        x[q][j] = p.w[p.tokens + batch.ids()[i * t + q] * e + j] + p.w[p.positions + q * e + j];
                    }
                }
                for (int b = 0; b < s.blocks(); b++) {
                    double[][] y = times(x, p.w, p.qkv[b], 3 * e);
                    double[][] mixed = new double[t][e];
                    for (int h = 0; h < heads; h++) {
                        for (int q = 0; q < t; q++) {
                            double[] score = new double[t];
                            double max = Double.NEGATIVE_INFINITY, sum = 0;
                            for (int kk = 0; kk < t; kk++) {
                                if (batch.mask()[i * t + kk] == 0) continue;
                                for (int c = 0; c < d; c++) score[kk] += y[q][h * d + c] * y[kk][e + h * d + c] / Math.sqrt(d);
                                max = Math.max(max, score[kk]);
                            }
                            for (int kk = 0; kk < t; kk++) {
                                if (batch.mask()[i * t + kk] != 0) sum += Math.exp(score[kk] - max);
                            }
                            for (int kk = 0; kk < t; kk++) {
                                double own = batch.mask()[i * t + kk] == 0 ? 0 : Math.exp(score[kk] - max) / sum;
                                double used = attention[b][((i * heads + h) * t + q) * t + kk];
                                assertEquals(own, used, 1e-5, "block " + b + " text " + i + " head " + h);
                                for (int c = 0; c < d; c++) mixed[q][h * d + c] += used * y[kk][2 * e + h * d + c];
                            }
                        }
                    }
                    double[][] projected = times(mixed, p.w, p.projection[b], e);
                    for (int q = 0; q < t; q++) for (int j = 0; j < e; j++) x[q][j] += projected[q][j];
                }
                double[][] pooled = new double[1][e];
                int real = 0;
                for (int q = 0; q < t; q++) {
                    if (batch.mask()[i * t + q] == 0) continue;
                    real++;
                    for (int j = 0; j < e; j++) pooled[0][j] += x[q][j];
                }
                for (int j = 0; j < e; j++) pooled[0][j] /= real;
                double[] hidden = times(pooled, p.w, p.dense, e)[0];
                for (int j = 0; j < e; j++) hidden[j] = Math.max(0, hidden[j] + p.w[p.denseBias + j]);
                double[] z = times(new double[][] {hidden}, p.w, p.output, k)[0];
                double sum = 0;
                for (int c = 0; c < k; c++) sum += Math.exp(z[c] + p.w[p.outputBias + c]);
                for (int c = 0; c < k; c++) out[i][c] = Math.exp(z[c] + p.w[p.outputBias + c]) / sum;
            }
            return out;
        }

        /** rows × the [in × cols] matrix stored row-major at {@code w[at]}. */
        private static double[][] times(double[][] rows, float[] w, int at, int cols) {
            int in = rows[0].length;
            double[][] out = new double[rows.length][cols];
            for (int r = 0; r < rows.length; r++) {
                for (int j = 0; j < cols; j++) for (int c = 0; c < in; c++) out[r][j] += rows[r][c] * w[at + c * cols + j];
            }
            return out;
        }
    }
}
