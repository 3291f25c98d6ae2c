package com.mstudio.engine.store;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The path the Data screen takes: import the messy sample, keep it in the workspace (personal data masked by default),
 * close the app, reopen the workspace, and find the same data, masking and report.
 */
class KeepImportTest {
    private static JobEngine engine;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(0, false, 2));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static Path messySample() {
        return com.mstudio.engine.testsupport.ChurnData.repoRoot().resolve("samples/messy_customers.csv");
    }

    private WorkspaceStore store(Path home) {
        return new WorkspaceStore(engine, new DefaultPiiService(), home.resolve("settings"), home.resolve("workspaces"), "test");
    }

    @Test
    void aFileThatIsNotKeptIsMaskedWithTheWorkspacesSaltAndLeavesTheWorkspaceAsItWas(@TempDir Path home) {
        ImportResult imported = new CsvImportService(engine).importCsv(messySample(), ImportOptions.detectAll(), Runnable::run,
                new com.mstudio.engine.api.JobListener<>() {}).await();
        try (Workspace ws = store(home).openLastOrCreate()) {
            LoadedDataset kept = ws.keepImport("messy_customers.csv", imported, Runnable::run, new com.mstudio.engine.api.JobListener<>() {}).await();
            var before = ws.manifest().datasets();
            com.mstudio.engine.api.MaskedTable other = ws.maskPersonalData("again.csv", imported.table(), Runnable::run,
                    new com.mstudio.engine.api.JobListener<>() {}).await();
            assertEquals(kept.entry().maskedColumns(), other.maskedColumns());
            int email = other.masked().indexOf("email");
            assertTrue(other.masked().text(0, email).startsWith("pii_"), other.masked().text(0, email));
            assertEquals(kept.view().text(0, email), other.masked().text(0, email), "the same salt gives the same codes");
            assertEquals(imported.table().text(0, email), other.original().text(0, email));
            assertEquals(before, ws.manifest().datasets(), "nothing is kept");
        }
    }

    @Test
    void aKeptImportReopensMaskedWithItsReport(@TempDir Path home) {
        ImportResult imported = new CsvImportService(engine).importCsv(messySample(), ImportOptions.detectAll(), Runnable::run,
                new com.mstudio.engine.api.JobListener<>() {}).await();
        Path folder;
        LoadedDataset kept;
        try (Workspace ws = store(home).openLastOrCreate()) {
            folder = ws.folder();
            kept = ws.keepImport("messy_customers.csv", imported, Runnable::run, new com.mstudio.engine.api.JobListener<>() {}).await();
            assertTrue(kept.entry().maskedColumns().containsAll(java.util.List.of("email", "name")), kept.entry().maskedColumns().toString());
            int email = kept.view().indexOf("email");
            assertTrue(kept.view().text(0, email).startsWith("pii_"), kept.view().text(0, email));
            assertEquals(imported.table().text(0, email), kept.tables().original().text(0, email));
            kept = ws.withUnmasked(kept, Set.of("name"));
            assertEquals(imported.table().text(0, kept.view().indexOf("name")), kept.view().text(0, kept.view().indexOf("name")));
        }

        try (Workspace reopened = store(home).open(folder)) {
            LoadedDataset again = reopened.openActive(Runnable::run, new com.mstudio.engine.api.JobListener<>() {}).await();
            assertNotNull(again);
            assertEquals(kept.entry(), again.entry());
            DataTable a = kept.view();
            DataTable b = again.view();
            assertEquals(a.rowCount(), b.rowCount());
            for (int c = 0; c < a.columnCount(); c++) {
                for (int r = 0; r < a.rowCount(); r += 7) assertEquals(a.text(r, c), b.text(r, c), "row " + r + " column " + c);
            }
            assertEquals(Set.of("name"), again.unmaskedColumns());
            assertEquals(imported.report().rejections(), again.importRecord().report().rejections());
            assertEquals(imported.report().rowsRead(), again.asImportResult().report().rowsRead());
            assertEquals(imported.schema(), again.importRecord().schema());
        }
    }

    @Test
    void anEmptyWorkspaceHasNothingToReopen(@TempDir Path home) {
        try (Workspace ws = store(home).openLastOrCreate()) {
            assertNull(ws.openActive(Runnable::run, new com.mstudio.engine.api.JobListener<>() {}).await());
        }
    }
}
