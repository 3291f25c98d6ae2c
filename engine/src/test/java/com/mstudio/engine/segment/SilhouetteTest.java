package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureMatrix;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class SilhouetteTest {
    @Test
    void handCheckedExample() {
        // 1-D points 0, 1 (cluster 0), 4, 6 (cluster 1), 20 (cluster 2, alone)
        //   0: a = 1, b = min((4+6)/2, 20) = 5     → s = (5 - 1) / 5     = 0.8
        //   1: a = 1, b = min((3+5)/2, 19) = 4     → s = (4 - 1) / 4     = 0.75
        //   4: a = 2, b = min((4+3)/2, 16) = 3.5   → s = (3.5 - 2) / 3.5 = 3/7
        //   6: a = 2, b = min((6+5)/2, 14) = 5.5   → s = (5.5 - 2) / 5.5 = 7/11
        //  20: alone in its cluster               → s = 0
        // mean = (0.8 + 0.75 + 3/7 + 7/11 + 0) / 5 = 0.522987...
        FeatureMatrix x = KMeansTest.matrix(new float[]{0, 1, 4, 6, 20}, 1);
        int[] labels = {0, 0, 1, 1, 2};
        double expected = (0.8 + 0.75 + 3.0 / 7 + 7.0 / 11) / 5;
        assertEquals(expected, Silhouette.sampled(x, labels, 3, 100, 1), 1e-6);
        // without the singleton: mean of the four = 0.653734...
        FeatureMatrix four = KMeansTest.matrix(new float[]{0, 1, 4, 6}, 1);
        assertEquals((0.8 + 0.75 + 3.0 / 7 + 7.0 / 11) / 4, Silhouette.sampled(four, new int[]{0, 0, 1, 1}, 2, 100, 1), 1e-6);
    }

    @Test
    void distancesAreEuclideanAcrossColumns() {
        // (0,0),(0,1) vs (3,4),(3,5): computed by hand with Euclidean distances
        FeatureMatrix x = KMeansTest.matrix(new float[]{0, 0, 0, 1, 3, 4, 3, 5}, 2);
        double d00 = 5, d01 = Math.sqrt(9 + 25), d10 = Math.sqrt(9 + 9), d11 = 5;
        double s0 = ((d00 + d01) / 2 - 1) / ((d00 + d01) / 2);
        double s1 = ((d10 + d11) / 2 - 1) / ((d10 + d11) / 2);
        double s2 = ((d00 + d10) / 2 - 1) / ((d00 + d10) / 2);
        double s3 = ((d01 + d11) / 2 - 1) / ((d01 + d11) / 2);
        assertEquals((s0 + s1 + s2 + s3) / 4, Silhouette.sampled(x, new int[]{0, 0, 1, 1}, 2, 10, 1), 1e-6);
    }

    @Test
    void onlyOneClusterHasNoSilhouette() {
        assertTrue(Double.isNaN(Silhouette.sampled(KMeansTest.matrix(new float[]{0, 1, 2}, 1), new int[]{1, 1, 1}, 2, 10, 1)));
    }

    @Test
    void largeDataIsScoredOnABoundedSeededSample() {
        KMeansBenchmark.Blobs blobs = KMeansBenchmark.blobs(200_000, 4, 3, 1.0, 9);
        Silhouette.Score score = Silhouette.score(blobs.matrix(), blobs.truth(), 3, 2_000, 5);
        assertEquals(2_000, score.sampleSize());
        assertTrue(score.mean() > 0.7, "well-separated blobs score high: " + score.mean());
        assertEquals(score, Silhouette.score(blobs.matrix(), blobs.truth(), 3, 2_000, 5), "same seed, same sample");

        int[] rows = Silhouette.sampleRows(200_000, 2_000, 5);
        assertEquals(2_000, java.util.Arrays.stream(rows).distinct().count(), "drawn without replacement");
        assertEquals(7, Silhouette.score(KMeansTest.matrix(new float[7], 1), new int[7], 1, 2_000, 5).sampleSize(),
                "a small table is used whole");
    }
}
