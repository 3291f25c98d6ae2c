package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureDistribution.Box;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

class DistributionBuilderTest {

    @Test
    void tukeyBoxOnKnownValues() {
        double[] v = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 0};
        // the slice 1..9 plus 100: quartiles by linear interpolation over 10 values
        Box b = DistributionBuilder.box(v, 1, 11);
        assertEquals(3.25, b.q1(), 1e-12);
        assertEquals(5.5, b.median(), 1e-12);
        assertEquals(7.75, b.q3(), 1e-12);
        assertEquals(1, b.whiskerLow());
        assertEquals(9, b.whiskerHigh(), "100 is beyond 1.5 IQR");
        assertEquals(14.5, b.mean(), 1e-12);
        assertEquals(10, b.count());
        assertEquals(0, DistributionBuilder.box(v, 3, 3).count());
    }

    @Test
    void mergingSortedRunsEqualsSortingEverything() {
        Random rnd = new Random(3);
        for (int k = 1; k <= 9; k++) {
            int[] start = new int[k + 1];
            for (int s = 0; s < k; s++) start[s + 1] = start[s] + rnd.nextInt(50);
            double[] values = new double[start[k]];
            for (int i = 0; i < values.length; i++) values[i] = rnd.nextInt(20);
            for (int s = 0; s < k; s++) Arrays.sort(values, start[s], start[s + 1]);
            double[] expected = values.clone();
            Arrays.sort(expected);
            assertArrayEquals(expected, DistributionBuilder.mergeRuns(values, start), "k=" + k);
        }
    }
}
