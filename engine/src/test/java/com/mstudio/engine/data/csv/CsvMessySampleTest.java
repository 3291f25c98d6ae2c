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
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static com.mstudio.engine.data.csv.CsvTestFiles.importFile;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** samples/messy_customers.csv (made by tools/make_messy_customers.py) and the report it is there to show. */
class CsvMessySampleTest {
    private static final Path SAMPLE = CsvTestFiles.repoRoot().resolve("samples/messy_customers.csv");

    @Test
    void reportShowsEveryKindOfMess() {
        ImportResult r = importFile(SAMPLE);
        ImportReport rep = r.report();
        assertEquals(new CsvDialect("UTF-8", true, ';', '"', true, true), rep.dialect());
        assertEquals(List.of("customer_id", "name", "email", "phone", "signup_date", "city", "plan", "monthly_spend", "visits",
                "column_10", "email_2", "newsletter", "notes"), r.schema().stream().map(ColumnSchema::name).toList());
        assertEquals(List.of(ColumnType.IDENTIFIER, ColumnType.TEXT, ColumnType.IDENTIFIER, ColumnType.TEXT, ColumnType.DATE,
                ColumnType.CATEGORICAL, ColumnType.CATEGORICAL, ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.CATEGORICAL,
                ColumnType.IDENTIFIER, ColumnType.BOOLEAN, ColumnType.CATEGORICAL), r.schema().stream().map(ColumnSchema::type).toList());
        assertEquals("dd/MM/yyyy", r.schema().get(4).format());
        assertEquals(300, rep.rowsRead());
        assertEquals(296, rep.rowsImported());
        assertEquals(4, rep.rowsRejected());
        assertEquals(List.of(
                new Rejection(18, "visits", "twelve", "'twelve' is not a whole number"),
                new Rejection(89, "visits", "n.a.", "'n.a.' is not a whole number"),
                new Rejection(151, null, null, "has 11 fields, expected 13"),
                new Rejection(204, "visits", "5+", "'5+' is not a whole number")), rep.rejections());
        assertEquals(List.of(
                "Numbers use a decimal comma (3,14)",
                "Column 10 has no name in the header; it is called column_10",
                "There are two columns called 'email'; column 11 is called email_2",
                "299 values in 'phone' start with =, +, - or @ like a spreadsheet formula; they are kept as plain text and escaped when exported",
                "4 values in 'notes' start with =, +, - or @ like a spreadsheet formula; they are kept as plain text and escaped when exported",
                "1 row does not have 13 fields (the first at line 151)"), rep.notices());
        DataTable t = r.table();
        assertEquals(List.of("C-10001", "Jonas Lindqvist", "2020-09-07", "113.17"),
                List.of(t.text(0, 0), t.text(0, 1), t.text(0, 4), t.text(0, 7)));
        assertEquals("moved; new address pending", t.text(1, 12));
        assertEquals(18, t.column(7).missing(), "NA, ? and - in monthly_spend");
    }

    @Test
    void keepingBadRowsSetsTheirCellsMissing() {
        ImportResult r = importFile(SAMPLE, ImportOptions.detectAll().withBadRowPolicy(BadRowPolicy.KEEP_AS_MISSING));
        ImportReport rep = r.report();
        assertEquals(300, rep.rowsImported());
        assertEquals(0, rep.rowsRejected());
        assertEquals(3 + 2, rep.cellsSetMissing(), "three stray visits and the two cells the ragged row lacks");
        assertEquals(3, r.table().column(8).missing());
    }
}
