package com.mstudio.engine.creative;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class ImageBatchesTest {
    /** Image i has every pixel = i (so a batch row tells which image it is) and class i % 3. */
    static ImageSet numbered(int count) {
        int size = ImageShape.GREY_28.size();
        byte[] pixels = new byte[count * size];
        int[] labels = new int[count];
        List<String> sources = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            java.util.Arrays.fill(pixels, i * size, (i + 1) * size, (byte) i);
            labels[i] = i % 3;
            sources.add("img" + i);
        }
        return new ImageSet("numbered", ImageShape.GREY_28, ImageSet.ImageFit.PAD, List.of("a", "b", "c"), labels, pixels,
                sources, List.of());
    }

    @Test
    void everyTrainingImageComesOncePerEpochAsFloatsWithItsLabel() {
        ImageSet set = numbered(100);
        int[] rows = new int[90];
        for (int i = 0; i < 90; i++) rows[i] = i + 10; // images 10..99 train
        ImageBatches batches = new ImageBatches(set, rows, 32, true, 7);
        assertEquals(3, batches.batchesPerEpoch()); // 32 + 32 + 26
        List<Integer> firstOrder = null;
        for (int epoch = 0; epoch < 2; epoch++) {
            batches.shuffle();
            Set<Integer> seen = new HashSet<>();
            List<Integer> order = new ArrayList<>();
            for (int b = 0; b < batches.batchesPerEpoch(); b++) {
                INDArray[] xy = batches.batch(b);
                assertEquals(b < 2 ? 32 : 26, xy[0].rows());
                assertArrayEquals(new long[]{xy[0].rows(), 784}, xy[0].shape());
                for (int r = 0; r < xy[0].rows(); r++) {
                    int image = Math.round(xy[0].getFloat(r, 0) * 255);
                    assertEquals(image / 255f, xy[0].getFloat(r, 783), 1e-7f);
                    assertEquals(1f, xy[1].getFloat(r, image % 3), "one-hot label of image " + image);
                    assertEquals(1f, xy[1].getRow(r).sumNumber().floatValue());
                    assertTrue(seen.add(image));
                    order.add(image);
                }
            }
            assertEquals(90, seen.size());
            assertFalse(seen.contains(5), "held-out images never train");
            if (firstOrder == null) firstOrder = order; else assertNotEquals(firstOrder, order, "a new order each epoch");
        }
    }

    @Test
    void theOrderIsSeededAndALoneLastImageWaitsForTheNextEpoch() {
        ImageSet set = numbered(65);
        int[] rows = java.util.stream.IntStream.range(0, 65).toArray();
        ImageBatches a = new ImageBatches(set, rows, 32, false, 3), b = new ImageBatches(set, rows, 32, false, 3);
        assertEquals(2, a.batchesPerEpoch(), "64 in two batches; the 65th would be a batch of one");
        a.shuffle();
        b.shuffle();
        assertEquals(a.batch(1)[0].dup(), b.batch(1)[0].dup());
        assertNull(a.batch(0)[1], "no labels when unconditional");
    }

    @Test
    void fillingBatchesIsFarFasterThanTraining() {
        // Not an assertion on speed (the machine is shared): the figure is printed for the ADR and the lead.
        ImageSet set = numbered(250);
        int[] rows = java.util.stream.IntStream.range(0, 250).toArray();
        ImageBatches batches = new ImageBatches(set, rows, 128, true, 1);
        batches.shuffle();
        for (int i = 0; i < 200; i++) batches.batch(i % batches.batchesPerEpoch()); // warm up
        batches.takeFillSeconds();
        int n = 2000;
        for (int i = 0; i < n; i++) batches.batch(i % batches.batchesPerEpoch());
        double perBatch = batches.takeFillSeconds() / n;
        System.out.printf(Locale.ROOT, "ImageBatches: %.1f µs per batch of 128 × 784 (%.0f images/s)%n", perBatch * 1e6,
                128 / perBatch);
        assertTrue(perBatch > 0);
    }
}
