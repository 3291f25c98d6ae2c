package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.JobCancelledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cancelling through the plain context, on one thread and on several. */
class CsvCancellationTest {

    @Test
    void cancelDuringTheSecondPassOnOneThread(@TempDir Path dir) throws Exception {
        assertStopsAfterHalf(dir, 1);
    }

    @Test
    void cancelDuringTheSecondPassOnTwoThreads(@TempDir Path dir) throws Exception {
        assertStopsAfterHalf(dir, 2);
    }

    private static void assertStopsAfterHalf(Path dir, int threads) throws Exception {
        Path file = dir.resolve("big.csv");
        ImportBenchmark.generate(file, 300_000, 11);
        List<Double> seen = new ArrayList<>();
        PlainJobContext[] ctx = new PlainJobContext[1];
        ctx[0] = new PlainJobContext((f, m) -> {
            seen.add(f);
            if (f > 0.6) ctx[0].cancel(); // in pass 2
        });
        CsvImporter importer = new CsvImporter(threads, MemoryBudget.ofRuntime());
        assertThrows(JobCancelledException.class, () -> importer.importFile(file, ImportOptions.detectAll(), ctx[0]));
        double max = seen.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        assertTrue(max > 0.6 && max < 1.0, "stopped mid-file, last progress " + max);
    }
}
