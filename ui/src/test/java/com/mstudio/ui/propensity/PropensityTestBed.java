package com.mstudio.ui.propensity;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.data.csv.CsvExportService;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.predict.DefaultPropensityService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.data.DataViewModel;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.TestUiThread;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The real parts a Propensity view model runs on: the job engine with ND4J (as the app starts it), the CSV importer,
 * the propensity service, CSV export and a workspace store in a temp folder, with the Telco sample imported and kept
 * the way the Data screen does it. Models train for a few epochs only (set on the setup), to keep the tests short.
 */
final class PropensityTestBed implements AutoCloseable {
    static final Duration TRAINING = Duration.ofMinutes(4);

    final JobEngine engine = new JobEngine(new JobEngine.Config(0, true, 2));
    final TestUiThread ui = new TestUiThread();
    final UiBridge bridge = new UiBridge(ui);
    final CsvImportService importer = new CsvImportService(engine);
    final DefaultPropensityService service = new DefaultPropensityService(engine, new DefaultCleaningService());
    final CsvExportService exports = new CsvExportService(engine);
    final WorkspaceStore store;
    final Path folder;
    Workspace workspace;
    DataViewModel data;

    PropensityTestBed(Path dir) {
        store = new WorkspaceStore(engine, new DefaultPiiService(), dir.resolve("settings"), dir.resolve("workspaces"), "test");
        folder = dir.resolve("workspaces").resolve("W");
        workspace = store.create(folder);
    }

    /** Imports the Telco sample on a new Data screen view model. */
    DataViewModel openChurn() {
        return open(TestData.churn());
    }

    /** Imports {@code file} as the Data screen does and waits until it is kept and shown. */
    DataViewModel open(Path file) {
        data = new DataViewModel(importer, workspace, bridge, SampleCatalog.none());
        data.open(file);
        ui.pumpUntil(() -> data.previewProperty().get() != null && !data.previewBusyProperty().get(), Duration.ofSeconds(60));
        data.startImport();
        ui.pumpUntil(() -> data.screenProperty().get() == DataScreen.IMPORTED, Duration.ofSeconds(60));
        return data;
    }

    /** As the next app start: the workspace is closed and opened again, and its active dataset reopened. */
    DataViewModel reopen() {
        workspace.close();
        workspace = store.open(folder);
        data = new DataViewModel(importer, workspace, bridge, SampleCatalog.none());
        data.reopen();
        ui.pumpUntil(() -> data.screenProperty().get() == DataScreen.IMPORTED, Duration.ofSeconds(60));
        return data;
    }

    PropensityViewModel propensity() {
        return new PropensityViewModel(service, exports, workspace, bridge, data.datasetProperty(), data::openDataset);
    }

    /** A short run: {@code epochs} at most, stopping after 3 epochs without a better validation loss. */
    static void quick(PropensityViewModel vm, int epochs) {
        vm.setup().maxEpochsProperty().set(epochs);
        vm.setup().patienceProperty().set(Math.min(epochs, 3));
    }

    void waitForResult(PropensityViewModel vm) {
        ui.pumpUntil(() -> !vm.busyProperty().get(), TRAINING);
    }

    @Override
    public void close() {
        if (workspace != null) workspace.close();
        engine.close();
    }
}
