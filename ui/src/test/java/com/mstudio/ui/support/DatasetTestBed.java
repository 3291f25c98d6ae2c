package com.mstudio.ui.support;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.data.DataViewModel;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The real parts a screen that works on the open dataset runs on: the job engine, the CSV importer and a workspace
 * store in a temp folder, with a file imported and kept the way the Data screen does it. A screen's own bed adds its
 * service and view model.
 */
public class DatasetTestBed implements AutoCloseable {
    public final JobEngine engine;
    public final TestUiThread ui = new TestUiThread();
    public final UiBridge bridge = new UiBridge(ui);
    public final CsvImportService importer;
    public final WorkspaceStore store;
    public final Path folder;
    public Workspace workspace;
    public DataViewModel data;

    /** {@code nd4j}: start ND4J on the engine thread, as the app does; only the screens that train need it. */
    protected DatasetTestBed(Path dir, boolean nd4j) {
        engine = new JobEngine(new JobEngine.Config(0, nd4j, 2));
        importer = new CsvImportService(engine);
        store = new WorkspaceStore(engine, new DefaultPiiService(), dir.resolve("settings"), dir.resolve("workspaces"), "test");
        folder = dir.resolve("workspaces").resolve("W");
        workspace = store.create(folder);
    }

    /** Imports the Telco sample on a new Data screen view model and waits until it is kept and shown. */
    public DataViewModel openChurn() {
        return open(TestData.churn());
    }

    /** Imports {@code file} as the Data screen does and waits until it is kept and shown. */
    public DataViewModel open(Path file) {
        data = new DataViewModel(importer, workspace, bridge, SampleCatalog.none());
        data.open(file);
        ui.pumpUntil(() -> data.previewProperty().get() != null && !data.previewBusyProperty().get(), Duration.ofSeconds(60));
        data.startImport();
        ui.pumpUntil(() -> data.screenProperty().get() == DataScreen.IMPORTED, Duration.ofSeconds(60));
        return data;
    }

    /** As the next app start: the workspace is closed and opened again, and its active dataset reopened. */
    public DataViewModel reopen() {
        workspace.close();
        workspace = store.open(folder);
        data = new DataViewModel(importer, workspace, bridge, SampleCatalog.none());
        data.reopen();
        ui.pumpUntil(() -> data.screenProperty().get() == DataScreen.IMPORTED, Duration.ofSeconds(60));
        return data;
    }

    @Override
    public void close() {
        if (workspace != null) workspace.close();
        engine.close();
    }
}
