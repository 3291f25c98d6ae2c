package com.mstudio.engine.creative.gan;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The GAN's loss stays a number when the discriminator is certain (logits far beyond float's exp range). */
class OpsTest {
    @Test
    void softPlusOfALargeLogitIsTheLogitItselfNotInfinity() {
        INDArray in = Nd4j.createFromArray(new float[] {-200f, -3f, 0f, 3f, 95f, 200f});
        INDArray out = Nd4j.create(DataType.FLOAT, 6);
        Ops.softPlus(in, out);
        float[] got = out.toFloatVector();
        assertEquals(0, got[0], 1e-30);
        assertEquals(Math.log1p(Math.exp(-3)), got[1], 1e-6);
        assertEquals(Math.log(2), got[2], 1e-6);
        assertEquals(3 + Math.log1p(Math.exp(-3)), got[3], 1e-5);
        assertEquals(95, got[4], 1e-4);
        assertEquals(200, got[5], 1e-4);
    }
}
