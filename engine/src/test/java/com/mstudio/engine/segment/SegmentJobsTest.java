package com.mstudio.engine.segment;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/** Bad inputs worded for a person, cancel, and export, all as jobs on the real engine. */
class SegmentJobsTest {
    private static JobEngine engine;
    private static DefaultSegmentService service;
    private static Dataset churn;

    @BeforeAll
    static void start() {
        engine = SegmentTestSupport.engine();
        service = SegmentTestSupport.service(engine);
        churn = ChurnData.load();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aMissingColumnIsNamed() {
        StudioException e = assertThrows(StudioException.class,
                () -> SegmentTestSupport.run(service, churn, SegmentationRequest.kmeans(List.of("tenure", "age"), 3, 42)));
        assertEquals("age", e.column());
        assertTrue(e.getMessage().contains("no column \"age\""), e.getMessage());
    }

    @Test
    void aTextColumnAsTheAmountOrAsAFeatureIsRefusedInPlainWords(@TempDir Path dir) throws Exception {
        Dataset tx = SegmentTestSupport.csv(dir, "tx.csv", "customer_id,order_date,amount,note\n"
                + "c1,2025-01-02,12.50,first order\nc2,2025-01-03,8.00,gift wrap please\nc1,2025-02-01,30.00,repeat\n");
        StudioException amount = assertThrows(StudioException.class, () -> SegmentTestSupport.run(service, tx,
                SegmentationRequest.rfm(RfmColumns.transactions("customer_id", "order_date", "note"))));
        assertEquals("note", amount.column());
        assertTrue(amount.getMessage().contains("RFM needs numbers"), amount.getMessage());

        StudioException date = assertThrows(StudioException.class, () -> SegmentTestSupport.run(service, tx,
                SegmentationRequest.rfm(RfmColumns.transactions("customer_id", "amount", "amount"))));
        assertTrue(date.getMessage().contains("RFM needs dates"), date.getMessage());

        StudioException feature = assertThrows(StudioException.class, () -> SegmentTestSupport.run(service, tx,
                SegmentationRequest.kmeans(List.of("amount", "order_date"), 2, 42)));
        assertEquals("order_date", feature.column());
        assertTrue(feature.getMessage().contains("cannot be a segmentation feature"), feature.getMessage());
    }

    @Test
    void aFeatureColumnEmptyInEveryRowIsNamedAsEmpty(@TempDir Path dir) throws Exception {
        Dataset t = SegmentTestSupport.csv(dir, "t.csv", "amount,notes\n1.5,\n2.5,\n3.5,\n4.0,\n");
        StudioException e = assertThrows(StudioException.class, () -> SegmentTestSupport.run(service, t,
                SegmentationRequest.kmeans(List.of("amount", "notes"), 2, 42)));
        assertEquals("notes", e.column());
        assertTrue(e.getMessage().contains("is empty in every row"), e.getMessage());
    }

    @Test
    void purchasesWithoutACustomerAreReportedNotDropped(@TempDir Path dir) throws Exception {
        Dataset tx = SegmentTestSupport.csv(dir, "tx.csv", "customer_id,order_date,amount\n"
                + "c1,2025-01-02,12.50\n,2025-01-03,8.00\nc2,2025-02-01,30.00\n,2025-02-02,1.00\nc1,2025-02-03,5.00\n");
        StudioException e = assertThrows(StudioException.class, () -> SegmentTestSupport.run(service, tx,
                SegmentationRequest.rfm(RfmColumns.transactions("customer_id", "order_date", "amount"))));
        assertTrue(e.getMessage().contains("2 rows have no customer id (the first is row 2)"), e.getMessage());
    }

    @Test
    void tooFewRowsForKSegments(@TempDir Path dir) throws Exception {
        Dataset small = SegmentTestSupport.csv(dir, "small.csv", "spend,visits\n1,2\n3,4\n5,6\n");
        StudioException e = assertThrows(StudioException.class,
                () -> SegmentTestSupport.run(service, small, SegmentationRequest.kmeans(List.of("spend", "visits"), 5, 42)));
        assertTrue(e.getMessage().contains("only 3 rows"), e.getMessage());
    }

    @Test
    void assigningAFileThatLacksAColumnOrHoldsTextThereSaysWhich(@TempDir Path dir) throws Exception {
        Dataset train = SegmentTestSupport.csv(dir, "train.csv", "spend,plan\n10,basic\n12,basic\n50,pro\n55,pro\n11,basic\n52,pro\n");
        SegmentationResult r = SegmentTestSupport.run(service, train, SegmentationRequest.kmeans(List.of("spend", "plan"), 2, 42));
        Dataset noPlan = SegmentTestSupport.csv(dir, "b.csv", "spend\n10\n");
        StudioException missing = assertThrows(StudioException.class,
                () -> service.assign(r.model(), noPlan, Runnable::run, new JobListener<>() {}).await());
        assertEquals("plan", missing.column());
        Dataset textSpend = SegmentTestSupport.csv(dir, "c.csv", "spend,plan\nten,basic\ntwelve,pro\nlots,pro\n");
        StudioException text = assertThrows(StudioException.class,
                () -> service.assign(r.model(), textSpend, Runnable::run, new JobListener<>() {}).await());
        assertEquals("spend", text.column());
        assertTrue(text.getMessage().contains("held whole numbers when the segments were made, but holds categories"), text.getMessage());
    }

    @Test
    void cancelStopsASegmentationMidway() {
        List<Double> seen = new CopyOnWriteArrayList<>();
        AtomicReference<JobHandle<SegmentationResult>> handle = new AtomicReference<>();
        JobHandle<SegmentationResult> h = service.segment(churn, SegmentationRequest.kmeans(service.suggestFeatures(churn, List.of()), 42),
                Runnable::run, new JobListener<>() {
                    @Override public void onProgress(Progress p) {
                        seen.add(p.fraction());
                        if (p.fraction() > 0.1 && handle.get() != null) handle.get().cancel(); // inside the auto-k scan
                    }
                });
        handle.set(h);
        JobOutcome<SegmentationResult> outcome = h.outcome().join();
        assertEquals(JobState.CANCELLED, outcome.state());
        assertThrows(JobCancelledException.class, h::await);
        double last = seen.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(last > 0.1 && last < 0.75, "stopped during the scan, last progress " + last);
    }

    @Test
    void exportWritesTheSegmentedCsvAndTheReport(@TempDir Path dir) throws Exception {
        Dataset customers = SegmentTestSupport.csv(dir, "customers.csv", "name,spend,plan\n"
                + "=cmd|' /C calc'!A0,10,basic\nBen,12,basic\nCara,50,pro\nDan,55,pro\nEve,11,basic\nFay,52,pro\n");
        SegmentationResult r = service.rename(
                SegmentTestSupport.run(service, customers, SegmentationRequest.kmeans(List.of("spend", "plan"), 2, 42)), 0, "Small, basic");
        Path out = dir.resolve("export");
        List<Path> files = service.export(r, out, Runnable::run, new JobListener<>() {}).await();
        assertEquals(List.of(out.resolve("segmented.csv"), out.resolve("segment-report.html")), files);

        Dataset back = SegmentTestSupport.importFile(out.resolve("segmented.csv"));
        assertEquals(List.of("name", "spend", "plan", "segment", "segment_name"), back.columns().stream().map(c -> c.name()).toList());
        assertEquals(6, back.rowCount());
        assertEquals("'=cmd|' /C calc'!A0", back.text(0, 0), "formula-like text escaped");
        for (int row = 0; row < 6; row++) {
            assertEquals(r.assignments()[row], (int) back.number(row, 3));
            assertEquals(r.profiles().get(r.assignments()[row]).name(), back.text(row, 4));
        }
        String html = Files.readString(out.resolve("segment-report.html"));
        assertTrue(html.contains("<svg") && html.contains("Small, basic"), "the report shows the renamed segment");
    }
}
