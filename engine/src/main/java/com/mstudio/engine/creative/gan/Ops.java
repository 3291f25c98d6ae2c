package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/** The element-wise ops of the hand-written GAN, each one native op writing into a preallocated array. */
final class Ops {
    private Ops() {
    }

    static void relu(INDArray in, INDArray out) {
        Nd4j.exec(new RectifiedLinear(in, out, 0.0));
    }

    /** {@code out = grad where preActivation > 0, else 0}. */
    static void reluBackward(INDArray preActivation, INDArray grad, INDArray out) {
        Nd4j.exec(new RectifiedLinearDerivative(preActivation, grad, out));
    }

    static void tanh(INDArray in, INDArray out) {
        Nd4j.exec(new Tanh(in, out));
    }

    static void sigmoid(INDArray in, INDArray out) {
        Nd4j.exec(new Sigmoid(in, out));
    }

    /**
     * {@code log(1 + e^x)}, the binary cross-entropy of a logit, as {@code max(x, 0) + log1p(e^−|x|)}. WHY not ND4J's
     * SoftPlus: it computes {@code log(1 + e^x)} as written, which is infinite in float from x ≈ 89 on. A discriminator
     * that is certain reaches such logits (seen at learning rate 0.01), and the loss then read as infinite, which
     * stopped training as if the weights were lost, though the loss is just x and the gradient is finite. The arrays
     * are one logit per image, so a Java loop costs nothing next to the products.
     */
    static void softPlus(INDArray in, INDArray out) {
        for (long i = 0, n = in.length(); i < n; i++) {
            double x = in.getDouble(i);
            out.putScalar(i, softPlus(x));
        }
    }

    /** {@code log(1 + e^x)} of one value, without overflow (the classic GAN's arrays and the DCGAN's BCE both use it). */
    static double softPlus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }
}
