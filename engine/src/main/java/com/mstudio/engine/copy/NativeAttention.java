package com.mstudio.engine.copy;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.SubOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The core of one attention block for long texts, as batched ND4J matrix products: {@code a = softmax(q·kᵀ/√d + mask)},
 * {@code o = a·v}, and back. The Java loops of {@link AttentionPass} cost the square of the length per head and text,
 * and the JIT does not vectorise them (nor the {@code exp}); at review lengths (a hundred tokens and more) that
 * dominated the step. Here a block is about ten native ops whatever the batch, so it pays from about
 * {@link #FROM_LENGTH} tokens; shorter batches stay in Java. Same arithmetic, same layouts in and out:
 * {@code qkv} [rows × 3e], attention [text][head][query][key], mixed values [rows × e].
 */
final class NativeAttention {
    /** Batches at least this long (tokens) use this class. */
    static final int FROM_LENGTH = 32;
    /** Added to the score of a padding key: its softmax weight becomes exactly 0. */
    private static final float MASKED = -1e9f;

    private final int n;
    private final int t;
    private final int heads;
    private final int d;
    private final int e;
    private final float scale;
    private final INDArray q;
    private final INDArray k;
    private final INDArray v;
    private final INDArray a;

    /** The forward pass: fills {@code attention} and {@code mixed}, keeps what the backward pass needs. */
    NativeAttention(float[] qkv, float[] mask, int n, int t, int heads, int d, float scale, float[] attention, float[] mixed) {
        this.n = n;
        this.t = t;
        this.heads = heads;
        this.d = d;
        this.e = heads * d;
        this.scale = scale;
        q = perHead(qkv, 0);
        k = perHead(qkv, 1);
        v = perHead(qkv, 2);
        float[] bias = new float[n * heads * t];
        for (int i = 0; i < n; i++) {
            for (int h = 0; h < heads; h++) {
                for (int key = 0; key < t; key++) bias[(i * heads + h) * t + key] = mask[i * t + key] == 0f ? MASKED : 0f;
            }
        }
        INDArray scores = Nd4j.matmul(q, k, false, true, false).muli(scale);
        Nd4j.exec(new AddOp(scores, array(bias, n * heads, 1, t), scores));
        a = Nd4j.create(DataType.FLOAT, n * heads, t, t);
        Nd4j.exec(new SoftMax(scores, a, 2));
        a.data().asNioFloat().get(attention, 0, attention.length);
        toRows(Nd4j.matmul(a, v), mixed, e, 0);
    }

    /** Adds the gradients of q, k and v to {@code dQkv} [rows × 3e] from the gradient of the mixed values [rows × e]. */
    void backward(float[] dMixed, float[] dQkv) {
        INDArray dOut = perHeadOf(dMixed, e, 0);
        INDArray dA = Nd4j.matmul(dOut, v, false, true, false);
        INDArray dV = Nd4j.matmul(a, dOut, true, false, false);
        // softmax backward: ds = a ⊙ (da − Σ_key a ⊙ da), then the scale
        INDArray rowDot = a.mul(dA).sum(true, 2);
        Nd4j.exec(new SubOp(dA, rowDot, dA));
        INDArray dS = dA.muli(a).muli(scale);
        toRows(Nd4j.matmul(dS, k), dQkv, 3 * e, 0);
        toRows(Nd4j.matmul(dS, q, true, false, false), dQkv, 3 * e, e);
        toRows(dV, dQkv, 3 * e, 2 * e);
    }

    /** Part {@code part} (0 q, 1 k, 2 v) of {@code qkv} as [texts·heads, t, d]. */
    private INDArray perHead(float[] qkv, int part) {
        return perHeadOf(qkv, 3 * e, part * e);
    }

    private INDArray perHeadOf(float[] rows, int width, int offset) {
        float[] out = new float[n * heads * t * d];
        for (int i = 0; i < n; i++) {
            for (int pos = 0; pos < t; pos++) {
                int from = (i * t + pos) * width + offset;
                for (int h = 0; h < heads; h++) System.arraycopy(rows, from + h * d, out, ((i * heads + h) * t + pos) * d, d);
            }
        }
        return array(out, n * heads, t, d);
    }

    /** Adds [texts·heads, t, d] into columns {@code offset..offset+e} of {@code rows} [rows × width]. */
    private void toRows(INDArray perHead, float[] rows, int width, int offset) {
        float[] flat = new float[n * heads * t * d];
        perHead.data().asNioFloat().get(flat, 0, flat.length);
        for (int i = 0; i < n; i++) {
            for (int pos = 0; pos < t; pos++) {
                int to = (i * t + pos) * width + offset;
                for (int h = 0; h < heads; h++) {
                    int from = ((i * heads + h) * t + pos) * d;
                    for (int c = 0; c < d; c++) rows[to + h * d + c] += flat[from + c];
                }
            }
        }
    }

    private static INDArray array(float[] data, int a, int b, int c) {
        INDArray x = Nd4j.create(DataType.FLOAT, a, b, c);
        x.data().asNioFloat().put(data, 0, data.length);
        return x;
    }
}
