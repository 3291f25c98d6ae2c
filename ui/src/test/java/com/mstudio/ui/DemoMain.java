package com.mstudio.ui;

import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.data.csv.CsvImportService;
import com.mstudio.engine.data.profile.DefaultProfileService;
import com.mstudio.ui.support.TestData;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Window;

import javax.imageio.ImageIO;
import java.io.File;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

/**
 * Starts the real app path ({@link StudioApplication#launch}) with the test importer, for a look on a real display
 * (or Xvfb with {@code -Dglass.platform=gtk}). With {@code -Ddemo.shot=file.png} it saves the window after a few
 * seconds and exits.
 */
public final class DemoMain {
    public static void main(String[] args) throws Exception {
        JobEngine engine = new JobEngine(); // as the app: ND4J loads in the background, so the Engine dialog has something to show
        // -Ddemo.workspace=folder reopens that workspace (start twice to see it come back as it was left).
        java.nio.file.Path home = java.nio.file.Path.of(System.getProperty("demo.workspace",
                java.nio.file.Files.createTempDirectory("demo").resolve("Demo workspace").toString()));
        var store = new com.mstudio.engine.store.WorkspaceStore(engine, new com.mstudio.engine.data.pii.DefaultPiiService(),
                home.resolveSibling("settings"), home.getParent(), "demo");
        com.mstudio.engine.api.Workspace workspace = java.nio.file.Files.exists(home.resolve("workspace.json"))
                ? store.open(home) : store.create(home);
        String shot = System.getProperty("demo.shot");
        if (shot != null) {
            new Timer("demo-shot", true).schedule(new TimerTask() {
                @Override public void run() {
                    Platform.runLater(() -> {
                        try {
                            Window w = Window.getWindows().get(0);
                            ImageIO.write(SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null), "png", new File(shot));
                            System.out.println("title=" + ((javafx.stage.Stage) w).getTitle() + " size=" + w.getWidth() + "x" + w.getHeight());
                        } catch (Exception e) {
                            e.printStackTrace();
                        }
                        Platform.exit();
                    });
                }
            }, 4000);
        }
        try {
            StudioApplication.launch(new UiServices(engine, new CsvImportService(engine), new DefaultProfileService(engine),
                    new com.mstudio.engine.data.csv.CsvExportService(engine),
                    new com.mstudio.engine.segment.DefaultSegmentService(engine, new com.mstudio.engine.data.clean.DefaultCleaningService()),
                    new com.mstudio.engine.predict.DefaultPropensityService(engine, new com.mstudio.engine.data.clean.DefaultCleaningService()),
                    new com.mstudio.engine.copy.DefaultCopyService(engine),
                    new com.mstudio.engine.runtime.EngineDiagnosticsService(engine), workspace,
                    SampleCatalog.fromFiles(List.of(TestData.churn())), null, null));
        } finally {
            workspace.close();
            engine.close();
        }
    }
}
