package com.mstudio.engine.segment;

import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.*;

/** k-means segmentation of the Telco sample with the suggested features, through the real job engine. */
class KMeansSegmentationTest {
    private static JobEngine engine;
    private static DefaultSegmentService service;
    private static Dataset churn;
    private static List<String> features;

    @BeforeAll
    static void start() {
        engine = SegmentTestSupport.engine();
        service = SegmentTestSupport.service(engine);
        churn = ChurnData.load();
        features = service.suggestFeatures(churn, List.of());
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void fixedKGivesSensibleProfilesOfTheTelcoCustomers() {
        List<Progress> progress = new CopyOnWriteArrayList<>();
        SegmentationResult r = service.segment(churn, SegmentationRequest.kmeans(features, 4, 42), Runnable::run,
                new JobListener<>() {
                    @Override public void onProgress(Progress p) { progress.add(p); }
                }).await();
        print(r);
        assertEquals(4, r.k());
        assertEquals(4, r.chosenK());
        assertTrue(r.kScan().isEmpty());
        assertSensible(r);
        assertTrue(progress.size() >= 5, "progress through the stages: " + progress.size());
        assertTrue(progress.stream().anyMatch(p -> p.message().contains("Describing")));
        assertTrue(progress.stream().anyMatch(p -> p.message().startsWith("Fitting 4 segments · iteration ")),
                progress.stream().map(Progress::message).toList().toString());

        // The segment whose tenure is furthest above the base holds more two-year contracts than the base does.
        SegmentProfile longTenure = r.profiles().stream()
                .max((a, b) -> Double.compare(contrast(a, "tenure").zScore(), contrast(b, "tenure").zScore())).orElseThrow();
        assertTrue(contrast(longTenure, "tenure").zScore() > 0.5, "a segment with clearly longer tenure");
        FeatureContrast twoYear = contrast(longTenure, "contract=Two year");
        assertTrue(twoYear.lift() > 1.5, "two-year contracts over-represented: lift " + twoYear.lift());
        assertEquals(twoYear.segmentValue() / twoYear.baseValue(), twoYear.lift(), 1e-12);
        assertTrue(longTenure.topFeatures().contains("tenure high"), longTenure.topFeatures().toString());
        assertTrue(longTenure.description().toLowerCase().contains("long tenure"), longTenure.description());

        // The base value is the same in every segment, and the category shares of a column add up to one.
        for (SegmentProfile p : r.profiles()) {
            assertEquals(contrast(r.profiles().get(0), "monthly_charges").baseValue(), contrast(p, "monthly_charges").baseValue());
            double contractShares = p.contrasts().stream().filter(c -> c.column().equals("contract"))
                    .mapToDouble(FeatureContrast::segmentValue).sum();
            assertEquals(1.0, contractShares, 1e-9);
        }
        // Base mean of tenure in the user's units (months), not in standard deviations.
        double meanTenure = 0;
        int tenure = churn.indexOf("tenure");
        for (int row = 0; row < churn.rowCount(); row++) meanTenure += churn.number(row, tenure);
        assertEquals(meanTenure / churn.rowCount(), contrast(r.profiles().get(0), "tenure").baseValue(), 1e-9);
    }

    @Test
    void autoKScansTheRangeAndPicksTheBestSilhouette() {
        SegmentationResult r = SegmentTestSupport.run(service, churn, SegmentationRequest.kmeans(features, 42));
        print(r);
        assertEquals(9, r.kScan().size(), "k = 2..10");
        assertEquals(2, r.kScan().get(0).k());
        SegmentationResult.KScore best = r.kScan().stream().max((a, b) -> Double.compare(a.silhouette(), b.silhouette())).orElseThrow();
        assertEquals(best.k(), r.chosenK());
        assertEquals(r.chosenK(), r.k());
        for (int i = 1; i < r.kScan().size(); i++) {
            assertTrue(r.kScan().get(i).inertia() < r.kScan().get(i - 1).inertia() * 1.001, "the elbow curve falls");
        }
        assertSensible(r);
    }

    @Test
    void theSameSeedGivesTheSameSegmentsAndNames() {
        SegmentationRequest request = SegmentationRequest.kmeans(features, 5, 7);
        SegmentationResult a = SegmentTestSupport.run(service, churn, request);
        SegmentationResult b = SegmentTestSupport.run(service, churn, request);
        assertArrayEquals(a.assignments(), b.assignments());
        assertEquals(a.model().segmentNames(), b.model().segmentNames());
        assertEquals(a.silhouette(), b.silhouette());
        assertArrayEquals(a.projection().x(), b.projection().x());
        for (int i = 0; i < a.k(); i++) assertArrayEquals(a.model().centroids().get(i), b.model().centroids().get(i));
    }

    @Test
    void theSegmentedTableIsTheInputPlusSegmentAndName() {
        SegmentationResult r = SegmentTestSupport.run(service, churn, SegmentationRequest.kmeans(List.of("tenure", "contract"), 3, 42));
        var t = r.segmented();
        assertEquals(churn.columnCount() + 2, t.columnCount());
        assertEquals("segment", t.column(churn.columnCount()).name());
        assertEquals("segment_name", t.column(churn.columnCount() + 1).name());
        for (int row = 0; row < t.rowCount(); row += 997) {
            assertEquals(churn.text(row, 5), t.text(row, 5));
            assertEquals(r.assignments()[row], (int) t.number(row, churn.columnCount()));
            assertEquals(r.profiles().get(r.assignments()[row]).name(), t.text(row, churn.columnCount() + 1));
        }
        // Segment 0 is the largest.
        for (int s = 1; s < r.k(); s++) assertTrue(r.profiles().get(s - 1).size() >= r.profiles().get(s).size());
        // The renamed copy changes names everywhere; the original result is untouched.
        SegmentationResult renamed = service.rename(r, 1, "Core base");
        assertEquals("Core base", renamed.profiles().get(1).name());
        assertEquals("Core base", renamed.model().segmentNames().get(1));
        int row = 0;
        while (r.assignments()[row] != 1) row++;
        assertEquals("Core base", renamed.segmented().text(row, churn.columnCount() + 1));
        assertNotEquals("Core base", r.profiles().get(1).name());
        assertThrows(com.mstudio.engine.api.StudioException.class, () -> service.rename(r, 0, renamed.profiles().get(2).name()));
        assertThrows(com.mstudio.engine.api.StudioException.class, () -> service.rename(r, 0, "  "));
    }

    static void assertSensible(SegmentationResult r) {
        int rows = r.segmented().rowCount();
        assertEquals(rows, r.profiles().stream().mapToInt(SegmentProfile::size).sum(), "sizes sum to the rows");
        assertEquals(1.0, r.profiles().stream().mapToDouble(SegmentProfile::share).sum(), 1e-9, "shares sum to 1");
        assertEquals(r.k(), new HashSet<>(r.model().segmentNames()).size(), "distinct names " + r.model().segmentNames());
        for (SegmentProfile p : r.profiles()) {
            assertTrue(p.size() > 0);
            assertFalse(p.description().isBlank());
            assertFalse(p.topFeatures().isEmpty());
            assertTrue(p.topFeatures().size() <= 5);
        }
        assertTrue(r.silhouette() > 0 && r.silhouette() <= 1, "silhouette " + r.silhouette());
        assertEquals(rows, r.projection().x().length);
        assertEquals(r.model().featureColumns().size(), r.distributions().size());
        for (FeatureDistribution d : r.distributions()) {
            if (d.categorical()) {
                assertEquals(r.k() + 1, d.shares().length);
                for (double[] shares : d.shares()) assertEquals(1.0, java.util.Arrays.stream(shares).sum(), 1e-9);
            } else {
                assertEquals(r.k() + 1, d.boxes().size());
                assertEquals(rows - r.segmented().column(r.segmented().indexOf(d.column())).missing(), d.boxes().get(r.k()).count());
                for (FeatureDistribution.Box b : d.boxes()) {
                    assertTrue(b.whiskerLow() <= b.q1() && b.q1() <= b.median() && b.median() <= b.q3() && b.q3() <= b.whiskerHigh());
                }
            }
        }
    }

    static FeatureContrast contrast(SegmentProfile p, String feature) {
        return p.contrasts().stream().filter(c -> c.feature().equals(feature)).findFirst().orElseThrow(() -> new AssertionError(feature));
    }

    private static void print(SegmentationResult r) {
        System.out.printf("k=%d silhouette=%.3f%n", r.k(), r.silhouette());
        for (SegmentProfile p : r.profiles()) {
            System.out.printf("  %d %-45s %5d  %s  %s%n", p.id(), p.name(), p.size(), p.description(), p.topFeatures());
        }
    }
}
