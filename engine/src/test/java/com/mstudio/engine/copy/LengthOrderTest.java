package com.mstudio.engine.copy;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class LengthOrderTest {
    @Test
    void trainingOrderIsAPermutationWhoseBatchesHoldSimilarLengths() {
        Random r = new Random(3);
        int n = 2_000, batch = 32;
        int[] lengths = new int[n];
        for (int i = 0; i < n; i++) lengths[i] = 1 + r.nextInt(200);
        int[] order = CopyBatches.identity(n);
        com.mstudio.engine.train.EpochLoop.shuffle(order, r);
        int[] arranged = LengthOrder.forTraining(order, lengths, batch, new Random(5));
        int[] sorted = arranged.clone();
        Arrays.sort(sorted);
        assertArrayEquals(CopyBatches.identity(n), sorted, "every row exactly once");
        long paddedBefore = padded(order, lengths, batch), paddedAfter = padded(arranged, lengths, batch);
        System.out.printf("token slots per epoch (padded to each batch's longest): shuffled %d, by length %d%n",
                paddedBefore, paddedAfter);
        assertTrue(paddedAfter < paddedBefore * 0.7, paddedAfter + " vs " + paddedBefore);
        // batches are not in length order across a window: long and short ones alternate
        int rises = 0;
        for (int b = 1; b < n / batch; b++) if (lengths[arranged[b * batch]] > lengths[arranged[(b - 1) * batch]]) rises++;
        assertTrue(rises > 10 && rises < n / batch - 10, "rises " + rises);
        assertArrayEquals(arranged, LengthOrder.forTraining(order, lengths, batch, new Random(5)), "seeded");
    }

    @Test
    void inferenceOrderIsShortestFirst() {
        assertArrayEquals(new int[] {1, 3, 0, 2}, LengthOrder.shortestFirst(new int[] {5, 1, 9, 1}));
    }

    private static long padded(int[] order, int[] lengths, int batch) {
        long slots = 0;
        for (int from = 0; from < order.length; from += batch) {
            int to = Math.min(order.length, from + batch), max = 0;
            for (int i = from; i < to; i++) max = Math.max(max, lengths[order[i]]);
            slots += (long) max * (to - from);
        }
        return slots;
    }
}
