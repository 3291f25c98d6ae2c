package com.mstudio.engine.predict;

import com.mstudio.engine.api.PropensityRequest.Imbalance;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassBalanceTest {
    /** 100 rows, 20 positive. */
    private static boolean[] labels(int n, int positives) {
        boolean[] b = new boolean[n];
        for (int i = 0; i < positives; i++) b[i * (n / positives)] = true;
        return b;
    }

    @Test
    void autoWeighsRareClassesAndSaysSo() {
        ClassBalance b = ClassBalance.choose(Imbalance.AUTO, labels(100, 20));
        assertEquals(Imbalance.CLASS_WEIGHTS, b.method());
        assertEquals(100 / 40.0, b.positiveWeight(), 1e-12);
        assertEquals(100 / 160.0, b.negativeWeight(), 1e-12);
        assertTrue(b.description().startsWith("class weights 1 : 4.00"), b.description());
        assertTrue(b.description().contains("chosen automatically: positives are 20.0% of the training rows"), b.description());
    }

    @Test
    void autoLeavesBalancedDataAlone() {
        ClassBalance b = ClassBalance.choose(Imbalance.AUTO, labels(100, 40));
        assertEquals(Imbalance.NONE, b.method());
        assertNull(b.rowWeights(labels(100, 40)));
        assertTrue(b.description().startsWith("none (chosen automatically"), b.description());
    }

    @Test
    void classWeightsGiveBothClassesTheSameTotalAndAMeanOfOne() {
        boolean[] y = labels(100, 20);
        float[] w = ClassBalance.choose(Imbalance.CLASS_WEIGHTS, y).rowWeights(y);
        double pos = 0, neg = 0;
        for (int i = 0; i < y.length; i++) if (y[i]) pos += w[i]; else neg += w[i];
        assertEquals(pos, neg, 1e-4);
        assertEquals(1.0, (pos + neg) / y.length, 1e-6);
    }

    @Test
    void oversamplingLevelsTheClassesWithSeededRepeats() {
        boolean[] y = labels(100, 20);
        int[] rows = new int[100];
        for (int i = 0; i < 100; i++) rows[i] = 1000 + i;
        ClassBalance b = ClassBalance.choose(Imbalance.OVERSAMPLE, y);
        int[] out = b.trainingRows(rows, y, 7);
        assertEquals(160, out.length);
        assertArrayEquals(rows, Arrays.copyOf(out, 100), "the original rows come first, unchanged");
        for (int i = 100; i < out.length; i++) assertTrue(y[out[i] - 1000], "only positives are repeated");
        assertArrayEquals(out, b.trainingRows(rows, y, 7), "seeded");
        assertNull(b.rowWeights(y), "oversampling does not weigh rows too");
    }

    @Test
    void noneKeepsTheRowsAsTheyAre() {
        boolean[] y = labels(100, 20);
        int[] rows = new int[100];
        ClassBalance b = ClassBalance.choose(Imbalance.NONE, y);
        assertSame(rows, b.trainingRows(rows, y, 1));
        assertNull(b.rowWeights(y));
        assertTrue(b.description().startsWith("none (positives are 20.0%"), b.description());
    }
}
