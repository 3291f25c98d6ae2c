package com.mstudio.engine.data.clean;

import com.mstudio.engine.api.CleaningSpec;
import com.mstudio.engine.api.ColumnStep;
import com.mstudio.engine.api.ColumnStep.Impute;
import com.mstudio.engine.api.ColumnStep.Scale;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.FittedTransform.FittedColumn;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class CleaningServiceTest {
    private final DefaultCleaningService cleaning = new DefaultCleaningService();

    static final CleaningSpec SPEC = CleaningSpec.of(
            ColumnStep.number("tenure", Impute.MEDIAN, Scale.Z_SCORE),
            ColumnStep.number("monthly_charges", Impute.MEAN, Scale.MIN_MAX),
            ColumnStep.number("total_charges", Impute.MEDIAN, Scale.Z_SCORE),
            ColumnStep.number("senior_citizen", Impute.NONE, Scale.NONE),
            ColumnStep.oneHot("contract", Impute.MODE, 0),
            ColumnStep.oneHot("payment_method", Impute.NONE, 2));

    /** The churn table with holes: every 37th monthly charge and every 53rd contract missing. */
    static Dataset churnWithGaps() {
        Dataset churn = ChurnData.load();
        DoubleColumn charges = (DoubleColumn) churn.column("monthly_charges");
        DoubleColumn.Builder cb = DoubleColumn.builder("monthly_charges", churn.rowCount());
        for (int r = 0; r < churn.rowCount(); r++) if (r % 37 == 5) cb.appendMissing(); else cb.append(charges.get(r));
        StringColumn contract = (StringColumn) churn.column("contract");
        StringColumn.Builder sb = StringColumn.builder("contract", ColumnType.CATEGORICAL, churn.rowCount());
        for (int r = 0; r < churn.rowCount(); r++) if (r % 53 == 7) sb.appendMissing(); else sb.append(contract.text(r));
        Dataset d = churn.withColumn(churn.indexOf("monthly_charges"), cb.build());
        return d.withColumn(d.indexOf("contract"), sb.build());
    }

    static Dataset rows(Dataset d, int from, int to) {
        int[] rows = IntStream.range(from, to).toArray();
        List<Column> cols = new ArrayList<>();
        for (Column c : d.columnList()) cols.add(ColumnValues.select(c, rows));
        return new Dataset(cols);
    }

    @Test
    void fitSaveLoadApplyGivesIdenticalFeatures(@TempDir Path dir) throws Exception {
        Dataset all = churnWithGaps();
        Dataset train = rows(all, 0, 5000), rest = rows(all, 5000, all.rowCount());
        FittedTransform fitted = cleaning.fit(train, SPEC);
        Path file = dir.resolve("churn-cleaning.json");
        cleaning.save(fitted, file);
        FittedTransform loaded = cleaning.load(file);
        assertEquals(fitted, loaded);

        FeatureMatrix a = cleaning.toFeatureMatrix(fitted, rest);
        FeatureMatrix b = cleaning.toFeatureMatrix(loaded, rest);
        assertArrayEquals(a.values(), b.values());
        assertEquals(a.featureNames(), b.featureNames());
        assertEquals(List.of("tenure", "monthly_charges", "total_charges", "senior_citizen",
                "contract=Month-to-month", "contract=Two year", "contract=One year",
                "payment_method=Electronic check", "payment_method=Mailed check", "payment_method=other"), a.featureNames());
        assertEquals(2043, a.rows());
        assertEquals(10, a.columns());
        assertEquals(a.rows(), a.toArray().length);
        assertTrue(Files.readString(file).contains("\"formatVersion\" : 1"));
    }

    @Test
    void learnedValuesAreRight() {
        Dataset all = churnWithGaps();
        FittedTransform t = cleaning.fit(all, SPEC);
        FittedColumn charges = t.columns().get(1);
        double[] present = IntStream.range(0, all.rowCount()).filter(r -> r % 37 != 5)
                .mapToDouble(r -> all.number(r, all.indexOf("monthly_charges"))).toArray();
        double mean = java.util.Arrays.stream(present).average().orElseThrow();
        assertEquals(mean, charges.fillNumber(), 1e-9);
        assertEquals("Month-to-month", t.columns().get(4).fillText());
        assertEquals(List.of("Bank transfer (automatic)", "Credit card (automatic)"), t.columns().get(5).otherValues());

        FeatureMatrix m = cleaning.toFeatureMatrix(t, all);
        // z-scored tenure: mean 0, population std 1 on the fitted rows.
        double s = 0, sq = 0;
        for (int r = 0; r < m.rows(); r++) { s += m.get(r, 0); sq += m.get(r, 0) * m.get(r, 0); }
        assertEquals(0, s / m.rows(), 1e-5);
        assertEquals(1, Math.sqrt(sq / m.rows()), 1e-4);
        for (int r = 0; r < m.rows(); r++) {
            assertTrue(m.get(r, 1) >= 0 && m.get(r, 1) <= 1);
            float hot = m.get(r, 4) + m.get(r, 5) + m.get(r, 6);
            assertEquals(1f, hot, "exactly one contract indicator in row " + r);
            assertEquals(1f, m.get(r, 7) + m.get(r, 8) + m.get(r, 9));
        }
        // Row 5 had its charge removed: it gets the mean, min-max scaled.
        FittedColumn c = t.columns().get(1);
        assertEquals((float) ((mean - c.center()) / c.spread()), m.get(5, 1));
        // Row 7 had its contract removed: it gets the mode.
        assertEquals(1f, m.get(7, 4));
    }

    @Test
    void unknownCategoriesAtApplyTimeAreAllZeros() {
        Dataset train = new Dataset(List.of(text("plan", "Basic", "Plus", "Basic", "Gold")));
        FittedTransform t = cleaning.fit(train, CleaningSpec.of(ColumnStep.oneHot("plan", Impute.NONE, 2)));
        assertEquals(List.of("plan=Basic", "plan=Gold", "plan=other"), t.featureNames()); // tie Gold/Plus → alphabetical
        FeatureMatrix m = cleaning.toFeatureMatrix(t, new Dataset(List.of(text("plan", "Plus", "Platinum", null, "Gold"))));
        assertArrayEquals(new float[]{0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0}, m.values());
    }

    @Test
    void droppedRowsKeepTheirSourceRowNumbers() {
        DoubleColumn.Builder b = DoubleColumn.builder("x", 5);
        b.append(1); b.appendMissing(); b.append(3); b.appendMissing(); b.append(5);
        Dataset d = new Dataset(List.of(b.build(), text("id", "a", "b", "c", "d", "e")));
        FittedTransform t = cleaning.fit(d, CleaningSpec.of(ColumnStep.number("x", Impute.DROP_ROWS, Scale.NONE)));
        assertEquals(3, t.fittedRows());
        FeatureMatrix m = cleaning.toFeatureMatrix(t, d);
        assertArrayEquals(new int[]{0, 2, 4}, m.sourceRows());
        DataTable out = cleaning.apply(t, d);
        assertEquals(3, out.rowCount());
        assertEquals("e", out.text(2, out.indexOf("id")));
    }

    @Test
    void clearErrorsNameTheColumn(@TempDir Path dir) throws Exception {
        Dataset churn = ChurnData.load();
        FittedTransform t = cleaning.fit(churn, SPEC);

        Dataset noTenure = new Dataset(churn.columnList().stream().filter(c -> !c.name().equals("tenure")).toList());
        StudioException missing = assertThrows(StudioException.class, () -> cleaning.apply(t, noTenure));
        assertTrue(missing.getMessage().contains("no column \"tenure\""), missing.getMessage());
        assertEquals("tenure", missing.column());

        StringColumn.Builder tb = StringColumn.builder("tenure", ColumnType.TEXT, churn.rowCount());
        for (int r = 0; r < churn.rowCount(); r++) tb.append("about " + r);
        Dataset textTenure = churn.withColumn(churn.indexOf("tenure"), tb.build());
        StudioException type = assertThrows(StudioException.class, () -> cleaning.apply(t, textTenure));
        assertTrue(type.getMessage().contains("held whole numbers") && type.getMessage().contains("holds text"), type.getMessage());

        assertThrows(StudioException.class, () -> cleaning.fit(churn, CleaningSpec.of(ColumnStep.number("contract", Impute.MEAN, Scale.NONE))));
        assertThrows(StudioException.class, () -> cleaning.fit(churn, CleaningSpec.of(ColumnStep.constant("tenure", "twelve"))));
        StudioException text = assertThrows(StudioException.class, () -> cleaning.toFeatureMatrix(
                cleaning.fit(churn, CleaningSpec.of(ColumnStep.constant("contract", "none"))), churn));
        assertTrue(text.getMessage().contains("one-hot"), text.getMessage());
        StudioException gaps = assertThrows(StudioException.class, () -> cleaning.toFeatureMatrix(
                cleaning.fit(churn, CleaningSpec.of(ColumnStep.number("total_charges", Impute.NONE, Scale.NONE))), churn));
        assertTrue(gaps.getMessage().contains("row 489"), gaps.getMessage()); // line 490 of the file, after the header

        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"formatVersion\": 99, \"fittedRows\": 1, \"columns\": [], \"futureField\": {\"a\": 1}}");
        assertTrue(assertThrows(StudioException.class, () -> cleaning.load(newer)).getMessage().contains("newer version"));
        Path damaged = dir.resolve("damaged.json");
        cleaning.save(t, damaged);
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        StudioException e = assertThrows(StudioException.class, () -> cleaning.load(damaged));
        assertTrue(e.getMessage().startsWith("damaged.json: "), e.getMessage());
    }

    static StringColumn text(String name, String... values) {
        StringColumn.Builder b = StringColumn.builder(name, ColumnType.CATEGORICAL, values.length);
        for (String v : values) b.append(v);
        return b.build();
    }

    @Test
    void fitsAndBuildsFeaturesForAMillionRowsQuickly() {
        Dataset big = com.mstudio.engine.testsupport.SyntheticData.generate(1_000_000, 42);
        CleaningSpec spec = CleaningSpec.of(
                ColumnStep.number("int_0", Impute.NONE, Scale.Z_SCORE),
                ColumnStep.number("int_1", Impute.MEDIAN, Scale.MIN_MAX),
                ColumnStep.number("dec_0", Impute.MEAN, Scale.Z_SCORE),
                ColumnStep.number("dec_1", Impute.NONE, Scale.Z_SCORE),
                ColumnStep.number("bool_0", Impute.NONE, Scale.NONE),
                ColumnStep.oneHot("cat_0", Impute.NONE, 0),
                ColumnStep.oneHot("cat_1", Impute.MODE, 3));
        cleaning.toFeatureMatrix(cleaning.fit(rows(big, 0, 20_000), spec), rows(big, 0, 20_000)); // warm up
        long t0 = System.nanoTime();
        FittedTransform t = cleaning.fit(big, spec);
        long t1 = System.nanoTime();
        FeatureMatrix m = cleaning.toFeatureMatrix(t, big);
        long t2 = System.nanoTime();
        System.out.printf("PERF cleaning 1,000,000 rows -> %d features: fit %.2f s, feature matrix %.2f s%n",
                m.columns(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        assertEquals(1_000_000, m.rows());
        assertEquals(5 + 6 + 4, m.columns());
    }
}
