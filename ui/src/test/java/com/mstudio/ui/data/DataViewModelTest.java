package com.mstudio.ui.data;

import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.TestUiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data screen's logic without a scene: real job engine, real files, events pumped on the test thread. */
class DataViewModelTest {
    @TempDir Path dir;
    private final JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2));
    private final TestUiThread ui = new TestUiThread();
    private Workspace workspace;

    @BeforeEach
    void workspace() {
        workspace = new WorkspaceStore(engine, new DefaultPiiService(), dir.resolve("settings"), dir.resolve("workspaces"), "test")
                .create(dir.resolve("workspaces").resolve("ws"));
    }

    @AfterEach
    void stop() {
        workspace.close();
        engine.close();
    }

    /** The real CSV importer. */
    private DataViewModel vm() {
        return new DataViewModel(new CsvImportService(engine), workspace, new UiBridge(ui), SampleCatalog.none());
    }

    private void previewed(DataViewModel vm) {
        ui.pumpUntil(() -> !vm.previewBusyProperty().get() && vm.screenProperty().get() != DataScreen.EMPTY);
    }

    @Test
    void openPreviewImport() throws Exception {
        DataViewModel vm = vm();
        vm.open(TestData.write(dir, "small.csv", TestData.smallWithProblems()));
        assertEquals(DataScreen.PREVIEW, vm.screenProperty().get());
        assertTrue(vm.previewBusyProperty().get());
        previewed(vm);
        assertNotNull(vm.previewProperty().get());
        assertEquals(',', vm.dialect().delimiterProperty().get());
        assertEquals(ColumnType.INTEGER, vm.previewProperty().get().schema().get(1).type());

        vm.startImport();
        assertEquals(DataScreen.IMPORTING, vm.screenProperty().get());
        ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.IMPORTED);
        ImportResult r = vm.resultProperty().get();
        assertEquals(120, r.report().rowsRead());
        assertEquals(118, r.table().rowCount(), "the stray word and the ragged row are left out");
        assertEquals(r.report().rowsRead(), r.report().rowsImported() + r.report().rowsRejected());
    }

    @Test
    void keepAsMissingAndTypeOverridesReachTheImporter() throws Exception {
        DataViewModel vm = vm();
        vm.open(TestData.write(dir, "small.csv", TestData.smallWithProblems()));
        previewed(vm);
        vm.badRowPolicyProperty().set(BadRowPolicy.KEEP_AS_MISSING);
        ColumnSchema age = vm.previewProperty().get().schema().get(1);
        vm.settings().overrideType(age, ColumnType.TEXT);
        assertEquals(ColumnType.TEXT, vm.settings().effectiveType(age));
        vm.settings().overrideType(age, ColumnType.INTEGER);
        assertFalse(vm.optionsProperty().get().columnTypes().containsKey("age"), "choosing the detected type clears the override");
        vm.startImport();
        ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.IMPORTED);
        ImportResult r = vm.resultProperty().get();
        assertTrue(r.report().cellsSetMissing() >= 1, "the stray word became a missing cell");
        assertEquals(r.report().rowsImported(), r.table().rowCount());
        assertTrue(r.table().isMissing(29, 1));
    }

    @Test
    void aTypeOverrideChangesHowTheColumnIsImported() throws Exception {
        DataViewModel vm = vm();
        vm.open(TestData.write(dir, "small.csv", TestData.smallWithProblems()));
        previewed(vm);
        ColumnSchema age = vm.previewProperty().get().schema().get(1);
        vm.settings().overrideType(age, ColumnType.TEXT);
        vm.startImport();
        ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.IMPORTED);
        ImportResult r = vm.resultProperty().get();
        assertEquals(ColumnType.TEXT, r.table().column(1).type());
        assertTrue(r.report().rejections().stream().noneMatch(x -> "age".equals(x.column())),
                "as text, 'abc' is a fine age");
    }

    @Test
    void editingTheDialectRerunsThePreviewAndTheLatestWins() throws Exception {
        DataViewModel vm = vm();
        vm.open(TestData.write(dir, "semi.csv", "a;b\n1;2\n3;4\n"));
        previewed(vm);
        assertEquals(2, vm.previewProperty().get().schema().size());
        vm.dialect().delimiterProperty().set(',');
        vm.dialect().delimiterProperty().set('|');
        vm.dialect().delimiterProperty().set(';');
        assertTrue(vm.previewBusyProperty().get());
        previewed(vm);
        assertEquals(';', vm.optionsProperty().get().delimiter());
        assertEquals(2, vm.previewProperty().get().schema().size());
        ui.pumpFor(Duration.ofMillis(200));
        assertEquals(';', vm.previewProperty().get().dialect().delimiter(), "a superseded preview never shows");
    }

    @Test
    void settingsTheFileCannotBeReadWithBringBackTheLastGoodPreview() throws Exception {
        DataViewModel vm = vm();
        vm.open(TestData.write(dir, "ok.csv", "a,b\n1,2\n3,4\n"));
        previewed(vm);
        var good = vm.previewProperty().get();
        vm.dialect().encodingProperty().set("no-such-charset");
        previewed(vm);
        assertSame(good, vm.previewProperty().get());
        assertEquals(DataScreen.PREVIEW, vm.screenProperty().get());
        assertEquals(good.dialect().encoding(), vm.dialect().encodingProperty().get());
        assertEquals(null, vm.optionsProperty().get().encoding(), "the failing override is gone");
        assertTrue(vm.noticeProperty().get().startsWith("Those settings don't work"), vm.noticeProperty().get());
    }

    @Test
    void aFailedImportKeepsTheDatasetAndShowsThePlainMessage() throws Exception {
        DataViewModel vm = vm();
        vm.open(TestData.write(dir, "good.csv", "x,y\n1,2\n"));
        previewed(vm);
        vm.startImport();
        ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.IMPORTED);
        ImportResult before = vm.resultProperty().get();

        vm.open(TestData.write(dir, "bad.csv", "x,y\n1,2\n3,\"open\n"));
        ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.ERROR);
        String message = vm.errorMessageProperty().get();
        assertTrue(message.startsWith("bad.csv, line 3, column 2: "), message);
        assertTrue(message.contains("never closed"), message);
        assertSame(before, vm.resultProperty().get());
        vm.back();
        assertEquals(DataScreen.IMPORTED, vm.screenProperty().get());
    }

    @Test
    void afterAFailedImportBackReturnsToThePreview() throws Exception {
        CsvImportService real = new CsvImportService(engine);
        ImportService failingImport = new ImportService() {
            @Override public JobHandle<CsvPreview> preview(Path f, ImportOptions o, Executor e, JobListener<? super CsvPreview> l) {
                return real.preview(f, o, e, l);
            }
            @Override public JobHandle<ImportResult> importCsv(Path f, ImportOptions o, Executor e, JobListener<? super ImportResult> l) {
                return engine.submit("Import", Lane.IO, ctx -> {
                    throw new StudioException("The disk went away", f, 2, null);
                }, e, l);
            }
        };
        DataViewModel vm = new DataViewModel(failingImport, workspace, new UiBridge(ui), SampleCatalog.none());
        vm.open(TestData.write(dir, "ok.csv", "a,b\n1,2\n"));
        previewed(vm);
        vm.startImport();
        ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.ERROR);
        assertEquals("ok.csv, line 2: The disk went away", vm.errorMessageProperty().get());
        vm.back();
        assertEquals(DataScreen.PREVIEW, vm.screenProperty().get());
        assertFalse(vm.hasDataset());
    }

    @Test
    void cancellingAnImportLosesNothing() throws Exception {
        DataViewModel vm = vm();
        vm.open(TestData.write(dir, "first.csv", "x\n1\n"));
        previewed(vm);
        vm.startImport();
        ui.pumpUntil(() -> vm.screenProperty().get() == DataScreen.IMPORTED);
        ImportResult before = vm.resultProperty().get();

        // Big enough that the real import is still running when its first progress reaches the UI thread; the test
        // waits for that event, not for a time.
        vm.open(TestData.big(dir, "big.csv", 300_000));
        ui.pumpUntil(() -> !vm.previewBusyProperty().get() && vm.screenProperty().get() != DataScreen.EMPTY,
                Duration.ofSeconds(60));
        vm.startImport();
        String starting = vm.jobMessageProperty().get();
        ui.pumpUntil(() -> !starting.equals(vm.jobMessageProperty().get()) || vm.jobProgressProperty().get() >= 0,
                Duration.ofSeconds(60));
        assertEquals(DataScreen.IMPORTING, vm.screenProperty().get());
        vm.cancel();
        assertEquals(DataScreen.PREVIEW, vm.screenProperty().get());
        assertTrue(vm.noticeProperty().get().startsWith("Import cancelled"));
        ui.pumpFor(Duration.ofMillis(300));
        assertEquals(DataScreen.PREVIEW, vm.screenProperty().get(), "the late cancelled event changes nothing");
        assertSame(before, vm.resultProperty().get());
        vm.back();
        assertEquals(DataScreen.IMPORTED, vm.screenProperty().get());
    }

    @Test
    void acceptsOnlyTableFiles() {
        assertTrue(DataViewModel.isAccepted(Path.of("a.CSV")));
        assertTrue(DataViewModel.isAccepted(Path.of("a.tsv")));
        assertFalse(DataViewModel.isAccepted(Path.of("a.xlsx")));
        assertFalse(DataViewModel.isAccepted(Path.of("csv")));
    }
}
