package com.mstudio.ui;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.UiHarness;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static com.mstudio.ui.support.UiHarness.waitFor;

/**
 * Not a test: a tour that writes a PNG of every state to ui/target/screenshots, to look at after UI changes.
 * Run with {@code -Dtest=ScreenshotTour -Dscreenshots=true}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = "true")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {
    static {
        // Monocle's headless screen is 1280×800 unless told otherwise; the tour also shoots 1920×1080 (with room for the window offset).
        System.setProperty("headless.geometry", "2048x1280-32");
    }

    private final UiHarness h = new UiHarness(true); // with ND4J, for the Engine dialog
    private final Path out = Path.of("target", "screenshots");
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path messy = TestData.write(Files.createTempDirectory("ui-messy"), "messy_customers.csv", TestData.smallWithProblems());
        h.show(stage, messy, 1280, 800);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        shot(robot, h.scene, name);
    }

    private void shot(FxRobot robot, javafx.scene.Scene scene, String name) throws IOException {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(scene.snapshot(null)));
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", out.resolve(name + ".png").toFile());
    }

    private void previewReady() {
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
    }

    @Test
    void tour(FxRobot robot) throws Exception {
        shot(robot, "01-empty");
        robot.clickOn("#sample-0");
        previewReady();
        shot(robot, "02-preview");
        robot.clickOn("#import-button");
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);
        shot(robot, "04-rows");
        robot.clickOn("#tab-profile");
        waitFor(() -> !h.ui.data().resultProperty().get().table().columns().isEmpty()
                && h.scene.lookup("#profile-tenure") != null);
        shot(robot, "05-profile");

        Path messy = TestData.write(uncheckedTemp(), "messy_customers.csv", TestData.smallWithProblems());
        robot.interact(() -> h.ui.data().open(messy));
        previewReady();
        robot.clickOn("#import-button");
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);
        robot.clickOn("#tab-report");
        shot(robot, "06-report");

        Path bad = TestData.write(uncheckedTemp(), "broken.csv", "a,b\n1,2\n3,\"never closed\n");
        robot.interact(() -> h.ui.data().open(bad));
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.ERROR);
        shot(robot, "07-error");
        robot.clickOn("#error-back");

        // Two jobs at once: a long engine job (as a profile would be) and a real import of a big file started after it.
        CountDownLatch profiling = new CountDownLatch(1);
        JobHandle<Void> profile = h.engine.submit("Profile 20 columns", ctx -> {
            for (int i = 0; ; i++) {
                ctx.progress(0.4, "Profiling column " + (i % 20 + 1) + " of 20");
                profiling.countDown();
                ctx.checkCancelled();
                Thread.sleep(20);
            }
        });
        profiling.await(30, TimeUnit.SECONDS);
        Path file = TestData.big(uncheckedTemp(), "big_export.csv", 1_000_000);
        robot.interact(() -> h.ui.data().open(file));
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(() -> h.ui.status().jobNameProperty().get().startsWith("Import big_export.csv")
                && h.ui.status().progressProperty().get() > 0.05);
        shot(robot, "03-importing-two-jobs");
        // The status bar's Cancel stops the import it shows; the profile goes on until it is cancelled too.
        String shown = h.ui.status().jobNameProperty().get() + " / " + h.ui.status().messageProperty().get();
        robot.clickOn("#status-cancel");
        try {
            waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.PREVIEW);
        } catch (AssertionError e) {
            throw new AssertionError("before: " + shown + "; now: " + h.ui.data().screenProperty().get() + " / "
                    + h.ui.status().jobNameProperty().get() + " / " + h.ui.status().messageProperty().get() + " / "
                    + profile.state() + " / " + h.ui.data().jobMessageProperty().get(), e);
        }
        profile.cancel();
        waitFor(() -> !h.ui.status().busyProperty().get());
        robot.clickOn("#preview-back");

        robot.interact(() -> h.ui.data().open(TestData.churn()));
        previewReady();
        robot.clickOn("#import-button");
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED && !h.ui.status().busyProperty().get());
        robot.interact(() -> { stage.setWidth(1024); stage.setHeight(640); });
        robot.interact(() -> h.ui.data().open(TestData.churn()));
        previewReady();
        robot.interact(() -> h.ui.data().dialect().encodingProperty().set("no-such-charset"));
        previewReady();
        shot(robot, "10-preview-min-size-bad-setting");
        robot.clickOn("#preview-back");

        robot.interact(() -> { stage.setX(0); stage.setY(0); stage.setWidth(1920); stage.setHeight(1080); });
        robot.clickOn("#tab-rows");
        shot(robot, "08-rows-1920");
        robot.interact(() -> { h.ui.window().darkProperty().set(true); Theme.apply(true); });
        robot.clickOn("#tab-profile");
        shot(robot, "09-profile-dark-1920");
        Path broken = TestData.write(uncheckedTemp(), "broken.csv", "a,b\n1,2\n3,\"never closed\n");
        robot.interact(() -> h.ui.data().open(broken));
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.ERROR);
        shot(robot, "11-error-dark-1920");
        robot.clickOn("#error-back");
        robot.interact(() -> { h.ui.window().darkProperty().set(false); Theme.apply(false); });

        StringBuilder paged = new StringBuilder("customer_id,age,spend,plan\n");
        for (int i = 0; i < 150_000; i++) {
            paged.append("C").append(i).append(',').append(18 + i % 60).append(',')
                    .append(i % 97 == 0 ? "" : String.valueOf(i % 9973 / 7.0)).append(",plan_").append(i % 4).append('\n');
        }
        Path pagedFile = TestData.write(uncheckedTemp(), "customers_150k.csv", paged.toString());
        robot.interact(() -> h.ui.data().open(pagedFile));
        previewReady();
        robot.clickOn("#import-button");
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED && !h.ui.status().busyProperty().get());
        robot.interact(() -> { stage.setWidth(1280); stage.setHeight(800); });
        robot.clickOn("#tab-rows");
        robot.clickOn("#rows-goto").write("123456\n");
        shot(robot, "12-rows-paged");

        // The workspace: personal data masked, one column shown in clear, an export, and the next start.
        robot.interact(() -> { stage.setWidth(1280); stage.setHeight(800); });
        robot.interact(() -> h.ui.data().open(TestData.sharedData("messy_customers.csv")));
        previewReady();
        robot.clickOn("#import-button");
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED && !h.ui.status().busyProperty().get());
        robot.clickOn("#tab-rows");
        shot(robot, "13-pii-masked");
        robot.clickOn("#pii-toggle-name");
        Path export = uncheckedTemp().resolve("messy_customers-export.csv");
        robot.interact(() -> h.ui.dataView().setExportFileChooser(name -> export));
        robot.clickOn("#export-csv");
        waitFor(() -> !h.ui.export().runningProperty().get() && Files.exists(export));
        robot.moveTo("#dataset-title");
        shot(robot, "14-name-in-clear-exported");
        robot.clickOn("#tab-profile");
        robot.interact(() -> h.restart(stage));
        waitFor(() -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED && !h.ui.status().busyProperty().get()
                && h.scene.lookup("#profile-cards") != null
                && !((javafx.scene.layout.FlowPane) h.scene.lookup("#profile-cards")).getChildren().isEmpty());
        shot(robot, "15-reopened");
        robot.interact(() -> { stage.setWidth(1024); stage.setHeight(640); });
        robot.clickOn("#tab-rows");
        shot(robot, "16-pii-min-size");
        robot.interact(() -> { h.ui.window().darkProperty().set(true); Theme.apply(true); });
        shot(robot, "17-pii-dark-min-size");
        robot.interact(() -> { h.ui.window().darkProperty().set(false); Theme.apply(false); });

        // The Engine dialog: ND4J's setup, a measurement running as a job in the status bar, and its result.
        robot.interact(() -> { stage.setWidth(1280); stage.setHeight(800); });
        robot.clickOn("#engine-button");
        javafx.scene.Scene dialog = h.ui.root().engineDialog().getDialogPane().getScene();
        waitFor(120, () -> h.ui.engine().readyProperty().get());
        shot(robot, dialog, "18-engine-dialog");
        robot.clickOn("#engine-measure");
        waitFor(120, () -> h.ui.status().jobNameProperty().get().startsWith("Measure") && h.ui.status().progressProperty().get() > 0);
        shot(robot, "19-engine-measuring-status-bar");
        waitFor(180, () -> !h.ui.engine().runningProperty().get());
        shot(robot, dialog, "20-engine-measured");
        robot.interact(() -> { h.ui.window().darkProperty().set(true); Theme.apply(true); });
        shot(robot, dialog, "21-engine-measured-dark");
        robot.interact(() -> { h.ui.window().darkProperty().set(false); Theme.apply(false); });
    }

    private static Path uncheckedTemp() {
        try {
            return Files.createTempDirectory("ui-tour");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
