package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.ImageShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written backward pass against central finite differences, in double precision on a small conditional GAN
 * (8×8 grey images would not be allowed by the preset, but the networks themselves take any size).
 */
class ClassicGanGradientTest {
    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    private static final int BATCH = 5;
    private static final int CLASSES = 3;

    @Test
    void discriminatorAndGeneratorGradientsMatchFiniteDifferences() {
        ClassicGan gan = new ClassicGan(new ImageShape(4, 4, 1), 6, CLASSES, 1e-3, 7, DataType.DOUBLE);
        ClassicGanScratch s = gan.scratchFor(BATCH);
        INDArray images = Nd4j.rand(DataType.DOUBLE, BATCH, 16);
        INDArray labels = Nd4j.zeros(DataType.DOUBLE, BATCH, CLASSES);
        for (int i = 0; i < BATCH; i++) labels.putScalar(i, i % CLASSES, 1);
        s.loadReal(images, labels);
        s.z.assign(Nd4j.randn(DataType.DOUBLE, BATCH, 6));

        // D: the fakes are an input of D's loss, so they stay fixed while D's weights move.
        gan.generatorForward(s);
        gan.discriminatorGradients(s);
        check(gan.discriminatorParams(), () -> gan.discriminatorGradients(s), "D");

        // G: the loss runs G forward, then D; D's weights stay fixed while G's move.
        DoubleSupplier gLoss = () -> {
            gan.generatorForward(s);
            return gan.generatorGradients(s);
        };
        gLoss.getAsDouble();
        check(gan.generatorParams(), gLoss, "G");
    }

    private static void check(FlatParameters net, DoubleSupplier loss, String name) {
        INDArray analytic = net.gradients().dup();
        INDArray p = net.params();
        double eps = 1e-6;
        int checked = 0;
        double worst = 0;
        for (long i = 0; i < p.length(); i += Math.max(1, p.length() / 150)) {
            double original = p.getDouble(i);
            p.putScalar(i, original + eps);
            double plus = loss.getAsDouble();
            p.putScalar(i, original - eps);
            double minus = loss.getAsDouble();
            p.putScalar(i, original);
            double numeric = (plus - minus) / (2 * eps);
            double a = analytic.getDouble(i);
            double error = Math.abs(numeric - a) / Math.max(1e-4, Math.abs(numeric) + Math.abs(a));
            worst = Math.max(worst, error);
            checked++;
        }
        loss.getAsDouble(); // leave the gradients as they were
        assertTrue(checked > 60, name + ": checked " + checked);
        assertTrue(worst < 1e-4, name + " gradients differ from finite differences: worst relative error " + worst);
        assertEquals(analytic.sumNumber().doubleValue(), net.gradients().sumNumber().doubleValue(), 1e-9);
    }
}
