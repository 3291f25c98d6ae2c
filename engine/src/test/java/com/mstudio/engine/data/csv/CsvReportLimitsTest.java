package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.mstudio.engine.data.csv.CsvTestFiles.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReportLimitsTest {

    @Test
    void storedRejectionsAreCappedButCountedExactly(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("many_bad.csv");
        StringBuilder sb = new StringBuilder("id,amount\n");
        int rows = 30_000;
        for (int i = 0; i < rows; i++) sb.append(i).append(',').append(i % 2 == 0 ? "bad" : Integer.toString(i)).append('\n');
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        // half the cells are text: detection would say text, so the user insists on a number
        ImportReport rep = importFile(f, ImportOptions.detectAll().withColumnType("amount", ColumnType.INTEGER)).report();
        assertEquals(rows, rep.rowsRead());
        assertEquals(15_000, rep.rowsRejected());
        assertEquals(15_000, rep.rowsImported());
        assertEquals(RejectionLog.CAP, rep.rejections().size());
        assertEquals(new Rejection(2, "amount", "bad", "'bad' is not a whole number"), rep.rejections().get(0));
        assertEquals(2 + 2 * (RejectionLog.CAP - 1), rep.rejections().get(RejectionLog.CAP - 1).line());
        assertTrue(rep.notices().contains("The report lists the first 10,000 of 15,000 problems"), rep.notices().toString());
    }

    @Test
    void utf16WithoutBomIsRecognisedByItsZeroBytes(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("utf16le_no_bom.csv");
        Files.write(f, "name,n\nÅsa,1\nBjörn,2\n".getBytes(StandardCharsets.UTF_16LE));
        var r = importFile(f);
        assertEquals("UTF-16LE", r.report().dialect().encoding());
        assertEquals("Björn", r.table().text(1, 0));
    }

    @Test
    void encodingCanBeForced(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("latin1.csv");
        Files.write(f, "name,n\nGrüße,1\n".getBytes(StandardCharsets.ISO_8859_1));
        var r = importFile(f, ImportOptions.detectAll().withEncoding("ISO-8859-1"));
        assertEquals("ISO-8859-1", r.report().dialect().encoding());
        assertEquals("Grüße", r.table().text(0, 0));
    }

    @Test
    void controlBytesMakeAFileBinary(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("controls.csv");
        byte[] b = new byte[4000];
        for (int i = 0; i < b.length; i++) b[i] = (byte) (i % 7 == 3 ? 0x01 : 'a');
        Files.write(f, b);
        assertEquals("This does not look like a text file (found binary data at byte 3)", CsvTestFiles.importFails(f).reason());
    }

    @Test
    void forcedMultiByteEncodingIsTranscodedSoTrailBytesCannotSplitFields(@TempDir Path dir) throws Exception {
        // in GBK, 億 (U+5104) is 0x83 0x7C: its second byte is '|', the delimiter of this file
        Path f = dir.resolve("gbk_pipe.txt");
        Files.write(f, "名称|数量\n億字|3\n另一|4\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        var r = importFile(f, ImportOptions.detectAll().withEncoding("GBK").withDelimiter('|'));
        assertEquals(2, r.table().columnCount());
        assertEquals("億字", r.table().text(0, 0));
        assertEquals(3.0, r.table().number(0, 1));
        assertEquals(0, r.report().rowsRejected());
    }
}
