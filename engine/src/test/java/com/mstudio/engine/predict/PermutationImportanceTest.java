package com.mstudio.engine.predict;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.PropensityResult.FeatureImportance;
import com.mstudio.engine.runtime.ProgressSpan;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.mstudio.engine.predict.TelcoFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class PermutationImportanceTest {
    /** Every fifth customer stands in for a test set (1,409 rows). */
    static int[] testRows() {
        int[] rows = new int[(TELCO.rowCount() + 4) / 5];
        for (int i = 0; i < rows.length; i++) rows[i] = i * 5;
        return rows;
    }

    static boolean[] labels(int[] rows) {
        boolean[] a = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) a[i] = churned(rows[i]);
        return a;
    }

    @Test
    void onlyTheColumnsTheModelUsesMatterAndTheStrongestComesFirst() {
        int[] rows = testRows();
        List<Double> reported = new ArrayList<>();
        ProgressSpan progress = new ProgressSpan(new PlainJobContext((f, m) -> reported.add(f)), 0.5, 0.9);
        List<FeatureImportance> importance = PermutationImportance.compute(linearScorer(), CLEANING, TRANSFORM, TELCO, rows,
                labels(rows), FEATURES, 42, 3, progress);
        System.out.println("Permutation importance (fixed linear model): " + importance.stream().limit(4)
                .map(f -> String.format("%s %.4f±%.4f", f.column(), f.aucDrop(), f.spread())).collect(Collectors.joining(", ")));
        assertEquals(FEATURES.size(), importance.size());
        Map<String, FeatureImportance> byColumn = importance.stream().collect(Collectors.toMap(FeatureImportance::column, f -> f));
        for (String unused : List.of("female", "partner", "payment_method", "monthly_charges", "total_charges", "streaming_tv")) {
            assertEquals(0.0, byColumn.get(unused).aucDrop(), "a column the model ignores changes no score: " + unused);
            assertEquals(0.0, byColumn.get(unused).spread());
        }
        List<String> top = importance.stream().limit(3).map(FeatureImportance::column).toList();
        assertEquals("tenure", top.get(0), "the largest weight on the widest column");
        assertEquals(java.util.Set.of("tenure", "contract", "internet_service"), java.util.Set.copyOf(top));
        for (String used : top) assertTrue(byColumn.get(used).aucDrop() > 0.005, used + " " + byColumn.get(used));
        for (int i = 1; i < importance.size(); i++) assertTrue(importance.get(i - 1).aucDrop() >= importance.get(i).aucDrop());
        assertTrue(byColumn.get("tenure").spread() > 0, "three different shuffles give three different drops");
        assertFalse(reported.isEmpty());
        assertTrue(reported.stream().allMatch(f -> f >= 0.5 && f <= 0.9), "progress stays within its span");
        assertEquals(0.9, reported.get(reported.size() - 1), 1e-12);
    }

    @Test
    void theSameSeedGivesTheSameFiguresAndAnotherSeedOthers() {
        int[] rows = testRows();
        List<String> columns = List.of("tenure", "contract");
        List<FeatureImportance> a = PermutationImportance.compute(linearScorer(), CLEANING, TRANSFORM, TELCO, rows, labels(rows), columns, 7, 2, null);
        List<FeatureImportance> b = PermutationImportance.compute(linearScorer(), CLEANING, TRANSFORM, TELCO, rows, labels(rows), columns, 7, 2, null);
        List<FeatureImportance> c = PermutationImportance.compute(linearScorer(), CLEANING, TRANSFORM, TELCO, rows, labels(rows), columns, 8, 2, null);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void shufflingTheOnlyColumnAModelUsesLeavesAChanceRanking() {
        // A model of tenure alone: with tenure shuffled every customer's score is a random one, so the AUC falls to
        // about 0.5 and the drop is about the test AUC minus 0.5 (a random ranking of 1,409 rows is 0.5 ± 0.02).
        int[] rows = testRows();
        boolean[] actual = labels(rows);
        Scorer tenureOnly = x -> {
            int t = x.featureNames().indexOf("tenure");
            double[] out = new double[x.rows()];
            for (int r = 0; r < out.length; r++) out[r] = sigmoid(-x.get(r, t));
            return out;
        };
        double base = BinaryMetrics.rocAuc(tenureOnly.score(CLEANING.toFeatureMatrix(TRANSFORM, FeatureRows.select(TELCO, FEATURES, rows))), actual);
        FeatureImportance tenure = PermutationImportance.compute(tenureOnly, CLEANING, TRANSFORM, TELCO, rows, actual,
                List.of("tenure"), 42, 5, null).get(0);
        System.out.printf("tenure alone: test AUC %.4f, drop when shuffled %.4f ± %.4f%n", base, tenure.aucDrop(), tenure.spread());
        assertTrue(base > 0.7, "short tenure does predict churn: " + base);
        assertEquals(base - 0.5, tenure.aucDrop(), 0.03);
        assertTrue(tenure.spread() > 0 && tenure.spread() < 0.03, "five shuffles vary a little: " + tenure.spread());
    }
}
