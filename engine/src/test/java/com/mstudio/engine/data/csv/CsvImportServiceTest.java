package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.mstudio.engine.data.csv.CsvTestFiles.corpus;
import static com.mstudio.engine.data.csv.CsvTestFiles.sharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service through the real job engine (IO lane, events, cancel), without ND4J. */
class CsvImportServiceTest {
    private static JobEngine engine;
    private static CsvImportService service;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(1, false, 2));
        service = new CsvImportService(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void previewDetectsOverTheWholeFileAndShowsFirstRows() {
        CsvPreview p = service.preview(sharedData("wa_churn.csv"), ImportOptions.detectAll(), Runnable::run, new JobListener<>() {}).await();
        assertEquals(7043, p.rowCount());
        assertEquals(20, p.schema().size());
        assertEquals(ColumnType.DECIMAL, p.schema().get(19).type());
        assertEquals(100, p.firstRows().size());
        assertEquals("29.85", p.firstRows().get(0).get(19));
        assertEquals(',', p.dialect().delimiter());
    }

    @Test
    void importReportsProgressAndFinishesOnce() {
        List<Progress> progress = new CopyOnWriteArrayList<>();
        List<JobOutcome<? extends ImportResult>> finished = new CopyOnWriteArrayList<>();
        JobHandle<ImportResult> h = service.importCsv(sharedData("wa_churn.csv"), null, Runnable::run, new JobListener<ImportResult>() {
            @Override
            public void onProgress(Progress p) {
                progress.add(p);
            }

            @Override
            public void onFinished(JobOutcome<ImportResult> outcome) {
                finished.add(outcome);
            }
        });
        ImportResult r = h.await();
        h.outcome().join();
        assertEquals(7043, r.table().rowCount());
        assertEquals(JobState.SUCCEEDED, h.state());
        assertTrue(!progress.isEmpty());
        assertEquals(1, finished.size());
    }

    @Test
    void failureIsPlainWords() {
        JobHandle<ImportResult> h = service.importCsv(corpus("unbalanced_quote.csv"), null, Runnable::run, new JobListener<>() {});
        JobOutcome<ImportResult> o = h.outcome().join();
        JobOutcome.Failed<ImportResult> f = assertInstanceOf(JobOutcome.Failed.class, o);
        assertEquals("unbalanced_quote.csv, line 12, column 3: A quote opened here is never closed", f.message());
    }

    @Test
    void cancelStopsAnImportMidFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.csv");
        ImportBenchmark.generate(file, 400_000, 7);
        CountDownLatch started = new CountDownLatch(1);
        List<Double> fractions = new CopyOnWriteArrayList<>();
        JobHandle<ImportResult> h = service.importCsv(file, null, Runnable::run, new JobListener<ImportResult>() {
            @Override
            public void onProgress(Progress p) {
                fractions.add(p.fraction());
                if (p.fraction() > 0) started.countDown();
            }
        });
        assertTrue(started.await(60, TimeUnit.SECONDS), "the import reported progress");
        h.cancel();
        JobOutcome<ImportResult> o = h.outcome().get(60, TimeUnit.SECONDS);
        assertInstanceOf(JobOutcome.Cancelled.class, o);
        double last = fractions.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(last < 1.0, "stopped before the end, at " + last);
    }

    @Test
    void importAfterPreviewReusesTheFirstPassUnlessTheFileOrOptionsChanged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("churn.csv");
        java.nio.file.Files.copy(sharedData("wa_churn.csv"), file);
        CsvImporter importer = new CsvImporter();
        CsvImportService svc = new CsvImportService(engine, importer);
        svc.preview(file, ImportOptions.detectAll(), Runnable::run, new JobListener<>() {}).await();
        ImportResult reused = svc.importCsv(file, ImportOptions.detectAll(), Runnable::run, new JobListener<>() {}).await();
        assertEquals(1, importer.scans.get(), "the import reused the preview's pass 1");
        ImportResult fresh = CsvTestFiles.importFile(file);
        assertEquals(fresh.schema(), reused.schema());
        assertEquals(fresh.report().notices(), reused.report().notices());
        assertEquals(fresh.table().columns(), reused.table().columns());
        assertEquals(fresh.table().text(7042, 19), reused.table().text(7042, 19));

        svc.importCsv(file, ImportOptions.detectAll().withColumnType("tenure", ColumnType.DECIMAL), Runnable::run, new JobListener<>() {}).await();
        assertEquals(2, importer.scans.get(), "other options: scanned again");

        java.nio.file.Files.writeString(file, "\"No\",1,0,1,0,5,0,\"No\",\"DSL\",\"No\",\"No\",\"No\",\"No\",\"No\",\"No\","
                + "\"One year\",1,\"Mailed check\",20.5,100.25\n", java.nio.file.StandardOpenOption.APPEND);
        ImportResult grown = svc.importCsv(file, ImportOptions.detectAll().withColumnType("tenure", ColumnType.DECIMAL), Runnable::run,
                new JobListener<>() {}).await();
        assertEquals(3, importer.scans.get(), "the file changed: scanned again");
        assertEquals(7044, grown.table().rowCount());
    }
}
