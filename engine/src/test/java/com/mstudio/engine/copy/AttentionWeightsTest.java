package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest.AttentionSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The recomputed attention is the layer's own: the op run again on the layer's input with its params gives the layer's
 * activation, and the weights it yields sum to 1 over each text's real tokens (padding gets none), for one block and
 * for the rollout over two.
 */
class AttentionWeightsTest {
    /** Three texts of different lengths in one padded batch, ids from a vocabulary of 30. */
    static final int[][] IDS = {{5, 6, 7, 8, 9, 10, 0, 0}, {11, 1, 12, 0, 0, 0, 0, 0}, {13, 14, 15, 16, 17, 18, 19, 20}};
    static final int[] LENGTHS = {6, 3, 8};

    @Test
    void recomputedAttentionEqualsTheLayersOwnActivation() {
        for (int blocks = 1; blocks <= 2; blocks++) {
            ComputationGraph net = net(blocks);
            INDArray[] in = inputs();
            Map<String, INDArray> activations;
            net.setLayerMaskArrays(new INDArray[] {in[2], in[2]}, null);
            activations = net.feedForward(new INDArray[] {in[0], in[1]}, false);
            net.clearLayerMaskArrays();
            for (int b = 1; b <= blocks; b++) {
                INDArray[] again = AttentionWeights.recompute(net, b, activations.get(AttentionWeights.blockInput(b)), in[2]);
                INDArray own = activations.get("attention" + b);
                assertArrayEquals(own.shape(), again[0].shape());
                assertTrue(own.sumNumber().doubleValue() != 0, "a real activation");
                double diff = own.sub(again[0]).amaxNumber().doubleValue();
                assertTrue(diff < 1e-5, "block " + b + " of " + blocks + ": largest difference " + diff);
                assertArrayEquals(new long[] {3, 4, 8, 8}, again[1].shape(), "[texts, heads, key, query]");
            }
        }
    }

    @Test
    void weightsSumToOneOverTheRealTokensAndMatchTheNetworksOutput() {
        for (int blocks = 1; blocks <= 2; blocks++) {
            ComputationGraph net = net(blocks);
            INDArray[] in = inputs();
            AttentionWeights.Result r = AttentionWeights.of(net, in, LENGTHS);
            double[][] p = CopyProbabilities.of(net, sequences());
            for (int i = 0; i < LENGTHS.length; i++) {
                assertEquals(LENGTHS[i], r.weights()[i].length);
                double sum = 0;
                for (double w : r.weights()[i]) {
                    assertTrue(w >= 0, "attention is a share");
                    sum += w;
                }
                assertEquals(1.0, sum, 1e-4, "text " + i + " with " + blocks + " block(s)");
                assertArrayEquals(p[i], r.probabilities()[i], 1e-5, "the same forward pass as classifying");
            }
            // not uniform: the weights come from the learned projections, not from the mask alone
            double spread = 0;
            for (double w : r.weights()[2]) spread = Math.max(spread, Math.abs(w - 1.0 / 8));
            assertTrue(spread > 1e-4, "spread " + spread);
        }
    }

    private static ComputationGraph net(int blocks) {
        return AttentionNetwork.create(30, 8, 2, new AttentionSettings(16, 4, blocks, 0.1, 1e-3, 8, 1, 1), 11);
    }

    private static CopyBatches.Sequences sequences() {
        return new CopyBatches.Sequences(IDS, LENGTHS, 8, new int[3], 2);
    }

    private static INDArray[] inputs() {
        return sequences().inputs(CopyBatches.identity(3), 0, 3);
    }
}
