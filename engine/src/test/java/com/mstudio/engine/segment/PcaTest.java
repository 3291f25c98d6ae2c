package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.SegmentationResult;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.*;

class PcaTest {
    @Test
    void theFirstComponentFollowsTheDominantDirection() {
        // 3-D points spread mostly along (1, 2, 2)/3 (sd 10), a little along (2, -2, 1)/3 (sd 2), hardly in the third
        SplittableRandom random = new SplittableRandom(3);
        int n = 20_000;
        double[] u = {1 / 3.0, 2 / 3.0, 2 / 3.0}, w = {2 / 3.0, -2 / 3.0, 1 / 3.0}, z = {2 / 3.0, 1 / 3.0, -2 / 3.0};
        float[] values = new float[n * 3];
        double[] along = new double[n];
        for (int r = 0; r < n; r++) {
            double a = 10 * random.nextGaussian(), b = 2 * random.nextGaussian(), c = 0.1 * random.nextGaussian();
            along[r] = a;
            for (int j = 0; j < 3; j++) values[r * 3 + j] = (float) (5 + a * u[j] + b * w[j] + c * z[j]);
        }
        FeatureMatrix x = KMeansTest.matrix(values, 3);
        SegmentationResult.Projection p = Pca.project(x);
        assertEquals(n, p.x().length);
        // variances 100 : 4 : 0.01
        assertEquals(100 / 104.01, p.explainedVariance()[0], 0.01);
        assertEquals(4 / 104.01, p.explainedVariance()[1], 0.005);
        // the first coordinate is the position along u (up to the fixed sign: u's largest loading is positive)
        for (int r = 0; r < n; r += 997) assertEquals(along[r], p.x()[r], 0.5, "row " + r);
        double mean = 0;
        for (float v : p.y()) mean += v;
        assertEquals(0, mean / n, 1e-3, "projections are centred");
    }

    @Test
    void oneFeatureGivesAFlatSecondAxis() {
        SegmentationResult.Projection p = Pca.project(KMeansTest.matrix(new float[]{1, 2, 3, 4}, 1));
        assertArrayEquals(new float[]{-1.5f, -0.5f, 0.5f, 1.5f}, p.x());
        assertArrayEquals(new float[4], p.y());
        assertArrayEquals(new double[]{1, 0}, p.explainedVariance());
    }

    @Test
    void eigenDecompositionOfAKnownMatrix() {
        // [[2,1],[1,2]] has eigenvalues 3 (along (1,1)/√2) and 1 (along (1,-1)/√2)
        SymmetricEigen e = SymmetricEigen.of(new double[]{2, 1, 1, 2}, 2);
        assertArrayEquals(new double[]{3, 1}, e.values(), 1e-12);
        assertEquals(Math.abs(e.vector(0, 0)), Math.abs(e.vector(0, 1)), 1e-12);
        assertEquals(Math.signum(e.vector(0, 0)), Math.signum(e.vector(0, 1)));
        assertEquals(-Math.signum(e.vector(1, 0)), Math.signum(e.vector(1, 1)));
    }
}
