package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class KMeansTest {
    private static ProgressSpan quiet() {
        return new ProgressSpan(new PlainJobContext(), 0, 1);
    }

    @Test
    void sameSeedGivesIdenticalResultsAndAnotherSeedMayDiffer() {
        FeatureMatrix x = KMeansBenchmark.blobs(30_000, 5, 6, 4.0, 7).matrix();
        KMeans.Fit a = KMeans.fit(x, 6, 11, 300, quiet());
        KMeans.Fit b = KMeans.fit(x, 6, 11, 300, quiet());
        assertArrayEquals(a.centroids(), b.centroids());
        assertArrayEquals(a.assignments(), b.assignments());
        assertEquals(a.inertia(), b.inertia());
        assertEquals(a.iterations(), b.iterations());

        KMeans.Fit other = KMeans.fit(x, 6, 12, 300, quiet());
        assertFalse(java.util.Arrays.equals(a.centroids(), other.centroids()), "another seed starts from other centres");
    }

    @Test
    void theNumberOfThreadsDoesNotChangeOneBit() {
        ColumnMajor data = ColumnMajor.of(KMeansBenchmark.blobs(50_000, 4, 5, 5.0, 3).matrix());
        KMeans.Fit one, three;
        try (RowPool pool = RowPool.withThreads(data.rows, 1)) {
            one = KMeans.fit(data, 5, 99, 300, quiet(), pool);
        }
        try (RowPool pool = RowPool.withThreads(data.rows, 3)) {
            assertEquals(3, pool.threads());
            three = KMeans.fit(data, 5, 99, 300, quiet(), pool);
        }
        assertArrayEquals(one.centroids(), three.centroids());
        assertArrayEquals(one.assignments(), three.assignments());
        assertEquals(one.inertia(), three.inertia());
    }

    @Test
    void recoversKnownBlobs() {
        // spread 3 with centres in [-10, 10]^6: the blobs overlap a little, so a perfect score is not possible
        KMeansBenchmark.Blobs blobs = KMeansBenchmark.blobs(20_000, 6, 5, 3.0, 2024);
        KMeans.Fit fit = KMeans.fit(blobs.matrix(), 5, 42, 300, quiet());
        double ari = AdjustedRandIndex.of(blobs.truth(), fit.assignments());
        System.out.printf("ARI k-means vs generated blobs (20,000 × 6, k=5): %.4f after %d iterations%n", ari, fit.iterations());
        assertTrue(fit.converged());
        assertTrue(ari > 0.93, "adjusted Rand index " + ari);
    }

    @Test
    void assignmentsAreTheNearestCentroidsAndInertiaAddsUp() {
        FeatureMatrix x = KMeansBenchmark.blobs(5_000, 3, 4, 6.0, 5).matrix();
        KMeans.Fit fit = KMeans.fit(x, 4, 1, 300, quiet());
        assertArrayEquals(fit.assignments(), KMeans.assign(x, fit.centroids(), 4));
        double inertia = 0;
        for (int r = 0; r < x.rows(); r++) {
            double best = Double.MAX_VALUE;
            for (int c = 0; c < 4; c++) best = Math.min(best, squaredDistance(x, r, fit.centroids(), c));
            assertEquals(best, squaredDistance(x, r, fit.centroids(), fit.assignments()[r]), 1e-4, "row " + r);
            inertia += best;
        }
        assertEquals(inertia, fit.inertia(), inertia * 1e-5);
        // each centroid is the mean of its rows (of the assignment before the last, tiny, move when the fit
        // stopped on the centroid-shift tolerance, hence the loose bound)
        for (int c = 0; c < 4; c++) {
            double sum = 0;
            int count = 0;
            for (int r = 0; r < x.rows(); r++) if (fit.assignments()[r] == c) { sum += x.get(r, 0); count++; }
            assertEquals(sum / count, fit.centroids()[c * 3], 1e-2);
        }
    }

    @Test
    void anEmptyClusterIsReseededFromTheFarthestRow() {
        // two tight groups plus one far outlier; the third start centre is so far away that no row picks it
        float[] values = {0, 0, 0.1f, 0, 0, 0.1f, 10, 10, 10.1f, 10, 10, 10.1f, 30, 0};
        FeatureMatrix x = matrix(values, 2);
        ColumnMajor data = ColumnMajor.of(x);
        double[] start = {0, 0, 10, 10, 1000, 1000};
        KMeans.Fit fit;
        try (RowPool pool = RowPool.open(data.rows)) {
            fit = KMeans.lloyd(data, start, 3, 100, quiet(), pool);
        }
        assertTrue(fit.converged());
        // the empty cluster restarted at the row farthest from its centroid: the outlier (30, 0), and keeps it
        assertEquals(30, fit.centroids()[4], 1e-9);
        assertEquals(0, fit.centroids()[5], 1e-9);
        assertEquals(2, fit.assignments()[6]);
        int[] counts = new int[3];
        for (int a : fit.assignments()) counts[a]++;
        assertArrayEquals(new int[]{3, 3, 1}, counts);
    }

    @Test
    void moreSegmentsThanDistinctRowsIsAPlainError() {
        FeatureMatrix x = matrix(new float[]{1, 1, 1, 1, 2, 2, 2, 2, 1, 1}, 2);
        StudioException e = assertThrows(StudioException.class, () -> KMeans.fit(x, 3, 1, 10, quiet()));
        assertTrue(e.getMessage().contains("fewer than 3 distinct rows"), e.getMessage());
        assertEquals(2, KMeans.fit(x, 2, 1, 10, quiet()).k());
        StudioException tooMany = assertThrows(StudioException.class, () -> KMeans.fit(x, 6, 1, 10, quiet()));
        assertTrue(tooMany.getMessage().contains("5 rows"), tooMany.getMessage());
    }

    @Test
    void assigningWithASavedModelOfOtherWidthIsAPlainError() {
        FeatureMatrix x = matrix(new float[]{1, 2, 3, 4, 5, 6}, 3);
        StudioException e = assertThrows(StudioException.class, () -> KMeans.assign(x, new double[]{0, 0, 1, 1}, 2));
        assertTrue(e.getMessage().contains("2 features but the data has 3"), e.getMessage());
        assertArrayEquals(new int[]{0, 1}, KMeans.assign(x, new double[]{1, 2, 3, 4, 5, 6}, 2));
    }

    @Test
    void aMissingValueIsNamed() {
        FeatureMatrix x = new FeatureMatrix(new float[]{1, 2, Float.NaN, 4}, 2, 2, List.of("age", "spend"), new int[]{0, 7});
        StudioException e = assertThrows(StudioException.class, () -> KMeans.fit(x, 1, 1, 10, quiet()));
        assertTrue(e.getMessage().contains("'age'") && e.getMessage().contains("row 8"), e.getMessage());
    }

    @Test
    void cancelStopsTheFit() {
        FeatureMatrix x = KMeansBenchmark.blobs(50_000, 5, 8, 6.0, 1).matrix();
        AtomicInteger reports = new AtomicInteger();
        PlainJobContext[] ctx = new PlainJobContext[1];
        ctx[0] = new PlainJobContext((f, m) -> {
            if (reports.incrementAndGet() == 12) ctx[0].cancel();
        });
        assertThrows(JobCancelledException.class, () -> KMeans.fit(x, 8, 1, 300, new ProgressSpan(ctx[0], 0, 1)));
        assertEquals(12, reports.get(), "stops at the next check after the cancel");
    }

    @Test
    void progressClimbsWithinTheSpan() {
        FeatureMatrix x = KMeansBenchmark.blobs(10_000, 3, 3, 3.0, 1).matrix();
        List<Double> seen = new java.util.ArrayList<>();
        KMeans.fit(x, 3, 1, 300, new ProgressSpan(new PlainJobContext((f, m) -> seen.add(f)), 0.2, 0.6));
        assertFalse(seen.isEmpty());
        for (int i = 0; i < seen.size(); i++) {
            assertTrue(seen.get(i) >= 0.2 && seen.get(i) <= 0.6, "fraction " + seen.get(i));
            if (i > 0) assertTrue(seen.get(i) >= seen.get(i - 1), "progress went back at " + i + ": " + seen);
        }
        assertEquals(0.6, seen.get(seen.size() - 1), 1e-12);
    }

    static FeatureMatrix matrix(float[] values, int columns) {
        int rows = values.length / columns;
        List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < columns; j++) names.add("f" + j);
        int[] source = new int[rows];
        for (int r = 0; r < rows; r++) source[r] = r;
        return new FeatureMatrix(values, rows, columns, names, source);
    }

    private static double squaredDistance(FeatureMatrix x, int r, double[] centroids, int c) {
        double s = 0;
        for (int j = 0; j < x.columns(); j++) {
            double t = x.get(r, j) - centroids[c * x.columns() + j];
            s += t * t;
        }
        return s;
    }
}
