package com.mstudio.engine.creative.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/**
 * A fully connected layer {@code out = x·W + y·S + b}, where the optional side input {@code y} is a one-hot class label
 * (the conditional VAE): a second small product instead of copying x and y into one concatenated array every step.
 * Forward and backward write into arrays the caller preallocated; the gradients go into the shared {@link Params}.
 */
public final class Dense {
    public final int in;
    public final int side;
    public final int out;
    private final int weights;
    private final int sideWeights;
    private final int bias;

    public Dense(Params.Layout layout, int in, int side, int out) {
        this.in = in;
        this.side = side;
        this.out = out;
        weights = layout.add(in, out);
        sideWeights = side > 0 ? layout.add(side, out) : -1;
        bias = layout.add(out);
    }

    /**
     * Zero bias and uniform weights from the caller's seeded generator: He's range when a ReLU follows, Glorot's for the
     * layers that feed a sigmoid or the latent head (He's wider range there left per-pixel speckle in early samples).
     * The label weights start at the scale of a label embedding (standard deviation 1, about what the whole of x adds
     * to a unit): a one-hot row switches on one weight per unit while x adds up {@code in} of them, so at He scale the
     * label moved each unit some √in times less than x did and the CVAE leaned on z instead ("Bag" still drew sweaters).
     */
    public void init(Params p, SplittableRandom rng, boolean reluFollows) {
        double limit = reluFollows ? Math.sqrt(6.0 / (in + side)) : Math.sqrt(6.0 / (in + side + out));
        fillUniform(p.value(weights), rng, limit);
        if (side > 0) fillUniform(p.value(sideWeights), rng, Math.sqrt(3)); // U(-a, a) has deviation a/√3
    }

    /** Weights N(0, std²) and zero bias; the side (label) weights N(0, sideStd²). For the DCGAN (its paper's 0.02). */
    public void initNormal(Params p, SplittableRandom rng, double std, double sideStd) {
        fillNormal(p.value(weights), rng, std);
        if (side > 0) fillNormal(p.value(sideWeights), rng, sideStd);
    }

    static void fillNormal(INDArray target, SplittableRandom rng, double std) {
        float[] v = new float[(int) target.length()];
        for (int i = 0; i < v.length; i++) v[i] = (float) (rng.nextGaussian() * std);
        target.assign(Nd4j.createFromArray(v).reshape(target.shape()));
    }

    static void fillUniform(INDArray target, SplittableRandom rng, double limit) {
        float[] v = new float[(int) target.length()];
        for (int i = 0; i < v.length; i++) v[i] = (float) ((rng.nextDouble() * 2 - 1) * limit);
        target.assign(Nd4j.createFromArray(v).reshape(target.shape()));
    }

    public void forward(Params p, INDArray x, INDArray y, INDArray result) {
        Nd4j.gemm(x, p.value(weights), result, false, false, 1.0, 0.0);
        if (side > 0) Nd4j.gemm(y, p.value(sideWeights), result, false, false, 1.0, 1.0);
        result.addiRowVector(p.value(bias));
    }

    /**
     * Gradients of W, S and b from {@code gradOut}, and the gradient of x into {@code gradIn} unless it is null (the
     * first layer needs none: that skips the largest product of the step).
     */
    public void backward(Params p, INDArray x, INDArray y, INDArray gradOut, INDArray gradIn) {
        Nd4j.gemm(x, gradOut, p.grad(weights), true, false, 1.0, 0.0);
        if (side > 0) Nd4j.gemm(y, gradOut, p.grad(sideWeights), true, false, 1.0, 0.0);
        gradOut.sum(p.grad(bias), 0);
        if (gradIn != null) backwardInput(p, gradOut, gradIn);
    }

    /** Only the gradient of x: for a GAN's generator step, which goes back through the discriminator without changing it. */
    public void backwardInput(Params p, INDArray gradOut, INDArray gradIn) {
        Nd4j.gemm(gradOut, p.value(weights), gradIn, false, true, 1.0, 0.0);
    }
}
