package com.mstudio.ui;

import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Rejection;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.UiHarness;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real window headless (Monocle): sample → preview → import → rows, profile, report; errors; cancel. */
@ExtendWith(ApplicationExtension.class)
class StudioUiTest {
    @TempDir static Path dir;
    private final UiHarness h = new UiHarness();

    @Start
    void start(Stage stage) {
        h.show(stage);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private String tile(String id) {
        Node t = h.lookup(id);
        return ((Label) t.lookup(".tile-value")).getText();
    }

    private DataScreen screen() {
        return h.ui.data().screenProperty().get();
    }

    @Test
    void theSampleImportsAndShowsRowsProfileAndReport(FxRobot robot) {
        Label status = h.lookup("#status-job");
        assertEquals("Ready", status.getText());
        for (com.mstudio.ui.shell.Area a : com.mstudio.ui.shell.Area.values()) {
            assertEquals(!a.available(), h.lookup("#nav-" + a.name().toLowerCase()).isDisabled(),
                    "future areas are visibly disabled, the others not: " + a);
        }

        robot.clickOn("#sample-0");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        TableView<?> schema = h.lookup("#schema-table");
        assertEquals(20, schema.getItems().size());
        TableView<?> first = h.lookup("#first-rows");
        assertEquals(50, first.getItems().size());

        robot.clickOn("#import-button");
        waitFor(() -> screen() == DataScreen.IMPORTED);
        TableView<?> rows = h.lookup("#rows-table");
        assertEquals(7043, rows.getItems().size());
        assertEquals(21, rows.getColumns().size(), "20 columns plus the row number");
        assertTrue(robot.window(0).getScene() != null);
        assertTrue(((Stage) robot.window(0)).getTitle().startsWith("wa_churn · Demo workspace"));

        robot.clickOn("#tab-profile");
        waitFor(() -> ((FlowPane) h.lookup("#profile-cards")).getChildren().size() == 20);
        Node tenure = h.lookup("#profile-tenure");
        assertNotNull(tenure);
        assertEquals("Integer", ((Label) tenure.lookup(".type-badge")).getText(), "the card shows the type");

        robot.clickOn("#tab-report");
        assertEquals("7,043", tile("#tile-imported"));
        waitFor(() -> "Ready".equals(status.getText()));
    }

    @Test
    void changingTheDelimiterRerunsThePreview(FxRobot robot) throws Exception {
        Path semi = TestData.write(dir, "semi.csv", "a;b;c\n1;2;3\n4;5;6\n");
        robot.interact(() -> h.ui.data().open(semi));
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        TableView<?> schema = h.lookup("#schema-table");
        assertEquals(3, schema.getItems().size());
        javafx.scene.control.ComboBox<Character> delimiter = h.lookup("#delimiter");
        robot.interact(() -> delimiter.setValue(','));
        waitFor(() -> !h.ui.data().previewBusyProperty().get() && schema.getItems().size() == 1);
        assertEquals(',', h.ui.data().previewProperty().get().dialect().delimiter());
    }

    @Test
    void theMessySampleReportsItsRejectionsWithAFilter(FxRobot robot) {
        robot.clickOn("#sample-1");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(() -> screen() == DataScreen.IMPORTED);
        robot.clickOn("#tab-report");
        ImportReport report = h.ui.data().resultProperty().get().report();
        assertEquals(120, report.rowsRead());
        assertTrue(report.rowsRejected() + report.cellsSetMissing() > 0, "the messy file has problems");
        assertEquals(report.rowsRead(), report.rowsImported() + report.rowsRejected());
        assertEquals("120", tile("#tile-rows-read"));
        assertEquals(String.valueOf(report.rowsImported()), tile("#tile-imported"));
        assertEquals(String.valueOf(report.rowsRejected()), tile("#tile-rejected"));
        TableView<Rejection> problems = h.lookup("#rejections-table");
        assertEquals(report.rejections().size(), problems.getItems().size());
        Rejection firstProblem = report.rejections().get(0);
        robot.clickOn("#rejection-filter").write(String.valueOf(firstProblem.line()));
        waitFor(() -> problems.getItems().stream().allMatch(r -> r.line() == firstProblem.line()));
        assertTrue(problems.getItems().contains(firstProblem));
    }

    @Test
    void aBrokenFileShowsThePlainMessageAndKeepsTheDataset(FxRobot robot) throws Exception {
        robot.clickOn("#sample-1");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(() -> screen() == DataScreen.IMPORTED);
        Object before = h.ui.data().resultProperty().get();

        Path bad = TestData.write(dir, "broken.csv", "a,b\n1,2\n3,\"never closed\n");
        robot.interact(() -> h.ui.data().open(bad));
        waitFor(() -> screen() == DataScreen.ERROR);
        Label message = h.lookup("#error-message");
        assertTrue(message.getText().startsWith("broken.csv, line 3"), message.getText());
        assertTrue(message.getText().contains("never closed"), message.getText());
        assertTrue(h.lookup("#choose-another").isVisible());
        robot.clickOn("#error-back");
        assertEquals(DataScreen.IMPORTED, screen());
        assertSame(before, h.ui.data().resultProperty().get());
    }

    private static boolean isImport(String jobName) {
        return jobName.startsWith("Import big.csv") || jobName.startsWith("Keep big in the workspace");
    }

    /**
     * The status bar shows and cancels the job the user is looking at: with a profile running on the engine thread
     * and an import started after it, Cancel stops the import and leaves the profile alone.
     */
    @Test
    void theStatusBarCancelsTheRunningImportNotTheOlderProfile(FxRobot robot) throws Exception {
        Path file = TestData.big(dir, "big.csv", 600_000);
        // A real job on the real engine, older than the import and reporting progress until it is cancelled.
        CountDownLatch profiling = new CountDownLatch(1);
        JobHandle<Void> profile = h.engine.submit("Profile 20 columns", ctx -> {
            for (int i = 0; ; i++) {
                ctx.progress(0.4, "Profiling column " + (i % 20 + 1));
                profiling.countDown();
                ctx.checkCancelled();
                Thread.sleep(20);
            }
        });
        assertTrue(profiling.await(30, TimeUnit.SECONDS));
        robot.interact(() -> h.ui.data().open(file));
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        // The import's first progress event: from then on the bar shows it, the newest running job. Reading and
        // keeping in the workspace are one import with one Cancel, so a fast machine may already be keeping it.
        waitFor(() -> isImport(h.ui.status().jobNameProperty().get()));
        assertTrue(h.lookup("#importing-panel").isVisible());
        String shown = ((Label) h.lookup("#status-job")).getText();
        assertTrue(isImport(shown) && shown.endsWith("  (+1 more)"), shown);
        // Fired rather than clicked: the robot's pointer glides to the button for a few hundred milliseconds, and on a
        // quiet machine the import (and its keep) could finish in that time, which is not what this test is about.
        robot.interact(() -> ((javafx.scene.control.Button) h.lookup("#status-cancel")).fire());
        try {
            waitFor(() -> screen() == DataScreen.PREVIEW && h.ui.status().jobNameProperty().get().startsWith("Profile"));
        } catch (AssertionError e) {
            throw new AssertionError(screen() + " / " + h.ui.status().jobNameProperty().get() + " / " + profile.state()
                    + " / " + h.ui.data().errorMessageProperty().get(), e);
        }
        assertTrue(((Label) h.lookup("#preview-notice")).getText().startsWith("Import cancelled"));
        assertFalse(h.ui.data().hasDataset());
        assertEquals(JobState.RUNNING, profile.state(), "the profile was not the job on screen");
        assertEquals("Profile 20 columns", ((Label) h.lookup("#status-job")).getText());

        robot.clickOn("#status-cancel");
        waitFor(() -> !h.ui.status().busyProperty().get());
        assertEquals(JobState.CANCELLED, profile.state());
        assertEquals("Ready", ((Label) h.lookup("#status-job")).getText());
    }
}
