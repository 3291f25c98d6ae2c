package com.mstudio.engine.predict;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.csv.CsvImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A feature column with no value in any row is named as empty, not as "free text" (the type it was given). */
class EmptyFeatureTest {
    @Test
    void anEmptyFeatureColumnIsNamedAsEmpty(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.csv"), "x,notes,buy\n1,,yes\n2,,no\n3,,yes\n");
        DataTable table = new CsvImporter().importFile(file, ImportOptions.detectAll(), new PlainJobContext()).table();
        StudioException e = assertThrows(StudioException.class, () -> TrainingData.specFor(table, List.of("x", "notes")));
        assertEquals("notes", e.column());
        assertTrue(e.getMessage().contains("is empty in every row"), e.getMessage());
    }
}
