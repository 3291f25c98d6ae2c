package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Export as a job: formulas escaped, progress reported, and a cancel leaves the old file alone. */
class CsvExportServiceTest {
    private static Dataset table(int rows) {
        LongColumn.Builder id = LongColumn.builder("id", ColumnType.INTEGER, rows);
        StringColumn.Builder note = StringColumn.builder("note", ColumnType.TEXT, rows);
        for (int i = 0; i < rows; i++) {
            id.append(i);
            note.append(i == 0 ? "=HYPERLINK(\"http://x\")" : "note " + (i % 100));
        }
        return new Dataset(List.of(id.build(), note.build()));
    }

    @Test
    void exportsEscapedCsvAndCancelKeepsThePreviousFile(@TempDir Path dir) throws Exception {
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2))) {
            CsvExportService export = new CsvExportService(engine);
            Path out = dir.resolve("export.csv");
            export.exportCsv(table(10), out, Runnable::run, new JobListener<>() {}).await();
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals("id,note", lines.get(0));
            assertEquals("0,\"'=HYPERLINK(\"\"http://x\"\")\"", lines.get(1));
            String before = Files.readString(out);

            // A big export, cancelled once it has reported progress, must not replace the file.
            CountDownLatch progressed = new CountDownLatch(1);
            JobHandle<Path> big = export.exportCsv(table(3_000_000), out, Runnable::run, new JobListener<>() {
                @Override public void onProgress(Progress p) { progressed.countDown(); }
            });
            assertTrue(progressed.await(60, TimeUnit.SECONDS));
            big.cancel();
            assertThrows(JobCancelledException.class, big::await);
            assertEquals(before, Files.readString(out));
            try (var files = Files.list(dir)) {
                assertEquals(1, files.count(), "no temp file left behind");
            }
        }
    }
}
