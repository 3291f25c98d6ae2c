package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A fully connected layer {@code out = x·W + y·Wy + b} over views into a {@link FlatParameters}. The optional second input
 * {@code y} is the one-hot class of a conditional GAN: a separate weight block is the same as concatenating the label
 * to {@code x}, without copying {@code x} into a wider array every step.
 */
final class Dense {
    final int in;
    final int labels;
    final int out;
    private final INDArray w;
    private final INDArray gw;
    private final INDArray wy;
    private final INDArray gwy;
    private final INDArray b;
    private final INDArray gb;

    Dense(FlatParameters store, int in, int labels, int out) {
        this.in = in;
        this.labels = labels;
        this.out = out;
        INDArray[] main = store.take(in, out);
        w = main[0];
        gw = main[1];
        if (labels > 0) {
            INDArray[] lab = store.take(labels, out);
            wy = lab[0];
            gwy = lab[1];
        } else {
            wy = null;
            gwy = null;
        }
        INDArray[] bias = store.take(1, out);
        b = bias[0];
        gb = bias[1];
    }

    static long parameterCount(int in, int labels, int out) {
        return (long) (in + labels + 1) * out;
    }

    /**
     * Weights uniform in ±1/√fan-in (fan-in counts the label inputs), biases likewise, as PyTorch's nn.Linear; the label
     * weights, though, at the scale of a label embedding (uniform with standard deviation {@link #LABEL_SCALE}).
     * WHY: a one-hot row switches on one weight per output, while x adds up {@code in} of them; at ±1/√fan-in the label
     * moved each unit some √in times less than x did (0.06 against 0.55 for G's first layer), too little for training
     * to pick up before the rest had settled. At this scale the label counts about as much as the whole of x.
     */
    void init(org.nd4j.linalg.api.rng.Random rng) {
        int fanIn = in + labels;
        FlatParameters.initUniform(w, fanIn, rng);
        if (wy != null) FlatParameters.initWithin(wy, Math.sqrt(3) * LABEL_SCALE, rng); // U(-a, a) has deviation a/√3
        FlatParameters.initUniform(b, fanIn, rng);
    }

    /** The standard deviation of a label weight at the start: about that of x's summed contribution to a unit. */
    static final double LABEL_SCALE = 0.5;

    /** {@code result = x·W + y·Wy + b}; {@code y} may be null only for an unconditional layer. */
    INDArray forward(INDArray x, INDArray y, INDArray result) {
        Nd4j.gemm(x, w, result, false, false, 1.0, 0.0);
        if (wy != null) Nd4j.gemm(y, wy, result, false, false, 1.0, 1.0);
        result.addiRowVector(b);
        return result;
    }

    /**
     * Writes this layer's parameter gradients for the pre-activation gradient {@code delta} (already divided by the batch)
     * and, when {@code dx} is not null, the gradient with respect to {@code x}.
     */
    void backward(INDArray x, INDArray y, INDArray delta, INDArray dx) {
        Nd4j.gemm(x, delta, gw, true, false, 1.0, 0.0);
        if (gwy != null) Nd4j.gemm(y, delta, gwy, true, false, 1.0, 0.0);
        delta.sum(gb, 0);
        if (dx != null) Nd4j.gemm(delta, w, dx, false, true, 1.0, 0.0);
    }

    /** Only the gradient with respect to {@code x} ({@code dx = delta·Wᵀ}): for the generator's step, where D stays fixed. */
    void backwardInput(INDArray delta, INDArray dx) {
        Nd4j.gemm(delta, w, dx, false, true, 1.0, 0.0);
    }
}
