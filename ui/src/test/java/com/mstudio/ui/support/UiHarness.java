package com.mstudio.ui.support;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.csv.CsvExportService;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.data.profile.DefaultProfileService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.StudioUi;
import com.mstudio.ui.UiServices;
import com.mstudio.ui.shell.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Builds the real window on a stage with the real job engine (no ND4J), the given importer and a real workspace in a
 * temp folder; {@link #restart} builds a new window against the same workspace folder, as the next app start would.
 */
public final class UiHarness implements AutoCloseable {
    public final JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2));
    public final Path home = temp();
    public final WorkspaceStore store = new WorkspaceStore(engine, new DefaultPiiService(), home.resolve("settings"),
            home.resolve("workspaces"), "test");
    public final Path workspaceFolder = home.resolve("workspaces").resolve("Demo workspace");
    public Workspace workspace;
    public StudioUi ui;
    public Scene scene;
    private SampleCatalog samples;

    /** The real CSV importer, swappable for {@link #useSlowImporter}. */
    public final SwitchableImporter importer = new SwitchableImporter(new CsvImportService(engine));

    /** From now on, the small test importer, slowed down so that a test can catch an import while it runs. */
    public void useSlowImporter(long millisPerChunk) {
        importer.use(new SimpleCsvImporter(engine, millisPerChunk));
    }

    /** Call on the FX thread (TestFX @Start). */
    public void show(Stage stage, Path messy, double w, double h) {
        samples = SampleCatalog.of(
                new SampleCatalog.Sample("Telco churn", "7,043 customers, 20 columns, with a churn flag", TestData.churn()),
                new SampleCatalog.Sample("Messy customers", "A file with problems, to see the import report", messy));
        workspace = store.create(workspaceFolder);
        build(stage, w, h);
    }

    /**
     * Like quitting and starting the app again: the workspace is closed (saving what is pending), opened again from
     * its folder, and a new UI is built on the stage. Call on the FX thread.
     */
    public void restart(Stage stage) {
        workspace.close();
        workspace = store.open(workspaceFolder);
        build(stage, scene.getWidth(), scene.getHeight());
    }

    private void build(Stage stage, double w, double h) {
        ui = new StudioUi(new UiServices(engine, importer, new DefaultProfileService(engine), new CsvExportService(engine),
                workspace, samples, null));
        Theme.apply(ui.window().darkProperty().get());
        scene = ui.createScene(w, h);
        stage.setScene(scene);
        stage.titleProperty().bind(ui.window().titleProperty());
        stage.show();
    }

    private static Path temp() {
        try {
            return Files.createTempDirectory("ui-harness");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void waitFor(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("Condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public <T extends Node> T lookup(String selector) {
        @SuppressWarnings("unchecked") T n = (T) scene.getRoot().lookup(selector);
        return n;
    }

    @Override
    public void close() {
        if (workspace != null) workspace.close();
        engine.close();
    }
}
