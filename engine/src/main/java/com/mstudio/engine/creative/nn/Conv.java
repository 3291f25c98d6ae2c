package com.mstudio.engine.creative.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * A 4×4 stride-2 convolution (halves the size) or transposed convolution (doubles it), padding 1, NCHW, as one BLAS
 * product per pass over patch rows ({@link Patches}). libnd4j's conv2d/deconv2d ops and their _bp ops did the same
 * job about ten times slower here (600 ms a step for the 32×32 colour VAE at batch 128, most of it outside BLAS).
 *
 * <p>Weights: a convolution keeps {@code [in·16, out]} (patch of the input → output channel); a transposed one keeps
 * {@code [out·16, in]}, the matrix of the convolution it is the transpose of.
 */
public final class Conv {
    public final boolean transposed;
    public final int in;
    public final int out;
    private final int weights;
    private final int bias; // -1: none (a batch norm follows and would cancel it)

    /** Scratch arrays of one layer for one batch size and input side. */
    public static final class Work {
        final INDArray cols; // convolution: input patches (kept for the weight gradient); transposed: output patches
        final INDArray rows; // convolution: output (and its gradient) per position; transposed: input per position (kept)
        final INDArray gradRows; // transposed only: input gradient per position
        final Parallel parallel; // splits the loops around the products

        Work(INDArray cols, INDArray rows, INDArray gradRows, Parallel parallel) {
            this.cols = cols;
            this.rows = rows;
            this.gradRows = gradRows;
            this.parallel = parallel;
        }
    }

    private Conv(Params.Layout layout, boolean transposed, int in, int out, boolean withBias) {
        this.transposed = transposed;
        this.in = in;
        this.out = out;
        int k2 = Patches.K * Patches.K;
        weights = transposed ? layout.add((long) out * k2, in) : layout.add((long) in * k2, out);
        bias = withBias ? layout.add(out) : -1;
    }

    /** Halves the width and height: {@code [b, in, s, s]} → {@code [b, out, s/2, s/2]}. */
    public static Conv down(Params.Layout layout, int in, int out) {
        return new Conv(layout, false, in, out, true);
    }

    /** Doubles the width and height: {@code [b, in, s, s]} → {@code [b, out, 2s, 2s]}. */
    public static Conv up(Params.Layout layout, int in, int out) {
        return new Conv(layout, true, in, out, true);
    }

    /** {@link #down} or {@link #up} without a bias: for a layer a batch norm follows, whose shift would cancel it. */
    public static Conv withoutBias(Params.Layout layout, boolean transposed, int in, int out) {
        return new Conv(layout, transposed, in, out, false);
    }

    /** Scratch for a batch of {@code batch} inputs of side {@code side}. */
    public Work work(int batch, int side) {
        return work(batch, side, Parallel.SERIAL);
    }

    /** Scratch for a batch of {@code batch} inputs of side {@code side}, its loops split over {@code parallel}. */
    public Work work(int batch, int side, Parallel parallel) {
        int k2 = Patches.K * Patches.K;
        if (!transposed) {
            long positions = (long) batch * (side / 2) * (side / 2);
            return new Work(floats(positions, (long) in * k2), floats(positions, out), null, parallel);
        }
        long positions = (long) batch * side * side;
        return new Work(floats(positions, (long) out * k2), floats(positions, in), floats(positions, in), parallel);
    }

    private static INDArray floats(long rows, long cols) {
        return Nd4j.zeros(DataType.FLOAT, rows, cols);
    }

    /** He-uniform on the fan-in, zero bias. */
    public void init(Params p, SplittableRandom rng) {
        // a stride-2 transposed kernel reaches each output pixel from a quarter of its taps
        int fanIn = Patches.K * Patches.K * in / (transposed ? 4 : 1);
        Dense.fillUniform(p.value(weights), rng, Math.sqrt(6.0 / fanIn));
    }

    /** Weights N(0, std²) (the DCGAN paper's 0.02), zero bias. */
    public void initNormal(Params p, SplittableRandom rng, double std) {
        Dense.fillNormal(p.value(weights), rng, std);
    }

    public void forward(Params p, Work w, INDArray x, INDArray result) {
        forward(p, w, x, result, 1f);
    }

    /**
     * {@link #forward(Params, Work, INDArray, INDArray)} followed by the activation {@code max(v, slope·v)} (0.2: LeakyReLU;
     * 1: none), in the pass that lays the product out as maps. Convolutions only; a transposed one takes no activation.
     */
    public void forward(Params p, Work w, INDArray x, INDArray result, float slope) {
        if (!transposed) {
            Patches.im2col(x, w.cols, w.parallel);
            Nd4j.gemm(w.cols, p.value(weights), w.rows, false, false, 1.0, 0.0);
            Patches.rowsToMaps(w.rows, result, bias < 0 ? null : p.value(bias), slope, w.parallel);
        } else {
            if (slope != 1f) throw new IllegalArgumentException("a transposed convolution takes no activation here");
            Patches.mapsToRows(x, w.rows, null, 1f, null, w.parallel);
            Nd4j.gemm(w.rows, p.value(weights), w.cols, false, true, 1.0, 0.0);
            Patches.col2im(w.cols, result, bias < 0 ? null : p.value(bias), w.parallel);
        }
    }

    /**
     * Weight and bias gradients into {@code p}, and the input's gradient into {@code gradIn} unless it is null (the
     * first layer's input is the image). Uses what {@link #forward} left in {@code w}.
     */
    public void backward(Params p, Work w, INDArray gradOut, INDArray gradIn) {
        backward(p, w, gradOut, gradIn, true);
    }

    /**
     * {@link #backward}, optionally without the weight and bias gradients: a GAN's generator step needs only the
     * discriminator's input gradient, and the weight product is as large as the input one.
     */
    public void backward(Params p, Work w, INDArray gradOut, INDArray gradIn, boolean withWeights) {
        backward(p, w, gradOut, null, 1f, gradIn, withWeights);
    }

    /**
     * {@link #backward(Params, Work, INDArray, INDArray, boolean)} from the gradient of the activation that
     * {@link #forward(Params, Work, INDArray, INDArray, float)} applied: {@code activation} is its output (its sign is
     * all the backward pass needs; null: none), {@code gradOut} the gradient there. The activation's backward pass, the
     * layout as rows and the bias's gradient are one pass. Convolutions only.
     */
    public void backward(Params p, Work w, INDArray gradOut, INDArray activation, float slope, INDArray gradIn,
                         boolean withWeights) {
        if (!transposed) {
            double[] biasSums = withWeights && bias >= 0 ? new double[out] : null;
            Patches.mapsToRows(gradOut, w.rows, activation, slope, biasSums, w.parallel);
            if (withWeights) {
                Nd4j.gemm(w.cols, w.rows, p.grad(weights), true, false, 1.0, 0.0);
                if (biasSums != null) {
                    java.nio.FloatBuffer g = Kernels.floats(p.grad(bias));
                    for (int c = 0; c < out; c++) g.put(c, (float) biasSums[c]);
                }
            }
            if (gradIn != null) {
                Nd4j.gemm(w.rows, p.value(weights), w.cols, false, true, 1.0, 0.0); // patches no longer needed
                Patches.col2im(w.cols, gradIn, null, w.parallel);
            }
        } else {
            if (activation != null) throw new IllegalArgumentException("a transposed convolution takes no activation here");
            Patches.im2col(gradOut, w.cols, w.parallel);
            if (withWeights) {
                Nd4j.gemm(w.cols, w.rows, p.grad(weights), true, false, 1.0, 0.0);
                if (bias >= 0) Patches.channelSums(gradOut, p.grad(bias));
            }
            if (gradIn != null) {
                Nd4j.gemm(w.cols, p.value(weights), w.gradRows, false, false, 1.0, 0.0);
                Patches.rowsToMaps(w.gradRows, gradIn, null, 1f, w.parallel);
            }
        }
    }
}
