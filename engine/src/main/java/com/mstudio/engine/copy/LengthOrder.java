package com.mstudio.engine.copy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

/**
 * Orders texts so that a batch holds texts of about the same length. A batch of token sequences is padded to its
 * longest text ({@link CopyBatches.Sequences#inputs}) and self-attention costs the square of that length, so one long
 * review among 63 short ones makes the whole batch pay for it. Grouping by length removes most of the padding without
 * changing what any text's output is (padding is masked).
 */
final class LengthOrder {
    /** Training: texts are sorted by length within windows of this many batches, not across the whole epoch. */
    static final int WINDOW_BATCHES = 16;

    private LengthOrder() {}

    /** Row indexes 0..n-1 shortest first (ties in index order): for inference, where order does not matter. */
    static int[] shortestFirst(int[] lengths) {
        return Arrays.stream(CopyBatches.identity(lengths.length)).boxed()
                .sorted(Comparator.comparingInt(r -> lengths[r])).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Training: the epoch's shuffled {@code order} rearranged so that each consecutive {@code batchSize} rows have
     * similar lengths, while batches stay random. The shuffled rows are cut into windows of {@link #WINDOW_BATCHES}
     * batches; each window is sorted by length and its full batches are put in a random order (a window's partial last
     * batch, which only the epoch's last window has, stays last). So which texts share a batch still changes every
     * epoch, and long and short batches alternate instead of the epoch running from short to long texts.
     */
    static int[] forTraining(int[] order, int[] lengths, int batchSize, Random random) {
        int n = order.length, window = batchSize * WINDOW_BATCHES;
        int[] out = new int[n];
        for (int start = 0; start < n; start += window) {
            int end = Math.min(n, start + window);
            Integer[] rows = new Integer[end - start];
            for (int i = start; i < end; i++) rows[i - start] = order[i];
            Arrays.sort(rows, Comparator.comparingInt(r -> lengths[r]));
            int full = rows.length / batchSize;
            int[] blocks = CopyBatches.identity(full);
            for (int i = full - 1; i > 0; i--) { // Fisher–Yates over the window's full batches
                int j = random.nextInt(i + 1);
                int t = blocks[i];
                blocks[i] = blocks[j];
                blocks[j] = t;
            }
            int at = start;
            for (int b : blocks) for (int k = 0; k < batchSize; k++) out[at++] = rows[b * batchSize + k];
            for (int k = full * batchSize; k < rows.length; k++) out[at++] = rows[k];
        }
        return out;
    }
}
