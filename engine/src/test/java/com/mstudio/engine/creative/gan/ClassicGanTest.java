package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classic GAN through the seam: seeded, restorable, conditional. Training quality is in ClassicGanTrainingTest. */
class ClassicGanTest {
    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    private static final CreativeRequest REQUEST = CreativeRequest.defaults(CreativePreset.CLASSIC_GAN);

    @Test
    void theSameSeedGivesTheSameWeightsAndImagesAfterTraining() {
        INDArray a = trainAndGenerate(REQUEST, 0);
        INDArray b = trainAndGenerate(REQUEST, 0);
        assertEquals(a, b);
        INDArray other = trainAndGenerate(REQUEST.withSeed(43), 0);
        assertNotEquals(a, other);
    }

    @Test
    void weightsRoundTripThroughBytesAndGoOnTrainingIdentically() {
        GenerativeNetwork net = GenerativeNetworks.create(REQUEST, ImageShape.GREY_28, 0);
        INDArray batch = GanTestImages.batch(64, 0);
        for (int i = 0; i < 5; i++) net.step(batch, null);
        byte[] bytes = net.toBytes();
        GenerativeNetwork copy = GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, bytes);
        INDArray z = latents(16, 1);
        assertEquals(net.generate(z, null), copy.generate(z, null));
        assertArrayEquals(bytes, copy.toBytes());
        // Adam's moments and step count came along: one more step changes both the same way.
        net.step(batch, null);
        copy.step(batch, null);
        assertFalse(Arrays.equals(bytes, net.toBytes()));
        INDArray after = net.generate(z, null);
        INDArray copyAfter = copy.generate(z, null);
        assertTrue(after.equalsWithEps(copyAfter, 1e-6), "a restored model goes on training like the original");
    }

    @Test
    void generatesImagesInZeroToOne() {
        GenerativeNetwork net = GenerativeNetworks.create(REQUEST, ImageShape.GREY_28, 0);
        INDArray images = net.generate(latents(10, 3), null);
        assertArrayEquals(new long[] {10, 784}, images.shape());
        assertTrue(images.minNumber().doubleValue() >= 0 && images.maxNumber().doubleValue() <= 1);
        assertEquals(images, net.generate(latents(10, 3), null), "generation is deterministic");
    }

    @Test
    void conditionalModelGeneratesPerClassAndNeedsLabels() {
        CreativeRequest conditional = REQUEST.withConditional(true);
        GenerativeNetwork net = GenerativeNetworks.create(conditional, ImageShape.GREY_28, 10);
        assertEquals(10, net.classCount());
        INDArray batch = GanTestImages.batch(32, 0);
        for (int i = 0; i < 3; i++) assertTrue(net.step(batch, GanTestImages.labels(32, 10)).finite());
        INDArray z = latents(4, 5);
        INDArray bags = net.generate(z, GanTestImages.oneClass(4, 10, 8));
        INDArray shirts = net.generate(z, GanTestImages.oneClass(4, 10, 0));
        assertArrayEquals(new long[] {4, 784}, bags.shape());
        assertNotEquals(bags, shirts, "the label changes the image for the same latent");
        assertThrows(IllegalArgumentException.class, () -> net.generate(z, null));
        assertThrows(IllegalArgumentException.class, () -> net.step(batch, null));
    }

    @Test
    void bytesOfAnotherModelOrDamagedBytesAreRefusedInWords() {
        GenerativeNetwork net = GenerativeNetworks.create(REQUEST, ImageShape.GREY_28, 0);
        byte[] bytes = net.toBytes();
        StudioException other = assertThrows(StudioException.class,
                () -> GenerativeNetworks.restore(REQUEST.withConditional(true), ImageShape.GREY_28, 10, bytes));
        assertTrue(other.getMessage().contains("10 classes"), other.getMessage());
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        StudioException damaged = assertThrows(StudioException.class,
                () -> GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, cut));
        assertTrue(damaged.getMessage().contains("cannot be read"), damaged.getMessage());
        assertThrows(StudioException.class, () -> GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, new byte[] {1, 2, 3}));
    }

    private static INDArray trainAndGenerate(CreativeRequest request, int salt) {
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.GREY_28, 0);
        for (int i = 0; i < 10; i++) net.step(GanTestImages.batch(32, i + salt), null);
        return net.generate(latents(8, 9), null);
    }

    static INDArray latents(int n, long seed) {
        return Nd4j.randn(Nd4j.getRandomFactory().getNewRandomInstance(seed), n, 100).castTo(DataType.FLOAT);
    }
}
