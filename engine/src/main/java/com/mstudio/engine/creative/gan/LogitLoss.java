package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Binary cross-entropy on a logit a (D's output before the sigmoid), stable for any a: softplus(−a) for "real", softplus(a) for "fake". */
final class LogitLoss {
    private LogitLoss() {
    }

    /** Mean over the batch. */
    static double loss(INDArray logits, boolean real) {
        INDArray signed = real ? logits.neg() : logits.dup();
        return Transforms.softPlus(signed, false).sumNumber().doubleValue() / logits.size(0);
    }

    /** dLoss/da summed over the batch (not divided: DL4J's updater divides by the batch size): σ(a) − target. */
    static INDArray error(INDArray logits, boolean real) {
        INDArray e = Transforms.sigmoid(logits, true);
        return real ? e.subi(1) : e;
    }
}
