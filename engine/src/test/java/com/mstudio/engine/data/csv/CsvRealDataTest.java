package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.StringColumn;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.mstudio.engine.data.csv.CsvTestFiles.importFile;
import static com.mstudio.engine.data.csv.CsvTestFiles.sharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real files in shared/data. */
class CsvRealDataTest {

    @Test
    void telcoChurn() {
        ImportResult r = importFile(sharedData("wa_churn.csv"));
        ImportReport rep = r.report();
        assertEquals(7043, rep.rowsRead());
        assertEquals(7043, rep.rowsImported());
        assertEquals(0, rep.rowsRejected());
        assertEquals(0, rep.rejections().size());
        DataTable t = r.table();
        assertEquals(20, t.columnCount());
        Map<String, ColumnType> expected = Map.of(
                "churn", ColumnType.BOOLEAN, // yes/no is boolean; the column still shows "Yes"/"No" as written
                "female", ColumnType.BOOLEAN,
                "senior_citizen", ColumnType.BOOLEAN,
                "partner", ColumnType.BOOLEAN,
                "tenure", ColumnType.INTEGER,
                "contract", ColumnType.CATEGORICAL,
                "payment_method", ColumnType.CATEGORICAL,
                "monthly_charges", ColumnType.DECIMAL,
                "total_charges", ColumnType.DECIMAL);
        expected.forEach((name, type) -> assertEquals(type, t.column(t.indexOf(name)).type(), name));
        assertEquals(11, t.column(t.indexOf("total_charges")).missing());
        assertEquals(0, t.column(t.indexOf("monthly_charges")).missing());
        // first row: "No",1,0,1,0,1,0,"No phone service",...,29.85,29.85
        assertEquals("No", t.text(0, 0));
        assertEquals("Yes", t.text(2, 0));
        assertEquals(1.0, t.number(2, 0));
        assertEquals(1.0, t.number(0, t.indexOf("female")));
        assertEquals("1", t.text(0, t.indexOf("female")), "0/1 flags show as written");
        assertEquals(29.85, t.number(0, t.indexOf("total_charges")));
        assertEquals(1889.5, t.number(1, t.indexOf("total_charges")));
        StringColumn contract = (StringColumn) Dataset.of(t).column("contract");
        assertEquals(3, contract.dictionary().size());
        double sum = 0;
        DoubleColumn monthly = (DoubleColumn) Dataset.of(t).column("monthly_charges");
        for (int i = 0; i < t.rowCount(); i++) sum += monthly.get(i);
        assertEquals(456116.6, sum, 0.01, "sum of monthly_charges (checked with awk)");
    }

    @Test
    void churnIsBooleanWithItsCountsAndCanBeReadAsCategories() {
        DataTable asText = importFile(sharedData("wa_churn.csv"), ImportOptions.detectAll().withColumnType("churn", ColumnType.CATEGORICAL)).table();
        assertEquals(ColumnType.CATEGORICAL, asText.column(0).type());
        assertEquals("No", asText.text(0, 0));
        ImportResult r = importFile(sharedData("wa_churn.csv"));
        DataTable t = r.table();
        assertEquals(ColumnType.BOOLEAN, t.column(0).type());
        assertEquals(7043, r.report().rowsImported());
        long yes = 0;
        for (int i = 0; i < t.rowCount(); i++) yes += (long) t.number(i, 0);
        assertEquals(1869, yes, "SOURCES.md: churn No/Yes 5174/1869");
    }

    @Test
    void reviewsWithFreeText() {
        ImportResult r = importFile(sharedData("training_data.csv"));
        DataTable t = r.table();
        assertEquals(4000, r.report().rowsImported());
        assertEquals(ColumnType.TEXT, t.column(1).type());
        assertEquals(ColumnType.CATEGORICAL, t.column(2).type());
        assertTrue(t.text(1, 1).contains("<br /><br />"));
        assertEquals(1000, importFile(sharedData("testing_data.csv")).report().rowsImported());
    }

    @Test
    void spamSubjects() {
        ImportResult r = importFile(sharedData("spamassassin_subjects.csv"));
        DataTable t = r.table();
        assertEquals(6046, r.report().rowsRead());
        assertEquals(0, r.report().rowsRejected());
        assertEquals(ColumnType.CATEGORICAL, t.column(t.indexOf("label")).type());
        assertEquals(ColumnType.TEXT, t.column(t.indexOf("subject")).type());
        assertEquals(2, ((StringColumn) Dataset.of(t).column("label")).dictionary().size());
    }
}
