package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.nn.Params;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written DCGAN passes (convolutions, batch norm per half, LeakyReLU, D's input gradient into G, the label
 * planes and G's label input) against central finite differences, on a narrow conditional DCGAN at 28×28 grey and at
 * 64×64 colour (one more stage). The networks compute in float, so the check takes each tensor's largest gradients,
 * where a difference quotient in float is accurate to a few percent, plus one directional derivative over all weights.
 */
class DcganGradientTest {
    private static final int BATCH = 3;
    private static final int CLASSES = 2;
    private static final double H = 1e-4; // batch norm over 3 images bends the loss fast: 1e-3 was already too coarse

    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    @Test
    void greyDiscriminatorAndGeneratorGradientsMatchFiniteDifferences() {
        check(ImageShape.GREY_28, 4);
    }

    @Test
    void colourSixtyFourGradientsMatchFiniteDifferences() {
        check(ImageShape.COLOUR_64, 2);
    }

    private static void check(ImageShape shape, int width) {
        Dcgan gan = new Dcgan(new DcganArchitecture(shape, 4, CLASSES, width), 2e-4, 5);
        DcganStep s = gan.stepFor(BATCH);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, BATCH, CLASSES);
        for (int i = 0; i < BATCH; i++) labels.putScalar(i, i % CLASSES, 1);
        Nd4j.getRandom().setSeed(3);
        s.load(Nd4j.rand(DataType.FLOAT, BATCH, shape.size()), labels);
        s.g.z.assign(Nd4j.randn(DataType.FLOAT, BATCH, 4));

        // D: the fakes are an input of D's loss, so they stay fixed while D's weights move.
        gan.generatorForward(s);
        check(gan.discriminator().params, () -> gan.discriminatorGradients(s), "D " + shape.describe());
        // G: the loss runs G, then D on the fakes; D's weights stay fixed while G's move.
        check(gan.generator().params, () -> {
            gan.generatorForward(s);
            return gan.generatorGradients(s);
        }, "G " + shape.describe());
    }

    private static void check(Params p, DoubleSupplier loss, String name) {
        loss.getAsDouble();
        INDArray[] grads = new INDArray[p.tensors()]; // at the unperturbed weights: the loop's last loss had one moved
        for (int t = 0; t < grads.length; t++) grads[t] = p.grad(t).dup().reshape(p.grad(t).length());
        int checked = 0;
        for (int t = 0; t < p.tensors(); t++) {
            INDArray grad = grads[t];
            long index = Nd4j.math().abs(grad.dup()).argMax().getLong(0);
            double analytic = grad.getDouble(index);
            if (Math.abs(analytic) < 2e-3) continue; // a bias before batch norm has none; float can't resolve tiny ones
            INDArray flat = p.value(t).reshape(p.value(t).length());
            double original = flat.getDouble(index);
            flat.putScalar(index, original + H);
            double plus = loss.getAsDouble();
            flat.putScalar(index, original - H);
            double minus = loss.getAsDouble();
            flat.putScalar(index, original);
            double numeric = (plus - minus) / (2 * H);
            System.out.printf("%s tensor %d entry %d: analytic %.6f numeric %.6f%n", name, t, index, analytic, numeric);
            assertEquals(numeric, analytic, 0.05 * Math.abs(analytic) + 1e-3, name + " tensor " + t);
            checked++;
        }
        assertTrue(checked >= p.tensors() / 2, name + ": checked " + checked + " of " + p.tensors() + " tensors");

        // All weights at once along the gradient: (L(w + h·ĝ) − L(w − h·ĝ)) / 2h must be |g|.
        loss.getAsDouble();
        INDArray[] g = new INDArray[p.tensors()];
        double norm = 0;
        for (int t = 0; t < g.length; t++) {
            g[t] = p.grad(t).dup();
            norm += g[t].norm2Number().doubleValue() * g[t].norm2Number().doubleValue();
        }
        norm = Math.sqrt(norm);
        for (int t = 0; t < g.length; t++) p.value(t).addi(g[t].mul(H / norm));
        double plus = loss.getAsDouble();
        for (int t = 0; t < g.length; t++) p.value(t).subi(g[t].mul(2 * H / norm));
        double minus = loss.getAsDouble();
        for (int t = 0; t < g.length; t++) p.value(t).addi(g[t].mul(H / norm));
        double directional = (plus - minus) / (2 * H);
        System.out.printf("%s along the gradient: |g| %.6f, difference quotient %.6f%n", name, norm, directional);
        assertTrue(norm > 1e-2, name + ": the gradient is not about zero");
        assertEquals(norm, directional, 0.03 * norm, name + ": the derivative along the gradient is its length");
    }
}
