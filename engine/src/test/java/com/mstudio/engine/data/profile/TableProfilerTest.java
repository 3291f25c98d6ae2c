package com.mstudio.engine.data.profile;

import com.mstudio.engine.api.ColumnProfile;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.TableProfile;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.testsupport.ChurnData;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.SyntheticData;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class TableProfilerTest {

    @Test
    void churnProfileMatchesIndependentCounts() {
        Dataset churn = ChurnData.load();
        TableProfile p = TableProfiler.profile(churn, new PlainJobContext());
        assertEquals(7043, p.rows());
        assertEquals(20, p.columns().size());

        ColumnProfile contract = p.column("contract");
        assertEquals(ColumnType.CATEGORICAL, contract.type());
        assertEquals(3, contract.distinct());
        assertEquals("Month-to-month", contract.topValues().get(0).value());
        assertEquals(3875, contract.topValues().get(0).count());
        assertEquals(0, contract.otherCount());

        ColumnProfile payment = p.column("payment_method");
        assertEquals(4, payment.topValues().size());

        ColumnProfile female = p.column("female");
        assertEquals(ColumnType.BOOLEAN, female.type());
        assertEquals(7043, female.trueCount() + female.falseCount());

        ColumnProfile tenure = p.column("tenure");
        LongColumn t = (LongColumn) churn.column("tenure");
        double[] v = IntStream.range(0, t.size()).mapToDouble(t::get).sorted().toArray();
        assertEquals(v[0], tenure.numbers().min());
        assertEquals(v[v.length - 1], tenure.numbers().max());
        assertEquals(Arrays.stream(v).average().orElseThrow(), tenure.numbers().mean(), 1e-9);
        assertEquals(v[(v.length - 1) / 2], tenure.numbers().median()); // 7043 values: the middle one exactly
        assertEquals(20, tenure.histogram().size()); // 0..72 spans more than 30 integers → 20 bins
        assertEquals(7043, tenure.histogram().stream().mapToLong(ColumnProfile.Bin::count).sum());

        ColumnProfile charges = p.column("monthly_charges");
        assertEquals(ColumnType.DECIMAL, charges.type());
        assertEquals(7043, charges.histogram().stream().mapToLong(ColumnProfile.Bin::count).sum());
        assertTrue(charges.numbers().p5() < charges.numbers().p25());
        assertTrue(charges.numbers().p75() < charges.numbers().p95());
    }

    @Test
    void quantilesInterpolateLikeNumpyAndMissingCellsAreCounted() {
        DoubleColumn.Builder b = DoubleColumn.builder("x", 6);
        for (double d : new double[]{4, 1, 3, 2}) b.append(d);
        b.appendMissing();
        b.appendMissing();
        ColumnProfile p = TableProfiler.profile(b.build());
        assertEquals(2, p.missing());
        assertEquals(2.0 / 6, p.missingShare(), 1e-12);
        assertEquals(4, p.distinct());
        assertEquals(1.75, p.numbers().p25(), 1e-12);   // numpy.percentile([1,2,3,4], 25)
        assertEquals(2.5, p.numbers().median(), 1e-12);
        assertEquals(1.15, p.numbers().p5(), 1e-12);
        assertEquals(Math.sqrt(5.0 / 3), p.numbers().std(), 1e-12);
    }

    @Test
    void smallIntegerRangesGetOneBarPerValue() {
        LongColumn.Builder b = LongColumn.builder("rating", ColumnType.INTEGER, 10);
        for (long v : new long[]{1, 2, 2, 5, 5, 5}) b.append(v);
        ColumnProfile p = TableProfiler.profile(b.build());
        assertEquals(List.of("1", "2", "3", "4", "5"), p.histogram().stream().map(ColumnProfile.Bin::label).toList());
        assertEquals(List.of(1L, 2L, 0L, 0L, 3L), p.histogram().stream().map(ColumnProfile.Bin::count).toList());
    }

    @Test
    void topValuesCapAtTenAndReportTheRestAsOther() {
        StringColumn.Builder b = StringColumn.builder("city", ColumnType.CATEGORICAL, 100);
        for (int i = 0; i < 15; i++) for (int k = 0; k <= i; k++) b.append("city" + i); // city14 most frequent
        b.appendMissing();
        ColumnProfile p = TableProfiler.profile(b.build());
        assertEquals(10, p.topValues().size());
        assertEquals("city14", p.topValues().get(0).value());
        assertEquals(15, p.distinct());
        long other = 1 + 2 + 3 + 4 + 5; // city0..city4
        assertEquals(other, p.otherCount());
        assertEquals(other / 120.0, p.otherShare(), 1e-12);
    }

    @Test
    void datesGetRangeAndMonthlyHistogram() {
        LongColumn.Builder b = LongColumn.builder("signup", ColumnType.DATE, 10);
        b.append(java.time.LocalDate.of(2024, 1, 31).toEpochDay());
        b.append(java.time.LocalDate.of(2024, 3, 1).toEpochDay());
        b.append(java.time.LocalDate.of(2024, 3, 15).toEpochDay());
        b.appendMissing();
        ColumnProfile p = TableProfiler.profile(b.build());
        assertEquals("2024-01-31", p.firstDate());
        assertEquals("2024-03-15", p.lastDate());
        assertEquals(List.of("2024-01", "2024-02", "2024-03"), p.histogram().stream().map(ColumnProfile.Bin::label).toList());
        assertEquals(List.of(1L, 0L, 2L), p.histogram().stream().map(ColumnProfile.Bin::count).toList());
    }

    @Test
    void cancellationStopsBetweenColumns() {
        // Cancel exactly when the third column reports: the profiler must stop before it reports a fourth.
        List<String> reports = new java.util.ArrayList<>();
        PlainJobContext[] ctx = new PlainJobContext[1];
        ctx[0] = new PlainJobContext((fraction, message) -> {
            reports.add(message);
            if (reports.size() == 3) ctx[0].cancel();
        });
        assertThrows(JobCancelledException.class, () -> TableProfiler.profile(ChurnData.load(), ctx[0]));
        assertEquals(3, reports.size());
    }

    @Test
    void theServiceRunsAsAJobOnTheRealEngine() {
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 1))) {
            var handle = new DefaultProfileService(engine).profile(ChurnData.load(), Runnable::run, new JobListener<>() {});
            assertInstanceOf(JobOutcome.Succeeded.class, handle.outcome().join());
            assertEquals(20, handle.await().columns().size());
        }
    }

    @Test
    void profilesALargeSyntheticTableCompletely() {
        // Speed is measured by benchmarks, not asserted here: a busy CI machine must not fail a correct build.
        Dataset big = SyntheticData.generate(200_000, 42);
        TableProfile p = TableProfiler.profile(big, new PlainJobContext());
        assertEquals(20, p.columns().size());
        assertEquals(200_000, p.column("customer_id").distinct());
    }

    @Test
    void booleanBarsUseTheFilesOwnWords() {
        com.mstudio.engine.data.LongColumn.Builder b = com.mstudio.engine.data.LongColumn.builder("churn", ColumnType.BOOLEAN, 3);
        b.append(0);
        b.append(1);
        b.append(0);
        Dataset d = new Dataset(java.util.List.of(b.build().withBooleanLabels("No", "Yes")));
        ColumnProfile churn = TableProfiler.profile(d, new PlainJobContext()).column("churn");
        assertEquals("No", churn.histogram().get(0).label());
        assertEquals(2, churn.histogram().get(0).count());
        assertEquals("Yes", churn.histogram().get(1).label());
    }

    @Test
    void emptyAndAllMissingColumnsDoNotBreak() {
        DoubleColumn.Builder none = DoubleColumn.builder("none", 3);
        for (int i = 0; i < 3; i++) none.appendMissing();
        ColumnProfile p = TableProfiler.profile(none.build());
        assertEquals(3, p.missing());
        assertEquals(1.0, p.missingShare());
        assertEquals(0, p.distinct());
        assertTrue(Double.isNaN(p.numbers().mean()));
        assertEquals(List.of(), p.histogram());

        LongColumn.Builder times = LongColumn.builder("seen", ColumnType.DATETIME, 3);
        times.append(java.time.LocalDateTime.of(2019, 5, 1, 12, 30).toEpochSecond(java.time.ZoneOffset.UTC));
        times.append(java.time.LocalDateTime.of(2026, 2, 1, 8, 0).toEpochSecond(java.time.ZoneOffset.UTC));
        times.append(java.time.LocalDateTime.of(2026, 2, 1, 9, 0).toEpochSecond(java.time.ZoneOffset.UTC));
        ColumnProfile t = TableProfiler.profile(times.build());
        assertEquals("2019-05-01T12:30", t.firstDate());
        assertEquals(3, t.distinct()); // two on the same day, still distinct date-times
        assertEquals(List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025", "2026"),
                t.histogram().stream().map(ColumnProfile.Bin::label).toList()); // over five years: by year
        assertEquals(2, t.histogram().get(7).count());

        TableProfile empty = TableProfiler.profile(new Dataset(List.of()), new PlainJobContext());
        assertEquals(0, empty.rows());
        StringColumn.Builder noRows = StringColumn.builder("x", ColumnType.TEXT, 0);
        ColumnProfile e = TableProfiler.profile(noRows.build());
        assertEquals(0, e.missingShare());
        assertEquals(List.of(), e.topValues());
    }
}
