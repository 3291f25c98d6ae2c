package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.SegmentationResult.KScore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class AutoKTest {
    @Test
    void findsFourWellSeparatedBlobs() {
        KMeansBenchmark.Blobs blobs = KMeansBenchmark.blobs(40_000, 5, 4, 1.0, 17);
        AutoK.Scan scan = AutoK.scan(blobs.matrix(), 2, 8, 42, Silhouette.DEFAULT_SAMPLE, new ProgressSpan(new PlainJobContext(), 0, 1));
        for (KScore s : scan.scores()) System.out.printf("k=%d inertia=%.1f silhouette=%.4f%n", s.k(), s.inertia(), s.silhouette());
        assertEquals(4, scan.bestK());
        assertEquals(7, scan.scores().size());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8), scan.fits().keySet().stream().toList());
        assertEquals(4, scan.elbowK());
        assertTrue(AdjustedRandIndex.of(blobs.truth(), scan.fits().get(4).assignments()) > 0.99);
        for (int i = 1; i < scan.scores().size(); i++) {
            assertTrue(scan.scores().get(i).inertia() <= scan.scores().get(i - 1).inertia() * 1.001, "inertia falls with k");
        }
    }

    @Test
    void theProgressSaysWhichKIsBeingTriedAndOnlyMovesForward() {
        KMeansBenchmark.Blobs blobs = KMeansBenchmark.blobs(5_000, 4, 4, 1.0, 3);
        List<Double> fractions = new java.util.ArrayList<>();
        List<String> messages = new java.util.ArrayList<>();
        AutoK.scan(blobs.matrix(), 2, 10, 42, 500, new ProgressSpan(new PlainJobContext((f, m) -> {
            fractions.add(f);
            messages.add(m);
        }), 0.05, 0.75));
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "progress fell at " + messages.get(i) + ": " + fractions);
        }
        assertEquals(0.75, fractions.get(fractions.size() - 1), 1e-9);
        assertTrue(messages.contains("Trying k = 2 (1 of 9)"), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Trying k = 5 (4 of 9) · iteration ")), messages.toString());
        assertTrue(messages.contains("Trying k = 10 (9 of 9) · scoring"), messages.toString());
        assertTrue(messages.stream().noneMatch(m -> m.startsWith("k-means") || m.startsWith("iteration")),
                "every k-means message says where the scan is");
    }

    @Test
    void aSilhouetteTieGoesToTheKNearestTheElbow() {
        // silhouettes of 3 and 5 tie within 0.01; the inertia curve bends at 4 → 5 is as near as 3, so the smaller wins
        List<KScore> scores = List.of(new KScore(2, 1000, 0.50), new KScore(3, 400, 0.705), new KScore(4, 150, 0.60),
                new KScore(5, 130, 0.71), new KScore(6, 120, 0.40));
        assertEquals(4, AutoK.elbow(scores));
        assertEquals(3, AutoK.choose(scores));
        // a clear best silhouette wins even away from the elbow
        List<KScore> clear = List.of(new KScore(2, 1000, 0.50), new KScore(3, 400, 0.60), new KScore(4, 150, 0.62),
                new KScore(5, 130, 0.80), new KScore(6, 120, 0.40));
        assertEquals(5, AutoK.choose(clear));
    }

    @Test
    void theScanStopsWhereThereAreNoMoreDistinctRows() {
        // three distinct points, repeated: k = 2 and 3 can be fitted, 4 and up cannot
        float[] values = new float[300];
        for (int r = 0; r < 300; r++) values[r] = (r % 3) * 10;
        AutoK.Scan scan = AutoK.scan(KMeansTest.matrix(values, 1), 2, 6, 1, 100, new ProgressSpan(new PlainJobContext(), 0, 1));
        assertEquals(List.of(2, 3), scan.scores().stream().map(KScore::k).toList());
        assertEquals(3, scan.bestK());
        assertEquals(0, scan.fits().get(3).inertia(), 1e-9);
        float[] constant = new float[100];
        assertThrows(com.mstudio.engine.api.StudioException.class,
                () -> AutoK.scan(KMeansTest.matrix(constant, 1), 2, 4, 1, 100, new ProgressSpan(new PlainJobContext(), 0, 1)));
    }
}
