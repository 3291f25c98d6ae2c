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

    @Test
    void theScoreCorrectionUndoesTheBalancing() {
        boolean[] y = labels(100, 20);
        ClassBalance weights = ClassBalance.choose(Imbalance.CLASS_WEIGHTS, y);
        assertEquals(weights.negativeWeight() / weights.positiveWeight(), weights.scoreOddsFactor(), 1e-12);
        assertEquals(20 / 80.0, weights.scoreOddsFactor(), 1e-12, "positives / negatives");
        assertEquals(20 / 80.0, ClassBalance.choose(Imbalance.OVERSAMPLE, y).scoreOddsFactor(), 1e-12,
                "four times the positives: the odds ÷ 4");
        assertEquals(1.0, ClassBalance.choose(Imbalance.NONE, y).scoreOddsFactor());
        assertEquals(1.0, ClassBalance.choose(Imbalance.AUTO, labels(100, 40)).scoreOddsFactor());
        assertEquals(1.0, ClassBalance.choose(Imbalance.OVERSAMPLE, new boolean[10]).scoreOddsFactor(), "one class: nothing to undo");
        // Rare negatives are repeated instead: the network's odds are too low, and the factor > 1 raises them.
        boolean[] mostlyPositive = labels(100, 20);
        for (int i = 0; i < mostlyPositive.length; i++) mostlyPositive[i] = !mostlyPositive[i];
        assertEquals(80 / 20.0, ClassBalance.choose(Imbalance.OVERSAMPLE, mostlyPositive).scoreOddsFactor(), 1e-12);
        assertEquals(80 / 20.0, ClassBalance.choose(Imbalance.AUTO, mostlyPositive).scoreOddsFactor(), 1e-12);
    }

    @Test
    void theCorrectionMultipliesTheOddsAndKeepsTheOrder() {
        assertEquals(0.2, NetworkScorer.correct(0.5, 0.25), 1e-12, "odds 1 × 0.25 = 0.25, i.e. 0.2");
        assertEquals(0.5, NetworkScorer.correct(0.8, 0.25), 1e-12, "odds 4 × 0.25 = 1");
        assertEquals(0.0, NetworkScorer.correct(0.0, 0.25));
        assertEquals(1.0, NetworkScorer.correct(1.0, 0.25));
        assertEquals(0.37, NetworkScorer.correct(0.37, 1.0));
        double last = -1;
        for (int i = 0; i <= 1000; i++) {
            double p = NetworkScorer.correct(i / 1000.0, 0.36);
            assertTrue(p > last, "strictly increasing at " + i);
            last = p;
        }
    }
}
