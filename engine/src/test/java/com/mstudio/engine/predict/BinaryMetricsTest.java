package com.mstudio.engine.predict;

import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.ModelEvaluation.GainsRow;
import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.engine.api.PropensityService.ThresholdView;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class BinaryMetricsTest {
    // Six customers, checked by hand below.
    static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.55, 0.4};
    static final boolean[] ACTUAL = {true, false, true, true, false, false};

    @Test
    void aucOfTheHandExampleIsSevenNinths() {
        // Positive/negative pairs ranked right: 0.9 beats all 3 negatives, 0.7 and 0.6 beat 0.55 and 0.4: 3 + 2 + 2 = 7 of 9.
        assertEquals(7.0 / 9, BinaryMetrics.rocAuc(SCORES, ACTUAL), 1e-12);
    }

    @Test
    void tiesCountHalf() {
        // (0.8+ vs 0.8-) ½, (0.8+ vs 0.3-) 1, (0.3+ vs 0.8-) 0, (0.3+ vs 0.3-) ½: 2 of 4.
        assertEquals(0.5, BinaryMetrics.rocAuc(new double[] {0.8, 0.8, 0.3, 0.3}, new boolean[] {true, false, true, false}), 1e-12);
        // (0.8+ vs 0.8-) ½, (0.8+ vs 0.1-) 1, (0.5+ vs both) 0 + 1: 2.5 of 4.
        assertEquals(0.625, BinaryMetrics.rocAuc(new double[] {0.8, 0.8, 0.5, 0.1}, new boolean[] {true, false, true, false}), 1e-12);
    }

    @Test
    void allEqualScoresGiveOneHalfPerfectOneReversedZero() {
        double[] same = new double[50];
        boolean[] actual = new boolean[50];
        for (int i = 0; i < 50; i++) { same[i] = 0.3; actual[i] = i % 3 == 0; }
        assertEquals(0.5, BinaryMetrics.rocAuc(same, actual), 1e-12);
        double[] perfect = new double[50];
        for (int i = 0; i < 50; i++) perfect[i] = actual[i] ? 0.9 - i * 0.001 : 0.1 + i * 0.001;
        assertEquals(1.0, BinaryMetrics.rocAuc(perfect, actual), 1e-12);
        double[] reversed = new double[50];
        for (int i = 0; i < 50; i++) reversed[i] = 1 - perfect[i];
        assertEquals(0.0, BinaryMetrics.rocAuc(reversed, actual), 1e-12);

        ModelEvaluation e = BinaryMetrics.evaluate(same, actual, rows(50), 0.5);
        assertEquals(0.5, e.metrics().rocAuc(), 1e-12);
        for (GainsRow g : e.gains()) {
            assertEquals(g.decile() / 10.0, g.positivesReached(), 1e-12, "ties split in proportion: gains follow the diagonal");
            assertEquals(1.0, g.lift(), 1e-12);
        }
        assertEquals(List.of(new Point(0, 0), new Point(1, 1)), e.roc(), "one tie group is one step");
    }

    @Test
    void aucMatchesCountingEveryPairOnRandomScoresWithTies() {
        Random random = new Random(7);
        int n = 600;
        double[] s = new double[n];
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextDouble() < 0.3;
            s[i] = Math.round((random.nextGaussian() + (a[i] ? 0.8 : 0)) * 4) / 4.0; // coarse: many ties
        }
        double wins = 0, pairs = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (!a[i] || a[j]) continue;
                pairs++;
                wins += s[i] > s[j] ? 1 : s[i] == s[j] ? 0.5 : 0;
            }
        }
        assertEquals(wins / pairs, BinaryMetrics.rocAuc(s, a), 1e-12);
        ModelEvaluation e = BinaryMetrics.evaluate(s, a, rows(n), 0.5);
        assertEquals(wins / pairs, trapezoid(e.roc()), 1e-12, "the ROC curve through the tie groups has the same area");
    }

    @Test
    void handExampleMetricsAveragePrecisionAndGains() {
        ModelEvaluation e = BinaryMetrics.evaluate(SCORES, ACTUAL, new int[] {10, 11, 12, 13, 14, 15}, 0.6);
        // Contacted at 0.6: 0.9+, 0.8-, 0.7+, 0.6+ → tp 3, fp 1, tn 2, fn 0.
        assertEquals(5.0 / 6, e.metrics().accuracy(), 1e-12);
        assertEquals(0.75, e.metrics().precision(), 1e-12);
        assertEquals(1.0, e.metrics().recall(), 1e-12);
        assertEquals(2 * 0.75 / 1.75, e.metrics().f1(), 1e-12);
        assertEquals(6, e.metrics().testRows());
        // Average precision: recall steps of 1/3 at precisions 1, 2/3, 3/4.
        assertEquals((1 + 2.0 / 3 + 0.75) / 3, e.metrics().prAuc(), 1e-12);
        // Top 10% of 6 rows = 0.6 of the first (positive) row: 0.6 of 3 positives = 0.2; top 50% = 3 rows, 2 positives.
        assertEquals(0.2, e.gains().get(0).positivesReached(), 1e-12);
        assertEquals(2.0, e.gains().get(0).lift(), 1e-12);
        assertEquals(2.0 / 3, e.gains().get(4).positivesReached(), 1e-12);
        assertEquals(1.0, e.gains().get(9).positivesReached(), 1e-12);
        assertEquals(10, e.gains().size());
        assertEquals(new Point(0, 0), e.roc().get(0));
        assertEquals(new Point(1, 1), e.roc().get(e.roc().size() - 1));
        assertEquals(new Point(1.0 / 3, 1.0), e.pr().get(1));
        assertArrayEquals(new int[] {10, 11, 12, 13, 14, 15}, e.sourceRows());
        assertFalse(e.singleClass());

        ThresholdView v = BinaryMetrics.at(e, 0.75);
        assertEquals(1, v.truePositives());
        assertEquals(1, v.falsePositives());
        assertEquals(2, v.trueNegatives());
        assertEquals(2, v.falseNegatives());
        assertEquals(2, v.contacted());
        assertEquals(0.5, v.precision(), 1e-12);
        assertEquals(1.0 / 3, v.recall(), 1e-12);
    }

    @Test
    void inputsAreCopied() {
        double[] s = SCORES.clone();
        ModelEvaluation e = BinaryMetrics.evaluate(s, ACTUAL, rows(6), 0.5);
        s[0] = 0;
        assertEquals(0.9, e.scores()[0]);
    }

    @Test
    void aSingleClassTestSetIsFlaggedNotACrash() {
        boolean[] allPositive = {true, true, true};
        ModelEvaluation e = BinaryMetrics.evaluate(new double[] {0.2, 0.7, 0.9}, allPositive, rows(3), 0.5);
        assertTrue(e.singleClass());
        assertTrue(Double.isNaN(e.metrics().rocAuc()));
        assertTrue(Double.isNaN(e.metrics().prAuc()));
        assertTrue(e.roc().isEmpty());
        assertEquals(2.0 / 3, e.metrics().recall(), 1e-12, "the threshold figures still make sense");
        ModelEvaluation none = BinaryMetrics.evaluate(new double[] {0.2, 0.7}, new boolean[2], rows(2), 0.5);
        assertTrue(none.singleClass());
        assertTrue(Double.isNaN(none.gains().get(0).positivesReached()));
        assertEquals(0, BinaryMetrics.at(none, 0.5).recall());
    }

    @Test
    void curvesOfALargeTestSetAreThinnedWithoutChangingTheirShape() {
        Random random = new Random(3);
        int n = 100_000;
        double[] s = new double[n];
        boolean[] a = new boolean[n];
        for (int i = 0; i < n; i++) {
            a[i] = random.nextDouble() < 0.25;
            s[i] = 1 / (1 + Math.exp(-(random.nextGaussian() + (a[i] ? 1.5 : 0))));
        }
        ModelEvaluation e = BinaryMetrics.evaluate(s, a, rows(n), 0.5);
        assertTrue(e.roc().size() <= BinaryMetrics.MAX_CURVE_POINTS, "ROC points: " + e.roc().size());
        assertTrue(e.roc().size() > 100, "not thinned to nothing: " + e.roc().size());
        assertTrue(e.pr().size() <= BinaryMetrics.MAX_CURVE_POINTS, "PR points: " + e.pr().size());
        assertEquals(new Point(0, 0), e.roc().get(0));
        assertEquals(new Point(1, 1), e.roc().get(e.roc().size() - 1));
        for (int i = 1; i < e.roc().size(); i++) {
            assertTrue(e.roc().get(i).x() >= e.roc().get(i - 1).x() && e.roc().get(i).y() >= e.roc().get(i - 1).y());
        }
        assertEquals(e.metrics().rocAuc(), trapezoid(e.roc()), 0.002, "the thinned curve keeps the area");
        assertEquals(1.0, e.pr().get(e.pr().size() - 1).x(), 1e-12);
    }

    @Test
    void scoresThatAreNotNumbersArePlainErrors() {
        StudioException ex = assertThrows(StudioException.class,
                () -> BinaryMetrics.evaluate(new double[] {0.1, Double.NaN}, new boolean[] {true, false}, rows(2), 0.5));
        assertTrue(ex.getMessage().contains("row 2"), ex.getMessage());
    }

    static int[] rows(int n) {
        return FeatureRows.allRows(n);
    }

    static double trapezoid(List<Point> curve) {
        double area = 0;
        for (int i = 1; i < curve.size(); i++) {
            area += (curve.get(i).x() - curve.get(i - 1).x()) * (curve.get(i).y() + curve.get(i - 1).y()) / 2;
        }
        return area;
    }

    @Test
    void theDefaultThresholdHasTheBestF1OnTheGridAndSitsInTheMiddleOfItsPlateau() {
        // Positives at 0.6 and 0.7, negatives at 0.2 and 0.3: every cut in (0.3, 0.6] is perfect; the middle one is taken.
        double[] scores = {0.2, 0.3, 0.6, 0.7};
        boolean[] actual = {false, false, true, true};
        assertEquals(0.45, BinaryMetrics.bestF1Threshold(scores, actual, 0.5), 1e-12);
        // A positive scored as low as 0.08: only the cuts 0.06 .. 0.08 (above the negative at 0.05) are perfect.
        double[] mixed = {0.05, 0.2, 0.3, 0.6, 0.7, 0.08};
        boolean[] mixedActual = {false, true, true, true, true, true};
        double t = BinaryMetrics.bestF1Threshold(mixed, mixedActual, 0.5);
        assertEquals(0.07, t, 1e-12, "the middle of 0.06 .. 0.08");
        assertEquals(1.0 / 100 * Math.round(t * 100), t, 1e-15, "two decimals, as shown");
        // Without positives F1 is 0 everywhere: the fallback, on the grid and inside the slider's range.
        assertEquals(0.27, BinaryMetrics.bestF1Threshold(new double[] {0.1, 0.9}, new boolean[2], 0.2654), 1e-12);
        assertEquals(0.01, BinaryMetrics.bestF1Threshold(new double[] {0.1}, new boolean[1], 0.0), 1e-12);
    }
}
