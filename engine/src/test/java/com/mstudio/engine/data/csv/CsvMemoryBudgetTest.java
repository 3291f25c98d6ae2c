package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.mstudio.engine.data.csv.CsvTestFiles.sharedData;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvMemoryBudgetTest {

    @Test
    void refusesWithTheFiguresWhenTheHeapIsTooSmall() {
        // a budget far below what the JVM already uses: nothing fits
        CsvImporter tiny = new CsvImporter(1, new MemoryBudget(1L << 20));
        Path churn = sharedData("wa_churn.csv");
        StudioException e = assertThrows(StudioException.class, () -> tiny.importFile(churn, ImportOptions.detectAll(), new PlainJobContext()));
        assertTrue(e.reason().matches("This file needs about \\d+ MB of memory to import, and the app may use 1 MB \\(1 MB of it free\\)\\. "
                + "Start the app with -Xmx\\d+g, or import a smaller file"), e.reason());
        assertEquals(churn, e.file());
    }

    @Test
    void sizesInPlainUnits() {
        assertEquals("3.1 GB", MemoryBudget.size((long) (3.1 * (1L << 30))));
        assertEquals("512 MB", MemoryBudget.size(512L << 20));
    }

    @Test
    void estimateCountsEightBytesPerNumberAndFourPerCategory() {
        var schema = java.util.List.of(
                new com.mstudio.engine.api.ColumnSchema("a", "a", com.mstudio.engine.api.ColumnType.INTEGER, com.mstudio.engine.api.ColumnType.INTEGER, null),
                new com.mstudio.engine.api.ColumnSchema("b", "b", com.mstudio.engine.api.ColumnType.CATEGORICAL, com.mstudio.engine.api.ColumnType.CATEGORICAL, null));
        assertEquals(1_000_000L * 8 + 1_000_000L / 8 + 1_000_000L * 4 + 500, MemoryBudget.estimateColumns(1_000_000, schema, new long[] {0, 500}));
    }
}
