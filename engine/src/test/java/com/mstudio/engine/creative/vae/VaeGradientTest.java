package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork.StepLosses;
import com.mstudio.engine.creative.nn.Params;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-written backward passes against central finite differences of the loss: for every weight tensor, the two
 * entries with the largest analytic gradients (a wrong index, transpose or missing term shows there first; small entries
 * drown in the ReLU kinks crossed within ±H and in float noise).
 * In float32 the loss (a sum over 784 pixels) carries about 0.05 of noise into a difference
 * quotient, hence the tolerance.
 */
class VaeGradientTest {
    private static final double H = 5e-3;

    @Test
    void classicVaeGradientsMatchFiniteDifferences() {
        checkGradients(CreativePreset.CLASSIC_VAE, ImageShape.GREY_28, 0);
    }

    @Test
    void conditionalClassicVaeGradientsMatchFiniteDifferences() {
        checkGradients(CreativePreset.CLASSIC_VAE, ImageShape.GREY_28, 3);
    }

    @Test
    void convolutionalVaeGradientsMatchFiniteDifferences() {
        checkGradients(CreativePreset.CONV_VAE, ImageShape.GREY_28, 0);
    }

    @Test
    void conditionalColourConvolutionalVaeGradientsMatchFiniteDifferences() {
        checkGradients(CreativePreset.CONV_VAE, ImageShape.COLOUR_32, 3);
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
            for (long index : largestEntries(grad, 2)) {
                double analytic = grad.getDouble(index);
                double numeric = numericGradient(net, p.value(t), index, images, labels);
                String where = preset + " tensor " + t + " entry " + index;
                System.out.printf("%s: analytic %.5f numeric %.5f%n", where, analytic, numeric);
                assertEquals(numeric, analytic, 0.05 * Math.max(Math.abs(numeric), Math.abs(analytic)) + 0.15, where);
                checked++;
            }
        }
        assertTrue(checked >= 2 * 6, "every tensor checked");
    }

    private static long[] largestEntries(INDArray grad, int k) {
        double[] magnitudes = Nd4j.math().abs(grad.dup()).toDoubleVector();
        return java.util.stream.IntStream.range(0, magnitudes.length).boxed()
                .sorted((a, b) -> Double.compare(magnitudes[b], magnitudes[a]))
                .limit(k).mapToLong(Integer::longValue).toArray();
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
