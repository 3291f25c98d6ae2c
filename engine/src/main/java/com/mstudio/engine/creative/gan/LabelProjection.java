package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The projection term of a class-conditional discriminator (Miyato and Koyama, "cGANs with projection discriminator",
 * 2018): {@code logit += ⟨h, V[y]⟩}, the inner product of D's hidden features with an embedding of the image's class.
 * <p>
 * WHY: with the label only at D's input, one weight per class and hidden unit against 784 pixel weights, D learned to
 * tell real from fake and all but ignored whether the image fits its label, so G got no reason to obey the label (the
 * demo model drew the same garment for every class: 11 % recognised, chance 10 %). The projection makes "does this image
 * look like class y" a direct, per-class score of D, which G then has to satisfy.
 */
final class LabelProjection {
    private final INDArray v;
    private final INDArray gv;

    LabelProjection(FlatParameters store, int classes, int hidden) {
        INDArray[] block = store.take(classes, hidden);
        v = block[0];
        gv = block[1];
    }

    static long parameterCount(int classes, int hidden) {
        return (long) classes * hidden;
    }

    void init(Random rng) {
        FlatParameters.initUniform(v, v.columns(), rng);
    }

    /** {@code logit += rowSum(h ⊙ y·V)}; {@code embedded} [rows, hidden] keeps y·V for the backward pass. */
    void forward(INDArray h, INDArray y, INDArray embedded, INDArray logit) {
        Nd4j.gemm(y, v, embedded, false, false, 1.0, 0.0);
        logit.addi(embedded.mul(h).sum(true, 1));
    }

    /**
     * For the logit's error {@code delta} [rows, 1]: adds {@code delta ⊙ y·V} to the hidden features' gradient
     * {@code dh} and, when {@code withParameters}, writes V's gradient {@code yᵀ·(delta ⊙ h)}.
     */
    void backward(INDArray h, INDArray y, INDArray embedded, INDArray delta, INDArray dh, boolean withParameters) {
        if (withParameters) Nd4j.gemm(y, h.mulColumnVector(delta), gv, true, false, 1.0, 0.0);
        dh.addi(embedded.mulColumnVector(delta));
    }
}
