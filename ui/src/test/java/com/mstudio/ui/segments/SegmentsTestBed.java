package com.mstudio.ui.segments;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.segment.DefaultSegmentService;
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
 * The real parts a Segments view model runs on: the job engine, the CSV importer, the segment service and a workspace
 * store in a temp folder, with the Telco sample imported and kept the way the Data screen does it.
 */
final class SegmentsTestBed implements AutoCloseable {
    final JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2));
    final TestUiThread ui = new TestUiThread();
    final UiBridge bridge = new UiBridge(ui);
    final CsvImportService importer = new CsvImportService(engine);
    final DefaultSegmentService service = new DefaultSegmentService(engine, new com.mstudio.engine.data.clean.DefaultCleaningService());
    final WorkspaceStore store;
    final Path folder;
    Workspace workspace;
    DataViewModel data;

    SegmentsTestBed(Path dir) {
        store = new WorkspaceStore(engine, new DefaultPiiService(), dir.resolve("settings"), dir.resolve("workspaces"), "test");
        folder = dir.resolve("workspaces").resolve("W");
        workspace = store.create(folder);
    }

    /** Imports the Telco sample on a new Data screen view model and waits until it is kept and shown. */
    DataViewModel openChurn() {
        return open(TestData.churn());
    }

    /** Imports {@code file} as the Data screen does and waits until it is kept and shown. */
    DataViewModel open(Path file) {
        data = new DataViewModel(importer, workspace, bridge, SampleCatalog.none());
        data.open(file);
        ui.pumpUntil(() -> data.previewProperty().get() != null && !data.previewBusyProperty().get());
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

    SegmentsViewModel segments() {
        return new SegmentsViewModel(service, importer, workspace, bridge, data.datasetProperty());
    }

    void waitForResult(SegmentsViewModel vm) {
        ui.pumpUntil(() -> vm.resultProperty().get() != null && !vm.busyProperty().get(), Duration.ofSeconds(120));
    }

    @Override
    public void close() {
        if (workspace != null) workspace.close();
        engine.close();
    }
}
