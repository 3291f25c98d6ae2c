package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftPlus;
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

    /** {@code log(1 + e^x)}: the binary cross-entropy of a logit, computed without overflow. */
    static void softPlus(INDArray in, INDArray out) {
        Nd4j.exec(new SoftPlus(in, out));
    }
}
