package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shapes, seeding and the save/restore round trip of the VAE presets, through the engine's factory. */
class VaeNetworkTest {
    private static final CreativeRequest CLASSIC = CreativeRequest.defaults(CreativePreset.CLASSIC_VAE).withSeed(5);

    @Test
    void classicVaeHasTheBriefsShapes() {
        GenerativeNetwork net = GenerativeNetworks.create(CLASSIC, ImageShape.GREY_28, 0);
        assertEquals(64, net.latentSize());
        INDArray images = VaeTestData.randomImages(7, ImageShape.GREY_28, 1);
        assertArrayEquals(new long[]{7, 64}, net.encode(images, null).shape());
        INDArray generated = net.generate(VaeTestData.latents(5, 64, 2), null);
        assertArrayEquals(new long[]{5, 784}, generated.shape());
        assertTrue(generated.minNumber().doubleValue() >= 0 && generated.maxNumber().doubleValue() <= 1, "sigmoid output");
        // brief: 784·256+256 + 256·128+128 + 128·128+128 (μ and log σ²) + 64·128+128 + 128·256+256 + 256·784+784
        assertEquals(200_960 + 32_896 + 16_512 + 8_320 + 33_024 + 201_488, ((VaeNetwork) net).params.count());
    }

    @Test
    void convolutionalVaeWorksOnEverySupportedShape() {
        CreativeRequest conv = CreativeRequest.defaults(CreativePreset.CONV_VAE).withSeed(5);
        for (ImageShape shape : new ImageShape[]{ImageShape.GREY_28, ImageShape.COLOUR_32, ImageShape.COLOUR_64}) {
            GenerativeNetwork net = GenerativeNetworks.create(conv, shape, 0);
            INDArray images = VaeTestData.randomImages(3, shape, 1);
            GenerativeNetwork.StepLosses losses = net.step(images, null);
            assertTrue(losses.finite() && losses.first() > 0, shape + " " + losses);
            assertArrayEquals(new long[]{3, conv.latentSize()}, net.encode(images, null).shape(), shape.describe());
            assertArrayEquals(new long[]{2, shape.size()}, net.generate(VaeTestData.latents(2, conv.latentSize(), 2), null).shape());
        }
        assertThrows(IllegalArgumentException.class, () -> GenerativeNetworks.create(CLASSIC, ImageShape.COLOUR_32, 0),
                "the classic VAE is 28×28 grey only");
    }

    @Test
    void convolutionalVaeIsSeededAndRoundTrips() {
        CreativeRequest conv = CreativeRequest.defaults(CreativePreset.CONV_VAE).withSeed(5);
        GenerativeNetwork a = GenerativeNetworks.create(conv, ImageShape.COLOUR_32, 2);
        GenerativeNetwork b = GenerativeNetworks.create(conv, ImageShape.COLOUR_32, 2);
        INDArray images = VaeTestData.randomImages(4, ImageShape.COLOUR_32, 3);
        INDArray labels = VaeTestData.oneHot(new int[]{0, 1, 1, 0}, 2);
        for (int i = 0; i < 3; i++) assertEquals(a.step(images, labels), b.step(images, labels));
        INDArray z = VaeTestData.latents(2, conv.latentSize(), 4);
        INDArray gridLabels = VaeTestData.oneHot(new int[]{0, 1}, 2);
        assertEquals(a.generate(z, gridLabels), b.generate(z, gridLabels));
        GenerativeNetwork copy = GenerativeNetworks.restore(conv, ImageShape.COLOUR_32, 2, a.toBytes());
        assertEquals(a.generate(z, gridLabels), copy.generate(z, gridLabels));
    }

    @Test
    void sameSeedGivesSameWeightsAfterTrainingAndSameImages() {
        INDArray a = trainAndGenerate(CLASSIC, 0);
        INDArray b = trainAndGenerate(CLASSIC, 0);
        assertEquals(a, b, "same seed, same steps, same grid");
        INDArray other = trainAndGenerate(CLASSIC.withSeed(6), 0);
        assertFalse(a.equalsWithEps(other, 1e-4), "another seed gives other images");
    }

    @Test
    void sameSeedGivesSameConditionalModel() {
        assertEquals(trainAndGenerate(CLASSIC, 4), trainAndGenerate(CLASSIC, 4));
    }

    private static INDArray trainAndGenerate(CreativeRequest request, int classes) {
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.GREY_28, classes);
        INDArray images = VaeTestData.randomImages(16, ImageShape.GREY_28, 3);
        INDArray labels = classes > 0 ? VaeTestData.oneHot(new int[16], classes) : null;
        for (int i = 0; i < 5; i++) net.step(images, labels);
        INDArray gridLabels = classes > 0 ? VaeTestData.oneHot(new int[]{0, 1, 2, 3}, classes) : null;
        return net.generate(VaeTestData.latents(4, request.latentSize(), 9), gridLabels);
    }

    @Test
    void savedBytesRestoreTheSameGeneratorAndTrainingGoesOnIdentically() {
        GenerativeNetwork net = GenerativeNetworks.create(CLASSIC, ImageShape.GREY_28, 0);
        INDArray images = VaeTestData.randomImages(8, ImageShape.GREY_28, 4);
        net.step(images, null);
        net.step(images, null);
        GenerativeNetwork copy = GenerativeNetworks.restore(CLASSIC, ImageShape.GREY_28, 0, net.toBytes());
        INDArray z = VaeTestData.latents(6, 64, 8);
        assertEquals(net.generate(z, null), copy.generate(z, null));
        // the Adam state and the step count travel too: the next step is the same in both
        assertEquals(net.step(images, null), copy.step(images, null));
        assertEquals(net.generate(z, null), copy.generate(z, null));
    }

    @Test
    void bytesOfAnotherNetworkAreRefusedInWords() {
        byte[] conditional = GenerativeNetworks.create(CLASSIC, ImageShape.GREY_28, 3).toBytes();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenerativeNetworks.restore(CLASSIC, ImageShape.GREY_28, 0, conditional));
        assertTrue(e.getMessage().contains("3 classes"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> GenerativeNetworks.restore(CLASSIC, ImageShape.GREY_28, 0, new byte[]{1, 2, 3}));
    }

    @Test
    void conditionalVaeDrawsDifferentImagesPerClassFromOneLatent() {
        GenerativeNetwork net = GenerativeNetworks.create(CLASSIC, ImageShape.GREY_28, 3);
        INDArray z = VaeTestData.latents(1, 64, 1).repeat(0, 3);
        INDArray out = net.generate(z, VaeTestData.oneHot(new int[]{0, 1, 2}, 3));
        assertFalse(out.getRow(0).equalsWithEps(out.getRow(1), 1e-6));
        assertThrows(IllegalArgumentException.class, () -> net.generate(z, null), "labels required");
    }
}
