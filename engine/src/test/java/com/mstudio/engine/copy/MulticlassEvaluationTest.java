package com.mstudio.engine.copy;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MulticlassEvaluationTest {
    /**
     * Ten rows, three classes. Confusion (rows actual, columns predicted):
     * <pre>
     *          p0 p1 p2
     *   a0  [  3  1  0 ]   4 actual 0
     *   a1  [  1  2  0 ]   3 actual 1
     *   a2  [  0  1  2 ]   3 actual 2
     *          4  4  2     predicted
     * </pre>
     * accuracy = (3+2+2)/10 = 0.7
     * precision = 3/4, 2/4, 2/2 = 0.75, 0.5, 1.0; recall = 3/4, 2/3, 2/3
     * F1_0 = 0.75; F1_1 = 2·0.5·(2/3)/(0.5+2/3) = (2/3)/(7/6) = 4/7; F1_2 = 2·1·(2/3)/(5/3) = 0.8
     * macro-F1 = (0.75 + 4/7 + 0.8)/3 = (0.75 + 0.571428… + 0.8)/3 = 0.707142…
     */
    @Test
    void figuresMatchAHandCheckedConfusionMatrix() {
        int[] actual = {0, 0, 0, 0, 1, 1, 1, 2, 2, 2};
        int[] predicted = {0, 0, 0, 1, 1, 1, 0, 2, 2, 1};
        MulticlassEvaluation e = MulticlassEvaluation.of(actual, predicted, 3);
        assertArrayEquals(new int[][] {{3, 1, 0}, {1, 2, 0}, {0, 1, 2}}, e.confusion());
        assertEquals(0.7, e.accuracy(), 1e-12);
        assertArrayEquals(new double[] {0.75, 0.5, 1.0}, e.precision(), 1e-12);
        assertArrayEquals(new double[] {0.75, 2 / 3.0, 2 / 3.0}, e.recall(), 1e-12);
        assertArrayEquals(new double[] {0.75, 4 / 7.0, 0.8}, e.f1(), 1e-12);
        assertEquals((0.75 + 4 / 7.0 + 0.8) / 3, e.macroF1(), 1e-12);
        assertEquals(0.7071428571428572, e.macroF1(), 1e-12);
        assertEquals(10, e.metrics().testRows());
        assertEquals(List.of(0.75, 0.5, 1.0), e.metrics().precision());
    }

    @Test
    void aClassNeverPredictedOrAbsentScoresZeroAndStillCountsInTheMacroMean() {
        // class 2 is never in the data and never predicted; class 1 is never predicted
        MulticlassEvaluation e = MulticlassEvaluation.of(new int[] {0, 0, 1}, new int[] {0, 0, 0}, 3);
        assertArrayEquals(new double[] {2 / 3.0, 0, 0}, e.precision(), 1e-12);
        assertArrayEquals(new double[] {1, 0, 0}, e.recall(), 1e-12);
        assertEquals(0.8 / 3, e.macroF1(), 1e-12); // F1_0 = 2·(2/3)·1/(5/3) = 0.8
    }

    @Test
    void noRowsGiveZeros() {
        MulticlassEvaluation e = MulticlassEvaluation.of(new int[0], new int[0], 2);
        assertEquals(0, e.accuracy());
        assertEquals(0, e.macroF1());
        assertEquals(0, e.rows());
    }
}
