package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityService.LeakageWarning;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeakageCheckTest {
    /** Telco plus a copy of the target, a date filled only for churners, and an identifier-like number. */
    private static Dataset leaky() {
        Dataset churn = PredictTestSupport.churn();
        int t = churn.indexOf("churn");
        int n = churn.rowCount();
        StringColumn.Builder copy = StringColumn.builder("churn_copy", ColumnType.CATEGORICAL, n);
        LongColumn.Builder date = LongColumn.builder("churn_date", ColumnType.DATE, n);
        for (int r = 0; r < n; r++) {
            boolean yes = churn.text(r, t).equals("Yes");
            copy.append(yes ? "gone" : "stayed");
            if (yes) date.append(19_000 + r % 300); else date.appendMissing();
        }
        List<Column> cols = new ArrayList<>(churn.columnList());
        cols.add(copy.build());
        cols.add(date.build());
        return new Dataset(cols);
    }

    @Test
    void aCopyOfTheTargetAndADateOnlyChurnersHaveAreFlagged() {
        List<String> features = new ArrayList<>(PredictTestSupport.churnFeatures());
        features.add("churn_copy");
        features.add("churn_date");
        List<LeakageWarning> warnings = LeakageCheck.check(leaky(), "churn", "Yes", features);
        assertEquals(List.of("churn_copy", "churn_date"), warnings.stream().map(LeakageWarning::column).toList(),
                "only the two leaks; no honest Telco feature separates churners that well");
        assertEquals(1.0, warnings.get(0).separation(), 1e-9);
        assertTrue(warnings.get(0).reason().contains("\"churn_copy\" alone tells churn = Yes from the rest almost perfectly (AUC 1.00)"),
                warnings.get(0).reason());
        assertTrue(warnings.get(1).reason().startsWith("Whether \"churn_date\" is empty alone tells churn = Yes"), warnings.get(1).reason());
    }

    @Test
    void honestFeaturesSeparateLessAndAreNotFlagged() {
        Dataset churn = PredictTestSupport.churn();
        Targets.Labels labels = Targets.labels(churn, "churn", "Yes");
        double contract = LeakageCheck.separation(churn, churn.indexOf("contract"), labels);
        double tenure = LeakageCheck.separation(churn, churn.indexOf("tenure"), labels);
        assertTrue(contract > 0.70 && contract < 0.95, "contract " + contract);
        assertTrue(tenure > 0.70 && tenure < 0.95, "tenure " + tenure);
        assertTrue(LeakageCheck.check(churn, "churn", "Yes", PredictTestSupport.churnFeatures()).isEmpty());
    }

    @Test
    void rowsWithoutATargetAreLeftOutAndSaidSo() {
        Dataset churn = PredictTestSupport.churn();
        int t = churn.indexOf("churn");
        LongColumn.Builder target = LongColumn.builder("churn", ColumnType.BOOLEAN, churn.rowCount());
        for (int r = 0; r < churn.rowCount(); r++) {
            if (r % 100 == 0) target.appendMissing(); else target.append((long) churn.number(r, t));
        }
        Dataset table = churn.withColumn(t, target.build().withBooleanLabels("No", "Yes"));
        PropensityRequest request = new PropensityRequest("churn", "Yes", PredictTestSupport.churnFeatures(),
                PropensityRequest.Models.LOGISTIC, new PropensityRequest.MlpSettings(List.of(8), 0, 0.005, 256, 1, 1),
                PropensityRequest.Imbalance.AUTO, 0.15, 0.2, 42);
        try (JobEngine engine = PredictTestSupport.engine()) {
            PropensityResult result = PredictTestSupport.onEngine(engine,
                    ctx -> PredictTestSupport.trainer().train(table, null, request, "gaps", ctx));
            PropensityResult.Split s = result.split();
            assertEquals(7043 - 71, s.trainRows() + s.validationRows() + s.testRows());
            assertEquals(1, result.warnings().size());
            LeakageWarning w = result.warnings().get(0);
            assertEquals("churn", w.column());
            assertTrue(Double.isNaN(w.separation()));
            assertEquals("71 rows have no churn value; they were left out of training and testing.", w.reason());
        }
    }

    @Test
    void trainingReportsTheLeakInItsResult() {
        List<String> features = new ArrayList<>(PredictTestSupport.churnFeatures());
        features.add("churn_copy");
        PropensityRequest request = new PropensityRequest("churn", "Yes", features, PropensityRequest.Models.LOGISTIC,
                new PropensityRequest.MlpSettings(List.of(8), 0, 0.005, 256, 2, 2), PropensityRequest.Imbalance.AUTO, 0.15, 0.2, 42);
        Dataset table = leaky();
        try (JobEngine engine = PredictTestSupport.engine()) {
            PropensityResult result = PredictTestSupport.onEngine(engine,
                    ctx -> PredictTestSupport.trainer().train(table, null, request, "leaky", ctx));
            assertEquals(List.of("churn_copy"), result.warnings().stream().map(LeakageWarning::column).toList());
            assertTrue(result.models().get(0).evaluation().metrics().rocAuc() > 0.99, "the leak does give the answer away");
        }
    }
}
