package com.mstudio.engine.predict;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FittedTransform.FittedColumn;
import com.mstudio.engine.api.PropensityService.Contribution;
import com.mstudio.engine.api.PropensityService.Explanation;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.mstudio.engine.predict.TelcoFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class ExplainerTest {
    static final int TENURE = TELCO.indexOf("tenure");
    static final int CONTRACT = TELCO.indexOf("contract");
    static final int INTERNET = TELCO.indexOf("internet_service");

    /** The lower median of tenure over all 7,043 customers, worked out here independently. */
    static double medianTenure() {
        double[] t = IntStream.range(0, TELCO.rowCount()).mapToDouble(r -> TELCO.number(r, TENURE)).sorted().toArray();
        return t[(t.length - 1) / 2];
    }

    static double z(double tenure, boolean monthToMonth, boolean fiber) {
        FittedColumn t = fitted("tenure");
        return BIAS - 1.2 * (tenure - t.center()) / t.spread() + (monthToMonth ? 1.0 : 0) + (fiber ? 0.7 : 0);
    }

    /** A long-standing two-year customer on fiber: two of the three used columns differ from the typical customer. */
    static int twoYearFiberRow() {
        for (int r = 0; r < TELCO.rowCount(); r++) {
            if (TELCO.text(r, CONTRACT).equals("Two year") && TELCO.text(r, INTERNET).equals("Fiber optic") && TELCO.number(r, TENURE) > 60) return r;
        }
        throw new AssertionError("no such customer in the sample");
    }

    @Test
    void effectsAreTheScoreMinusTheScoreWithOneTypicalValue() {
        int row = twoYearFiberRow();
        Explanation e = Explainer.explain(linearScorer(), CLEANING, TRANSFORM, TELCO, row, FEATURES);
        double tenure = TELCO.number(row, TENURE);
        double median = medianTenure();
        // Month-to-month and fiber are the most common values, so the typical customer has both.
        double score = sigmoid(z(tenure, false, true));
        assertEquals(score, e.score(), 1e-6);
        assertEquals(sigmoid(z(median, true, true)), e.baseScore(), 1e-6);
        Map<String, Contribution> by = e.contributions().stream().collect(Collectors.toMap(Contribution::column, c -> c));
        assertEquals(FEATURES.size(), e.contributions().size());
        assertEquals(score - sigmoid(z(median, false, true)), by.get("tenure").effect(), 1e-6);
        assertEquals(score - sigmoid(z(tenure, true, true)), by.get("contract").effect(), 1e-6);
        assertTrue(by.get("tenure").effect() < 0 && by.get("contract").effect() < 0, "both make this customer less likely to churn");
        assertEquals(0.0, by.get("internet_service").effect(), 1e-12, "fiber is already the typical value");
        assertEquals(0.0, by.get("payment_method").effect(), 1e-12, "a column the model ignores");
        assertEquals("Two year", by.get("contract").value());
        assertEquals(TELCO.text(row, TENURE), by.get("tenure").value());
        double[] sizes = e.contributions().stream().mapToDouble(c -> Math.abs(c.effect())).toArray();
        for (int i = 1; i < sizes.length; i++) assertTrue(sizes[i - 1] >= sizes[i], "largest effect first: " + Arrays.toString(sizes));
    }

    @Test
    void aViewThatIsNotAnEngineDatasetExplainsTheSame() {
        int row = twoYearFiberRow();
        DataTable view = new ViewOf(TELCO);
        Explanation direct = Explainer.explain(linearScorer(), CLEANING, TRANSFORM, TELCO, row, FEATURES);
        Explanation viaView = Explainer.explain(linearScorer(), CLEANING, TRANSFORM, view, row, FEATURES);
        assertEquals(direct, viaView);
        // A yes/no column keeps the file's words when copied (one-hot steps match categories by their text).
        int churn = TELCO.indexOf("churn");
        assertEquals(com.mstudio.engine.api.ColumnType.BOOLEAN, TELCO.column(churn).type());
        DataTable copied = FeatureRows.select(view, List.of("churn"), FeatureRows.allRows(TELCO.rowCount()));
        for (int r = 0; r < 50; r++) assertEquals(TELCO.text(r, churn), copied.text(r, 0));
    }

    @Test
    void aRowOutsideTheTableIsAPlainError() {
        StudioException e = assertThrows(StudioException.class,
                () -> Explainer.explain(linearScorer(), CLEANING, TRANSFORM, TELCO, TELCO.rowCount(), FEATURES));
        assertTrue(e.getMessage().contains("no row 7044"), e.getMessage());
        StudioException missing = assertThrows(StudioException.class,
                () -> Explainer.explain(linearScorer(), CLEANING, TRANSFORM, TELCO, 0, List.of("shoe_size")));
        assertTrue(missing.getMessage().contains("shoe_size"), missing.getMessage());
    }

    /** Any table that is not an engine dataset (the UI's views are like this). */
    record ViewOf(DataTable base) implements DataTable {
        @Override public int rowCount() { return base.rowCount(); }
        @Override public int columnCount() { return base.columnCount(); }
        @Override public List<ColumnInfo> columns() { return base.columns(); }
        @Override public boolean isMissing(int row, int column) { return base.isMissing(row, column); }
        @Override public String text(int row, int column) { return base.text(row, column); }
        @Override public double number(int row, int column) { return base.number(row, column); }
    }
}
