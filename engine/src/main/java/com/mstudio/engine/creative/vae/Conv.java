package com.mstudio.engine.creative.vae;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * A 4×4 stride-2 convolution (halves the size) or transposed convolution (doubles it), padding 1, NCHW, run as
 * libnd4j's conv2d / deconv2d ops and their _bp ops straight into preallocated arrays. The DL4J layers wrap the same
 * native ops but add per-step workspace, reshape and listener overhead we do not need.
 */
final class Conv {
    private static final int KERNEL = 4;
    /** kH, kW, sH, sW, pH, pW, dH, dW, same-mode 0, NCHW 0, weight format 0 ([kH, kW, in, out] / deconv [kH, kW, out, in]). */
    private static final int[] ARGS = {KERNEL, KERNEL, 2, 2, 1, 1, 1, 1, 0, 0, 0};

    final boolean transposed;
    final int in;
    final int out;
    private final int weights;
    private final int bias;

    private Conv(Params.Layout layout, boolean transposed, int in, int out) {
        this.transposed = transposed;
        this.in = in;
        this.out = out;
        weights = transposed ? layout.add(KERNEL, KERNEL, out, in) : layout.add(KERNEL, KERNEL, in, out);
        bias = layout.add(out);
    }

    /** Halves the width and height: {@code [b, in, s, s]} → {@code [b, out, s/2, s/2]}. */
    static Conv down(Params.Layout layout, int in, int out) {
        return new Conv(layout, false, in, out);
    }

    /** Doubles the width and height: {@code [b, in, s, s]} → {@code [b, out, 2s, 2s]}. */
    static Conv up(Params.Layout layout, int in, int out) {
        return new Conv(layout, true, in, out);
    }

    static int outputSide(boolean transposed, int side) {
        return transposed ? 2 * side : side / 2;
    }

    /** He-uniform on the fan-in, zero bias. */
    void init(Params p, SplittableRandom rng) {
        int fanIn = KERNEL * KERNEL * in / (transposed ? 4 : 1); // a stride-2 transposed kernel touches each output from a quarter of its taps
        Dense.fillUniform(p.value(weights), rng, Math.sqrt(6.0 / fanIn));
    }

    void forward(Params p, INDArray x, INDArray result) {
        Nd4j.exec(DynamicCustomOp.builder(transposed ? "deconv2d" : "conv2d")
                .addInputs(x, p.value(weights), p.value(bias))
                .addOutputs(result)
                .addIntegerArguments(ARGS)
                .build());
    }

    /** Weight and bias gradients into {@code p}, and the input's gradient into {@code gradIn} (never null for the op). */
    void backward(Params p, INDArray x, INDArray gradOut, INDArray gradIn) {
        Nd4j.exec(DynamicCustomOp.builder(transposed ? "deconv2d_bp" : "conv2d_bp")
                .addInputs(x, p.value(weights), p.value(bias), gradOut)
                .addOutputs(gradIn, p.grad(weights), p.grad(bias))
                .addIntegerArguments(ARGS)
                .build());
    }
}
