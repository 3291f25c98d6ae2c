package com.mstudio.ui.support;

import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.csv.CsvExportService;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.pii.DefaultPiiService;
import com.mstudio.engine.data.profile.DefaultProfileService;
import com.mstudio.engine.runtime.EngineDiagnosticsService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.segment.DefaultSegmentService;
import com.mstudio.engine.store.WorkspaceStore;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.StudioUi;
import com.mstudio.ui.UiServices;
import com.mstudio.ui.shell.Theme;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Builds the real window on a stage with the real job engine, the real CSV importer and a real workspace in a temp
 * folder; {@link #restart} builds a new window against the same workspace folder, as the next app start would.
 * ND4J is loaded only for tests that ask for it ({@link #UiHarness(boolean)}): it costs seconds per engine.
 */
public final class UiHarness implements AutoCloseable {
    public final JobEngine engine;
    public final Path home = temp();
    public final WorkspaceStore store;
    public final Path workspaceFolder = home.resolve("workspaces").resolve("Demo workspace");
    public Workspace workspace;
    public StudioUi ui;
    public Scene scene;
    private SampleCatalog samples;

    public final CsvImportService importer;
    public final DefaultSegmentService segments;
    public final com.mstudio.engine.predict.DefaultPropensityService propensity;
    public final com.mstudio.engine.copy.DefaultCopyService copy;
    public final EngineDiagnosticsService diagnostics;
    public final com.mstudio.engine.creative.images.DefaultImageService images;
    public final com.mstudio.engine.creative.DefaultCreativeService creatives;

    /** Without ND4J: the engine diagnostics say "loading…" for good. */
    public UiHarness() {
        this(false);
    }

    /** @param nativeEngine whether the engine loads ND4J, as the app does (needed to show or measure the engine) */
    public UiHarness(boolean nativeEngine) {
        engine = new JobEngine(new JobEngine.Config(0, nativeEngine, 2));
        store = new WorkspaceStore(engine, new DefaultPiiService(), home.resolve("settings"), home.resolve("workspaces"), "test");
        importer = new CsvImportService(engine);
        segments = new DefaultSegmentService(engine, new com.mstudio.engine.data.clean.DefaultCleaningService());
        propensity = new com.mstudio.engine.predict.DefaultPropensityService(engine, new com.mstudio.engine.data.clean.DefaultCleaningService());
        copy = new com.mstudio.engine.copy.DefaultCopyService(engine);
        diagnostics = new EngineDiagnosticsService(engine);
        images = new com.mstudio.engine.creative.images.DefaultImageService(engine);
        creatives = new com.mstudio.engine.creative.DefaultCreativeService(engine, images);
    }

    /** The window most tests use: 1280 × 800, with a small file with problems as the second sample. Call on the FX thread. */
    public void show(Stage stage) {
        try {
            show(stage, TestData.write(Files.createTempDirectory("ui-messy"), "messy.csv", TestData.smallWithProblems()), 1280, 800);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Call on the FX thread (TestFX @Start). */
    public void show(Stage stage, Path messy, double w, double h) {
        samples = SampleCatalog.of(
                new SampleCatalog.Sample("Telco churn", "7,043 customers, 20 columns, with a churn flag", TestData.churn()),
                new SampleCatalog.Sample("Messy customers", "A file with problems, to see the import report", messy));
        workspace = store.create(workspaceFolder);
        build(stage, w, h);
    }

    /** A window with {@code samples} as the one-click samples. Call on the FX thread. */
    public void show(Stage stage, SampleCatalog samples, double w, double h) {
        this.samples = samples;
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
                segments, propensity, copy, diagnostics, workspace, samples, null,
                new com.mstudio.ui.creatives.CreativeServices(creatives, images,
                        com.mstudio.ui.creatives.CreativesTestBed.demoModels(), com.mstudio.ui.creatives.CreativesTestBed.samples())));
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
        waitFor(30, condition);
    }

    /** For real work that takes longer than a UI reaction (ND4J's training, a big import). */
    public static void waitFor(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (Exception e) {
            throw new AssertionError("Condition not met in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Where a flow test's screenshots of {@code screen} go: ui/target/screenshots/&lt;screen&gt;, or
     * docs/screenshots/&lt;screen&gt; with {@code -Dscreenshots=true}, to refresh the ones the docs show.
     */
    public static Path screenshots(String screen) {
        return Boolean.getBoolean("screenshots")
                ? TestData.repoRoot().resolve("docs/screenshots").resolve(screen) : Path.of("target", "screenshots", screen);
    }

    /** Saves the window as {@code <folder>/<name>.png}, once the FX thread has caught up. */
    public void screenshot(FxRobot robot, Path folder, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(scene.snapshot(null)));
        Files.createDirectories(folder);
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", folder.resolve(name + ".png").toFile());
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
