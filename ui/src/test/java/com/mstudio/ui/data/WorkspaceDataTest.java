package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.api.WorkspaceManifest;
import com.mstudio.engine.data.csv.CsvExportService;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.TestUiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data screen with the workspace, without a scene: imports are kept (personal data masked) before they show, the
 * active dataset and the unmask choice come back on a new start, export writes the shown view, and a failed or
 * cancelled keep loses nothing. Real engine, real workspace folder, real sample files.
 */
class WorkspaceDataTest {
    @TempDir Path dir;
    private final JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2));
    private final TestUiThread ui = new TestUiThread();
    private WorkspaceStore store;
    private Workspace workspace;

    @BeforeEach
    void open() {
        store = new WorkspaceStore(engine, new DefaultPiiService(), dir.resolve("settings"), dir.resolve("workspaces"), "test");
        workspace = store.create(folder());
    }

    @AfterEach
    void stop() {
        workspace.close();
        engine.close();
    }

    private Path folder() {
        return dir.resolve("workspaces").resolve("ws");
    }

    private DataViewModel vm(Workspace ws) {
        return new DataViewModel(new CsvImportService(engine), ws, new UiBridge(ui), SampleCatalog.none());
    }

    private void importFile(DataViewModel vm, Path file) {
        vm.open(file);
        ui.pumpUntil(() -> vm.previewProperty().get() != null && !vm.previewBusyProperty().get());
        vm.startImport();
        ui.pumpUntil(() -> vm.screenProperty().get() != DataScreen.IMPORTING);
    }

    private static int col(DataTable t, String name) {
        for (int i = 0; i < t.columnCount(); i++) if (t.column(i).name().equals(name)) return i;
        throw new AssertionError("no column " + name);
    }

    @Test
    void aKeptImportIsMaskedAndTheUnmaskChoiceComesBackAfterARestart() {
        DataViewModel vm = vm(workspace);
        PersonalDataViewModel pii = new PersonalDataViewModel(workspace, vm);
        importFile(vm, TestData.sharedData("messy_customers.csv"));
        assertEquals(DataScreen.IMPORTED, vm.screenProperty().get(), vm.errorMessageProperty().get());
        LoadedDataset ds = vm.datasetProperty().get();
        assertEquals("messy_customers", ds.entry().name());
        assertTrue(ds.entry().maskedColumns().containsAll(List.of("name", "email", "phone")), ds.entry().maskedColumns().toString());
        assertTrue(pii.textProperty().get().startsWith("Personal data is masked: "), pii.textProperty().get());
        assertTrue(pii.textProperty().get().contains("email") && pii.textProperty().get().contains("name"));
        int name = col(ds.view(), "name");
        assertTrue(ds.view().text(0, name).startsWith("pii_"), ds.view().text(0, name));
        assertSame(ds.view(), vm.resultProperty().get().table(), "the imported screen shows the masked view");

        pii.setInClear("name", true);
        assertEquals("Jonas Lindqvist", vm.datasetProperty().get().view().text(0, name));
        assertTrue(pii.textProperty().get().contains("In clear: name"), pii.textProperty().get());
        assertTrue(vm.datasetProperty().get().view().text(0, col(ds.view(), "email")).startsWith("pii_"));

        // A new start against the same folder: nothing is imported again, and "name" is still in clear.
        workspace.close();
        workspace = store.open(folder());
        DataViewModel again = vm(workspace);
        again.reopen();
        assertEquals(DataScreen.REOPENING, again.screenProperty().get());
        ui.pumpUntil(() -> again.screenProperty().get() != DataScreen.REOPENING);
        assertEquals(DataScreen.IMPORTED, again.screenProperty().get(), again.errorMessageProperty().get());
        LoadedDataset back = again.datasetProperty().get();
        assertEquals(ds.entry().id(), back.entry().id());
        assertEquals("Jonas Lindqvist", back.view().text(0, name));
        assertEquals(ds.view().rowCount(), back.view().rowCount());
        assertEquals(ds.importRecord().report().rowsRejected(), again.resultProperty().get().report().rowsRejected(),
                "the report comes from the saved record");
    }

    @Test
    void aDatasetWhoseReportIsGoneReopensWithoutItAndAMissingDataFileSaysSo() throws Exception {
        DataViewModel vm = vm(workspace);
        importFile(vm, TestData.churn());
        String dataFile = vm.datasetProperty().get().entry().dataFile();
        workspace.close();
        Path data = folder().resolve(dataFile);
        Files.delete(data.resolveSibling(data.getFileName().toString().replace(".msd", ".import.json")));

        workspace = store.open(folder());
        DataViewModel again = vm(workspace);
        again.reopen();
        ui.pumpUntil(() -> again.screenProperty().get() != DataScreen.REOPENING);
        assertEquals(DataScreen.IMPORTED, again.screenProperty().get());
        assertEquals(7043, again.datasetProperty().get().view().rowCount());
        assertEquals(null, again.resultProperty().get(), "no report to show: the Report tab says it is not available");

        workspace.close();
        Files.delete(data);
        workspace = store.open(folder());
        DataViewModel third = vm(workspace);
        third.reopen();
        ui.pumpUntil(() -> third.screenProperty().get() != DataScreen.REOPENING);
        assertEquals(DataScreen.ERROR, third.screenProperty().get());
        assertEquals("The last dataset could not be reopened", third.errorTitleProperty().get());
        assertTrue(third.errorMessageProperty().get().contains("Import the file again"), third.errorMessageProperty().get());
        third.back();
        assertEquals(DataScreen.EMPTY, third.screenProperty().get());
    }

    @Test
    void aFileWithoutPersonalDataHasNoBanner() {
        DataViewModel vm = vm(workspace);
        PersonalDataViewModel pii = new PersonalDataViewModel(workspace, vm);
        importFile(vm, TestData.churn());
        assertEquals(DataScreen.IMPORTED, vm.screenProperty().get());
        assertTrue(pii.maskedColumns().isEmpty());
        assertEquals("", pii.textProperty().get());
    }

    @Test
    void anEmptyWorkspaceStartsOnTheEmptyScreen() {
        DataViewModel vm = vm(workspace);
        vm.reopen();
        assertEquals(DataScreen.EMPTY, vm.screenProperty().get(), "no job for a workspace without datasets");
        assertFalse(vm.hasDataset());
    }

    @Test
    void aFailedKeepKeepsThePreviousDatasetAndSaysSo() throws Exception {
        FlakyWorkspace flaky = new FlakyWorkspace(workspace);
        DataViewModel vm = vm(flaky);
        importFile(vm, TestData.churn());
        LoadedDataset before = vm.datasetProperty().get();

        flaky.failKeep = true;
        importFile(vm, TestData.sharedData("messy_customers.csv"));
        assertEquals(DataScreen.ERROR, vm.screenProperty().get());
        String msg = vm.errorMessageProperty().get();
        assertTrue(msg.contains("could not be saved in the workspace") && msg.contains("disk is full"), msg);
        assertEquals("This file could not be kept in the workspace", vm.errorTitleProperty().get());
        assertSame(before, vm.datasetProperty().get());
        assertEquals(before.entry().id(), workspace.manifest().extensions().get("activeDataset"));
        assertEquals(1, workspace.manifest().datasets().size());
        vm.back();
        assertEquals(DataScreen.PREVIEW, vm.screenProperty().get(), "the preview is still good: try again from there");
        vm.back();
        assertEquals(DataScreen.IMPORTED, vm.screenProperty().get());
        assertSame(before, vm.datasetProperty().get());
    }

    @Test
    void aCancelledKeepKeepsThePreviousDataset() throws Exception {
        FlakyWorkspace flaky = new FlakyWorkspace(workspace);
        DataViewModel vm = vm(flaky);
        importFile(vm, TestData.churn());
        LoadedDataset before = vm.datasetProperty().get();

        flaky.slowKeep = true;
        vm.open(TestData.sharedData("messy_customers.csv"));
        ui.pumpUntil(() -> vm.previewProperty().get() != null && !vm.previewBusyProperty().get());
        vm.startImport();
        ui.pumpUntil(() -> flaky.keepStarted);
        vm.cancel();
        assertEquals(DataScreen.PREVIEW, vm.screenProperty().get());
        assertEquals("Import cancelled. Your current data is unchanged.", vm.noticeProperty().get());
        ui.pumpFor(Duration.ofMillis(300));
        assertSame(before, vm.datasetProperty().get());
        assertEquals(1, workspace.manifest().datasets().size());
        vm.back();
        assertEquals(DataScreen.IMPORTED, vm.screenProperty().get());
    }

    @Test
    void exportWritesTheShownViewWithFormulasEscaped() throws Exception {
        DataViewModel vm = vm(workspace);
        ExportViewModel export = new ExportViewModel(new CsvExportService(engine), new UiBridge(ui), vm);
        importFile(vm, TestData.sharedData("messy_customers.csv"));
        assertEquals("messy_customers-export.csv", export.suggestedFileName());
        Path out = dir.resolve("messy_customers-export.csv");
        export.export(out);
        assertTrue(export.runningProperty().get());
        ui.pumpUntil(() -> !export.runningProperty().get());
        int rows = vm.datasetProperty().get().view().rowCount();
        assertEquals("Exported " + String.format("%,d", rows) + " rows to " + out, export.messageProperty().get());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK"), "formula-like text is escaped");
        assertFalse(csv.contains(",=HYPERLINK") || csv.contains("\"=HYPERLINK"));
        assertFalse(csv.contains("Jonas Lindqvist"), "masked columns stay masked");
        assertTrue(csv.contains("pii_"));

        new PersonalDataViewModel(workspace, vm).setInClear("name", true);
        export.export(out);
        ui.pumpUntil(() -> !export.runningProperty().get());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("Jonas Lindqvist"), "unmasked columns export in clear");
        assertTrue(export.messageProperty().get().endsWith(" (in clear: name)"), export.messageProperty().get());

        export.export(dir.resolve("no-such-folder").resolve("x.csv"));
        ui.pumpUntil(() -> !export.runningProperty().get());
        assertTrue(export.failedProperty().get());
        assertTrue(export.messageProperty().get().startsWith("The export failed: "), export.messageProperty().get());
    }

    @Test
    void theBannerSentenceNamesWhatIsMaskedAndWhatIsInClear() {
        assertEquals("", PersonalDataViewModel.sentence(List.of(), Set.of()));
        assertEquals("Personal data is masked: email, name, phone (shown as stable codes, so joins still work)",
                PersonalDataViewModel.sentence(List.of("email", "name", "phone"), Set.of()));
        assertEquals("Personal data is masked: email (shown as stable codes, so joins still work). In clear: name.",
                PersonalDataViewModel.sentence(List.of("email", "name"), Set.of("name")));
        assertTrue(PersonalDataViewModel.sentence(List.of("email"), Set.of("email")).startsWith("Personal data is shown in clear: email."));
    }

    /** The real workspace, except that keeping an import can be made to fail or to wait for a cancel. */
    final class FlakyWorkspace implements Workspace {
        final Workspace real;
        volatile boolean failKeep;
        volatile boolean slowKeep;
        volatile boolean keepStarted;

        FlakyWorkspace(Workspace real) {
            this.real = real;
        }

        @Override public JobHandle<LoadedDataset> keepImport(String name, ImportResult imported, Executor events,
                                                             JobListener<? super LoadedDataset> listener) {
            if (!failKeep && !slowKeep) return real.keepImport(name, imported, events, listener);
            return engine.submit("Keep " + name, Lane.IO, ctx -> {
                keepStarted = true;
                if (failKeep) throw new StudioException("The disk is full.");
                while (true) {
                    ctx.checkCancelled();
                    Thread.sleep(5);
                }
            }, events, listener);
        }

        @Override public Path folder() { return real.folder(); }
        @Override public void setActiveDataset(String id) { real.setActiveDataset(id); }
        @Override public List<String> notices() { return real.notices(); }
        @Override public WorkspaceManifest manifest() { return real.manifest(); }
        @Override public void update(UnaryOperator<WorkspaceManifest> change) { real.update(change); }
        @Override public JobHandle<com.mstudio.engine.api.DatasetEntry> addDataset(String n, DataTable t, String s, String i,
                List<String> m, Executor e, JobListener<? super com.mstudio.engine.api.DatasetEntry> l) {
            return real.addDataset(n, t, s, i, m, e, l);
        }
        @Override public JobHandle<com.mstudio.engine.api.MaskedTable> openDataset(String id, Executor e,
                JobListener<? super com.mstudio.engine.api.MaskedTable> l) { return real.openDataset(id, e, l); }
        @Override public DataTable view(com.mstudio.engine.api.MaskedTable t, String id) { return real.view(t, id); }
        @Override public void setUnmasked(String id, Set<String> c) { real.setUnmasked(id, c); }
        @Override public JobHandle<com.mstudio.engine.api.MaskedTable> maskPersonalData(String n, DataTable t, Executor e,
                JobListener<? super com.mstudio.engine.api.MaskedTable> l) { return real.maskPersonalData(n, t, e, l); }
        @Override public JobHandle<LoadedDataset> openActive(Executor e, JobListener<? super LoadedDataset> l) { return real.openActive(e, l); }
        @Override public LoadedDataset withUnmasked(LoadedDataset d, Set<String> c) { return real.withUnmasked(d, c); }
        @Override public void removeDataset(String id) { real.removeDataset(id); }
        @Override public void flush() { real.flush(); }
        @Override public void close() { }
    }
}
