package com.mstudio.engine.copy;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSplitTest {
    /** 5,000 texts in three classes of about 60%, 30% and 10%, in a seeded order. */
    private static final int[] LABELS = new int[5_000];

    static {
        Random r = new Random(3);
        for (int i = 0; i < LABELS.length; i++) {
            double u = r.nextDouble();
            LABELS[i] = u < 0.6 ? 0 : u < 0.9 ? 1 : 2;
        }
    }

    @Test
    void everyPartKeepsEachClassShare() {
        TextSplit s = TextSplit.stratified(LABELS, 3, 0.15, 0.2, 42);
        assertEquals(0.2 * LABELS.length, s.test().length, 3);
        assertEquals(0.15 * LABELS.length, s.validation().length, 3);
        for (int c = 0; c < 3; c++) {
            double overall = share(IntStream.range(0, LABELS.length).toArray(), c);
            for (int[] part : new int[][] {s.train(), s.validation(), s.test()}) {
                assertEquals(overall, share(part, c), 0.002, "class " + c + " keeps its share " + overall);
            }
        }
    }

    @Test
    void thePartsCoverEveryTextOnceInAscendingOrder() {
        TextSplit s = TextSplit.stratified(LABELS, 3, 0.15, 0.2, 42);
        int[] all = IntStream.concat(IntStream.concat(Arrays.stream(s.train()), Arrays.stream(s.validation())),
                Arrays.stream(s.test())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, LABELS.length).toArray(), all);
        for (int[] part : new int[][] {s.train(), s.validation(), s.test()}) {
            assertArrayEquals(Arrays.stream(part).sorted().toArray(), part);
        }
    }

    @Test
    void theSeedDecidesTheSplit() {
        TextSplit a = TextSplit.stratified(LABELS, 3, 0.15, 0.2, 42);
        TextSplit b = TextSplit.stratified(LABELS, 3, 0.15, 0.2, 42);
        TextSplit c = TextSplit.stratified(LABELS, 3, 0.15, 0.2, 43);
        assertArrayEquals(a.test(), b.test());
        assertArrayEquals(a.validation(), b.validation());
        assertFalse(Arrays.equals(a.test(), c.test()));
    }

    @Test
    void aTinyClassKeepsATrainingRowAndNoTestShareMeansNoTestRows() {
        int[] labels = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        TextSplit s = TextSplit.stratified(labels, 2, 0.3, 0.3, 1);
        assertTrue(Arrays.stream(s.train()).anyMatch(i -> labels[i] == 1));
        TextSplit noTest = TextSplit.stratified(labels, 2, 0.2, 0, 1);
        assertEquals(0, noTest.test().length);
        assertEquals(labels.length, noTest.train().length + noTest.validation().length);
    }

    private static double share(int[] part, int c) {
        return Arrays.stream(part).filter(i -> LABELS[i] == c).count() / (double) part.length;
    }
}
