package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Splitting the file between threads must change nothing: same rows, values, rejections and line numbers as one
 * thread, also when quoted line breaks sit where the file is cut (the first pass must notice and start over).
 */
class CsvParallelEquivalenceTest {

    @Test
    void quotedNewlinesEverywhereAndBadRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tricky.csv");
        SplittableRandom rnd = new SplittableRandom(99);
        int rows = 400_000;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("id,amount,note,when\r\n");
            for (int i = 0; i < rows; i++) {
                String amount = rnd.nextInt(5000) == 0 ? "oops" : Integer.toString(rnd.nextInt(100000));
                // a long multi-line quoted note in about every third row, so every cut lands near one
                // in a third of the rows a quoted note of several short lines: most line breaks are inside quotes
                String note = rnd.nextInt(3) == 0
                        ? "\"line one\nline \"\"two\"\"\n" + "more\n".repeat(1 + rnd.nextInt(8)) + "end\"" : "plain " + rnd.nextInt(50);
                String extra = rnd.nextInt(20000) == 0 ? ",surplus" : "";
                w.write(i + "," + amount + "," + note + ",2024-01-" + String.format("%02d", 1 + rnd.nextInt(28)) + extra + "\r\n");
            }
        }
        assertTrue(Files.size(file) > 3 * Chunking.MIN_BYTES_PER_CHUNK, "big enough to be split");
        try (ByteSource src = ByteSource.open(file, new EncodingDetector.Detected(StandardCharsets.UTF_8, 0))) {
            ChunkRunner runner = new ChunkRunner(null, new PlainJobContext());
            ScanPass.Result r = new ScanPass(src, ',', '"', false, 4, new boolean[4]).run(22, 2, 4, runner, 0, 1);
            assertTrue(r.rescanned, "a cut fell inside a quoted note, and the scan noticed");
            assertEquals(rows, r.records);
        }
        for (BadRowPolicy policy : BadRowPolicy.values()) {
            ImportOptions o = ImportOptions.detectAll().withBadRowPolicy(policy);
            ImportResult one = new CsvImporter(1, MemoryBudget.ofRuntime()).importFile(file, o, new PlainJobContext());
            ImportResult four = new CsvImporter(4, MemoryBudget.ofRuntime()).importFile(file, o, new PlainJobContext());
            assertSame(one, four);
            assertEquals(rows, one.report().rowsRead());
            assertTrue(one.report().rejections().size() > 10, "the file has bad rows");
        }
    }

    @Test
    void benchmarkFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bench.csv");
        ImportBenchmark.generate(file, 120_000, 5);
        ImportResult one = new CsvImporter(1, MemoryBudget.ofRuntime()).importFile(file, ImportOptions.detectAll(), new PlainJobContext());
        ImportResult three = new CsvImporter(3, MemoryBudget.ofRuntime()).importFile(file, ImportOptions.detectAll(), new PlainJobContext());
        assertSame(one, three);
        assertEquals(120_000, one.table().rowCount());
        assertEquals(0, one.report().rowsRejected());
        // the id column's 120,000 values stay pooled bytes (PooledStrings), decoded on demand
        var ids = (com.mstudio.engine.data.StringColumn) com.mstudio.engine.data.Dataset.of(three.table()).column("customer_id");
        assertEquals(120_000, ids.dictionary().size());
        assertEquals("CU-1000007", ids.text(7));
        assertEquals(com.mstudio.engine.api.ColumnType.IDENTIFIER, ids.type());
    }

    private static void assertSame(ImportResult a, ImportResult b) {
        assertEquals(a.schema(), b.schema());
        assertEquals(a.report().rowsRead(), b.report().rowsRead());
        assertEquals(a.report().rowsImported(), b.report().rowsImported());
        assertEquals(a.report().cellsSetMissing(), b.report().cellsSetMissing());
        assertEquals(a.report().rejections().size(), b.report().rejections().size());
        for (int i = 0; i < a.report().rejections().size(); i++) {
            Rejection x = a.report().rejections().get(i), y = b.report().rejections().get(i);
            assertEquals(x, y, "rejection " + i);
        }
        DataTable s = a.table(), t = b.table();
        assertEquals(s.rowCount(), t.rowCount());
        assertEquals(s.columns(), t.columns());
        for (int c = 0; c < s.columnCount(); c++) {
            for (int r = 0; r < s.rowCount(); r++) {
                if (!s.text(r, c).equals(t.text(r, c))) {
                    assertEquals(s.text(r, c), t.text(r, c), "row " + r + " column " + s.column(c).name());
                }
            }
        }
    }
}
