package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Short real trainings on the shipped samples: the losses fall, held-out images come back, and the CVAE obeys its label. */
class VaeTrainingTest {
    private static ImageSet fashion;
    private static INDArray images;
    private static INDArray labels;
    private static INDArray heldOut;

    @BeforeAll
    static void load() {
        ImageSet sample = ImageSamples.fashion(1000);
        fashion = ImageSubsets.select(sample, VaeTestData.permutation(sample.count(), 17)); // the sample is grouped by class
        images = VaeTestData.floats(fashion);
        labels = VaeTestData.oneHot(fashion.labels(), fashion.classes().size());
        heldOut = VaeTestData.floats(ImageSamples.fashionHeldOut(200));
    }

    @Test
    void classicVaeLearnsFashionAndReconstructsHeldOutImages() {
        CreativeRequest request = CreativeRequest.defaults(CreativePreset.CLASSIC_VAE).withSeed(1);
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.GREY_28, 0);
        double untrained = reconstructionError(net, heldOut, null);
        double[] first = train(net, images, null, 64, 20);
        train(net, images, null, 64, 160);
        double[] last = train(net, images, null, 64, 20);
        double trained = reconstructionError(net, heldOut, null);
        System.out.printf("classic VAE: reconstruction %.1f -> %.1f, KL %.1f -> %.1f; held-out squared error %.1f -> %.1f%n",
                first[0], last[0], first[1], last[1], untrained, trained);
        assertTrue(last[0] < 0.75 * first[0], "reconstruction loss falls: " + first[0] + " -> " + last[0]);
        assertTrue(last[1] > 1, "the latent carries information (KL not collapsed): " + last[1]);
        assertTrue(trained < 0.5 * untrained, "held-out images come back: " + untrained + " -> " + trained);
    }

    @Test
    void conditionalVaeDrawsTheRequestedClass() {
        CreativeRequest request = CreativeRequest.defaults(CreativePreset.CLASSIC_VAE).withConditional(true).withSeed(2);
        int classes = fashion.classes().size();
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.GREY_28, classes);
        train(net, images, labels, 64, 200);
        INDArray means = classMeans();
        // One latent decoded under every label: what changes between the ten images is the label's doing alone. Its
        // pattern must match the difference between that class's real images and the average image.
        int draws = 8;
        INDArray labelEffect = Nd4j.zeros(classes, images.size(1));
        int[] everyClass = java.util.stream.IntStream.range(0, classes).toArray();
        for (int d = 0; d < draws; d++) {
            INDArray z = VaeTestData.latents(1, request.latentSize(), 100 + d).repeat(0, classes);
            INDArray drawn = net.generate(z, VaeTestData.oneHot(everyClass, classes));
            labelEffect.addi(drawn.subRowVector(drawn.mean(0)));
        }
        int right = 0;
        for (int c = 0; c < classes; c++) {
            int nearest = nearestClass(labelEffect.getRow(c), means.subRowVector(means.mean(0)));
            System.out.printf("CVAE asked for %s, the label moved the images towards %s%n", fashion.classes().get(c),
                    fashion.classes().get(nearest));
            if (nearest == c) right++;
        }
        assertTrue(right >= 7, right + " of " + classes + " classes drawn as asked");
    }

    @Test
    void convolutionalVaeLearnsColourIcons() {
        ImageSet icons = ImageSamples.icons(ImageShape.COLOUR_32);
        INDArray colour = VaeTestData.floats(icons);
        CreativeRequest request = CreativeRequest.defaults(CreativePreset.CONV_VAE).withSeed(3);
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.COLOUR_32, 0);
        double[] first = train(net, colour, null, 32, 5);
        train(net, colour, null, 32, 50);
        double[] last = train(net, colour, null, 32, 5);
        System.out.printf("conv VAE on %d icons: reconstruction %.1f -> %.1f, KL %.1f -> %.1f%n", icons.count(),
                first[0], last[0], first[1], last[1]);
        assertTrue(last[0] < 0.85 * first[0], "reconstruction loss falls: " + first[0] + " -> " + last[0]);
        assertEquals(3 * 32 * 32, net.generate(VaeTestData.latents(4, request.latentSize(), 1), null).size(1));
    }

    /** Mean (reconstruction, KL) over {@code steps} steps through consecutive batches. */
    public static double[] train(GenerativeNetwork net, INDArray x, INDArray y, int batch, int steps) {
        int n = (int) x.size(0);
        double[] sum = new double[2];
        for (int s = 0; s < steps; s++) {
            int from = (s * batch) % (n - batch + 1);
            INDArray rows = x.get(NDArrayIndex.interval(from, from + batch), NDArrayIndex.all());
            INDArray rowLabels = y == null ? null : y.get(NDArrayIndex.interval(from, from + batch), NDArrayIndex.all());
            GenerativeNetwork.StepLosses l = net.step(rows, rowLabels);
            assertTrue(l.finite(), "step " + s + " " + l);
            sum[0] += l.first() / steps;
            sum[1] += l.second() / steps;
        }
        return sum;
    }

    /** Mean squared error per image between images and their decoded latent means. */
    static double reconstructionError(GenerativeNetwork net, INDArray x, INDArray y) {
        INDArray back = net.generate(net.encode(x, y), y);
        return Nd4j.math().squaredDifference(back, x).sumNumber().doubleValue() / x.size(0);
    }

    /** The row of {@code patterns} with the highest cosine similarity to {@code vector}. */
    private static int nearestClass(INDArray vector, INDArray patterns) {
        int nearest = 0;
        double best = -2;
        for (int k = 0; k < patterns.size(0); k++) {
            INDArray p = patterns.getRow(k);
            double cosine = vector.mul(p).sumNumber().doubleValue()
                    / (vector.norm2Number().doubleValue() * p.norm2Number().doubleValue());
            if (cosine > best) {
                best = cosine;
                nearest = k;
            }
        }
        return nearest;
    }

    private static INDArray classMeans() {
        int classes = fashion.classes().size();
        INDArray means = Nd4j.zeros(classes, images.size(1));
        int[] counts = new int[classes];
        for (int i = 0; i < fashion.count(); i++) {
            means.getRow(fashion.labels()[i]).addi(images.getRow(i));
            counts[fashion.labels()[i]]++;
        }
        for (int c = 0; c < classes; c++) means.getRow(c).divi(counts[c]);
        return means;
    }
}
