package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

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
    void trainsAndGeneratesThirtyTwoPixelColourPerClass() {
        INDArray[] icons = GanTestImages.icons(ImageShape.COLOUR_32, 8);
        int classes = (int) icons[1].columns();
        GenerativeNetwork net = GenerativeNetworks.create(REQUEST.withConditional(true), ImageShape.COLOUR_32, classes);
        for (int i = 0; i < 2; i++) assertTrue(net.step(icons[0], icons[1]).finite());
        INDArray food = net.generate(ClassicGanTest.latents(5, 1), GanTestImages.oneClass(5, classes, 1));
        assertArrayEquals(new long[] {5, 32 * 32 * 3}, food.shape());
        assertTrue(food.minNumber().doubleValue() >= 0 && food.maxNumber().doubleValue() <= 1);
    }

    @Test
    void trainsAndGeneratesSixtyFourPixelColourWithOneMoreUpsampling() {
        GenerativeNetwork net = GenerativeNetworks.create(REQUEST, ImageShape.COLOUR_64, 0);
        assertTrue(net.step(GanTestImages.icons(ImageShape.COLOUR_64, 2)[0], null).finite());
        assertArrayEquals(new long[] {2, 64 * 64 * 3}, net.generate(ClassicGanTest.latents(2, 1), null).shape());
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

    @Test
    void aDcganFileFromBeforeTheHandWrittenNetworksIsRefusedInPlainWords() {
        byte[] bytes = trained(REQUEST).toBytes();
        assertArrayEquals(new byte[] {0, 0, 0, 2}, java.util.Arrays.copyOfRange(bytes, 4, 8), "format 2 after the magic");
        bytes[7] = 1; // the header of a file the DL4J-layer DCGAN wrote: same magic and header, format 1
        StudioException e = assertThrows(StudioException.class,
                () -> GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, bytes));
        assertEquals("This Convolutional GAN was made by an older version of the studio; train it again.", e.getMessage());
    }

    @Test
    void weightsOnlyBytesKeepTheBatchNormAveragesThatGenerationUses() {
        GenerativeNetwork a = trained(REQUEST);
        INDArray z = ClassicGanTest.latents(4, 3);
        GenerativeNetwork copy = GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, a.toBytes(false));
        assertTrue(a.generate(z, null).equalsWithEps(copy.generate(z, null), 0.02), "within the float16 rounding");
        // a tile does not depend on the tiles drawn with it (batch norm uses the running averages when generating)
        assertEquals(a.generate(z, null).getRow(1), a.generate(z.getRows(1, 2), null).getRow(0));
    }

    @Test
    void splittingTheLoopsOverTwoThreadsChangesNoBit() {
        CreativeRequest request = REQUEST;
        INDArray[] icons = GanTestImages.icons(ImageShape.COLOUR_32, 16);
        byte[] serial = steps(request, icons[0]);
        // Two OpenMP threads on this thread: the DCGAN splits its loops in two (OpenBLAS keeps its one thread here).
        org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(2);
        byte[] split;
        try {
            split = steps(request, icons[0]);
        } finally {
            OneNativeThread.ensure();
        }
        assertArrayEquals(serial, split);
    }

    private static byte[] steps(CreativeRequest request, INDArray images) {
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.COLOUR_32, 0);
        for (int i = 0; i < 3; i++) net.step(images, null);
        return net.toBytes();
    }

    private static GenerativeNetwork trained(CreativeRequest request) {
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.GREY_28, 0);
        for (int i = 0; i < 2; i++) net.step(GanTestImages.batch(8, i), null);
        return net;
    }
}
