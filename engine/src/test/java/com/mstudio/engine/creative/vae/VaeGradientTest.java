package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork.StepLosses;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written backward passes against central finite differences of the loss: for every weight tensor, the entry
 * with the largest analytic gradient (a wrong index, transpose or missing term shows there first) and one fixed entry.
 * In float32 the loss (a sum over 784 pixels) carries about 0.02 of noise into a difference quotient, hence the tolerance.
 */
class VaeGradientTest {
    private static final double H = 1e-2;

    @Test
    void classicVaeGradientsMatchFiniteDifferences() {
        checkGradients(CreativePreset.CLASSIC_VAE, ImageShape.GREY_28, 0);
    }

    @Test
    void conditionalClassicVaeGradientsMatchFiniteDifferences() {
        checkGradients(CreativePreset.CLASSIC_VAE, ImageShape.GREY_28, 3);
    }

    static void checkGradients(CreativePreset preset, ImageShape shape, int classes) {
        CreativeRequest request = CreativeRequest.defaults(preset).withSeed(7);
        VaeNetwork net = (VaeNetwork) VaeNetworks.create(request, shape, classes);
        INDArray images = VaeTestData.randomImages(3, shape, 11);
        INDArray labels = classes > 0 ? VaeTestData.oneHot(new int[]{0, 2, 1}, classes) : null;
        net.lossAndGradients(images, labels);
        Params p = net.params;
        int checked = 0;
        for (int t = 0; t < p.tensors(); t++) {
            INDArray grad = p.grad(t).dup().reshape(p.grad(t).length());
            long largest = Nd4j.argMax(Nd4j.math().abs(grad.dup())).getLong(0);
            for (long index : new long[]{largest, grad.length() / 3}) {
                double analytic = grad.getDouble(index);
                double numeric = numericGradient(net, p.value(t), index, images, labels);
                String where = preset + " tensor " + t + " entry " + index;
                System.out.printf("%s: analytic %.5f numeric %.5f%n", where, analytic, numeric);
                assertEquals(numeric, analytic, 0.03 * Math.max(Math.abs(numeric), Math.abs(analytic)) + 0.05, where);
                checked++;
            }
        }
        assertTrue(checked >= 2 * 6, "every tensor checked");
    }

    private static double numericGradient(VaeNetwork net, INDArray tensor, long index, INDArray images, INDArray labels) {
        INDArray flat = tensor.reshape(tensor.length());
        double original = flat.getDouble(index);
        flat.putScalar(index, original + H);
        double plus = total(net.lossAndGradients(images, labels));
        flat.putScalar(index, original - H);
        double minus = total(net.lossAndGradients(images, labels));
        flat.putScalar(index, original);
        return (plus - minus) / (2 * H);
    }

    private static double total(StepLosses losses) {
        return losses.first() + losses.second();
    }
}
