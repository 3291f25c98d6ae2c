package com.mstudio.engine.creative.quality;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** The formula against cases with closed forms. */
class FrechetDistanceTest {
    @Test
    void oneDimensionIsTheSquaredDifferenceOfMeansPlusOfStandardDeviations() {
        GaussianStats a = new GaussianStats(new double[] {1}, new double[] {4}, 10);
        GaussianStats b = new GaussianStats(new double[] {3}, new double[] {9}, 10);
        assertEquals(4 + 1, FrechetDistance.between(a, b), 1e-9); // (1-3)² + (2-3)²
    }

    @Test
    void diagonalCovariancesAddUpPerDimension() {
        GaussianStats a = new GaussianStats(new double[] {0, 0, 0}, diag(1, 4, 16), 10);
        GaussianStats b = new GaussianStats(new double[] {1, 0, 2}, diag(9, 4, 1), 10);
        double expected = 1 + 4 + (1 - 3) * (1 - 3) + 0 + (4 - 1) * (4 - 1);
        assertEquals(expected, FrechetDistance.between(a, b), 1e-9);
        assertEquals(expected, FrechetDistance.between(b, a), 1e-9, "symmetric");
    }

    @Test
    void aSetAgainstItselfIsZeroAndAShiftCostsItsSquaredLength() {
        Random random = new Random(3);
        int n = 500, d = 64;
        double[][] x = new double[n][d], shifted = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian() * (1 + j % 5) + (j % 3 == 0 ? x[i][0] : 0); // correlated, uneven
                shifted[i][j] = x[i][j] + 0.5;
            }
        }
        GaussianStats s = GaussianStats.of(x);
        assertEquals(0, FrechetDistance.between(s, s), 1e-6);
        assertEquals(d * 0.25, FrechetDistance.between(s, GaussianStats.of(shifted)), 1e-6);
    }

    @Test
    void theMatrixSquareRootSquaresBack() {
        double[] m = {4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2};
        double[] root = FrechetDistance.sqrt(m, 3);
        double[] back = FrechetDistance.multiply(root, root, 3);
        for (int i = 0; i < 9; i++) assertEquals(m[i], back[i], 1e-9);
    }

    private static double[] diag(double... values) {
        int d = values.length;
        double[] m = new double[d * d];
        for (int i = 0; i < d; i++) m[i * d + i] = values[i];
        return m;
    }
}
