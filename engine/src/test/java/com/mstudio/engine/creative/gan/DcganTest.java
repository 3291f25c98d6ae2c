package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The convolutional GAN through the seam at 28 grey and 32 colour: shapes, seeds, bytes, classes. */
class DcganTest {
    private static final CreativeRequest REQUEST = CreativeRequest.defaults(CreativePreset.DCGAN);

    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    @Test
    void trainsAndGeneratesThirtyTwoPixelColour() {
        GenerativeNetwork net = GenerativeNetworks.create(REQUEST, ImageShape.COLOUR_32, 0);
        INDArray batch = colour32(GanTestImages.batch(8, 0));
        for (int i = 0; i < 2; i++) assertTrue(net.step(batch, null).finite());
        INDArray images = net.generate(ClassicGanTest.latents(5, 1), null);
        assertArrayEquals(new long[] {5, 32 * 32 * 3}, images.shape());
        assertTrue(images.minNumber().doubleValue() >= 0 && images.maxNumber().doubleValue() <= 1);
    }

    @Test
    void theSameSeedGivesTheSameImagesAndBytesRoundTrip() {
        GenerativeNetwork a = trained(REQUEST);
        GenerativeNetwork b = trained(REQUEST);
        INDArray z = ClassicGanTest.latents(6, 2);
        assertEquals(a.generate(z, null), b.generate(z, null));
        assertNotEquals(a.generate(z, null), trained(REQUEST.withSeed(7)).generate(z, null));

        GenerativeNetwork copy = GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, a.toBytes());
        assertEquals(a.generate(z, null), copy.generate(z, null));
        a.step(GanTestImages.batch(8, 9), null);
        copy.step(GanTestImages.batch(8, 9), null);
        assertTrue(a.generate(z, null).equalsWithEps(copy.generate(z, null), 1e-5), "a restored model trains on identically");
    }

    @Test
    void conditionalModelGeneratesTheAskedClass() {
        GenerativeNetwork net = GenerativeNetworks.create(REQUEST.withConditional(true), ImageShape.GREY_28, 10);
        assertTrue(net.step(GanTestImages.batch(8, 0), GanTestImages.labels(8, 0)).finite());
        INDArray z = ClassicGanTest.latents(3, 4);
        INDArray bags = net.generate(z, GanTestImages.oneClass(3, 10, 8));
        assertArrayEquals(new long[] {3, 784}, bags.shape());
        assertNotEquals(bags, net.generate(z, GanTestImages.oneClass(3, 10, 1)));
        assertThrows(IllegalArgumentException.class, () -> net.generate(z, null));
    }

    private static GenerativeNetwork trained(CreativeRequest request) {
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.GREY_28, 0);
        for (int i = 0; i < 2; i++) net.step(GanTestImages.batch(8, i), null);
        return net;
    }

    /** Fashion images padded to 32×32 and repeated into three channels: real pictures in the colour layout. */
    private static INDArray colour32(INDArray grey) {
        long n = grey.rows();
        INDArray out = Nd4j.zeros(DataType.FLOAT, n, 3, 32, 32);
        INDArray pictures = grey.reshape('c', n, 1, 28, 28);
        for (int c = 0; c < 3; c++) {
            out.get(org.nd4j.linalg.indexing.NDArrayIndex.all(), org.nd4j.linalg.indexing.NDArrayIndex.point(c),
                    org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 30), org.nd4j.linalg.indexing.NDArrayIndex.interval(2, 30))
                    .assign(pictures.reshape(n, 28, 28));
        }
        return out.reshape('c', n, 3 * 32 * 32);
    }
}
