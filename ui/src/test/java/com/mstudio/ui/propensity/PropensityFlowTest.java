package com.mstudio.ui.propensity;

import com.mstudio.engine.api.PropensityResult;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.propensity.charts.ConfusionChart;
import com.mstudio.ui.propensity.charts.LineChartPane;
import com.mstudio.ui.shell.Area;
import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.UiHarness;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Propensity screen in the real window (Monocle) on the real engine with ND4J, importer, propensity service and
 * workspace: open the Telco sample → Propensity → train with churn = Yes → the curves move while it trains → metrics
 * and charts appear → click a confusion-matrix cell → its customers are listed → explain one → score all customers →
 * the Data screen's dataset has {@code propensity}. Screenshots go to ui/target/screenshots/propensity, or to
 * docs/screenshots/propensity with {@code -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
class PropensityFlowTest {
    private final UiHarness h = new UiHarness(true);
    private Stage stage;
    private final Path shots = UiHarness.screenshots("propensity");

    @Start
    void start(Stage stage) {
        this.stage = stage;
        h.show(stage);
    }

    @AfterEach
    void stop() {
        Theme.apply(false); // the theme is application-wide: leave it light for the next test class
        h.close();
    }

    private PropensityViewModel vm() {
        return h.ui.propensity();
    }

    private PropensityResult result() {
        return vm().resultProperty().get();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        h.screenshot(robot, shots, name);
    }

    private static int points(LineChartPane chart) {
        return chart.getSeries().stream().mapToInt(s -> s.points().size()).sum();
    }

    @Test
    void trainOnTheSampleWatchTheCurvesReadTheResultsAndScoreEveryCustomer(FxRobot robot) throws Exception {
        robot.clickOn("#nav-propensity");
        assertTrue(h.lookup("#propensity-no-dataset").isVisible(), "no dataset yet: the screen says where to go");
        shot(robot, "00-no-dataset");
        robot.clickOn("#propensity-go-to-data");
        assertEquals(Area.DATA, h.ui.window().areaProperty().get());
        robot.clickOn("#sample-0");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(60, () -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);

        robot.clickOn("#nav-propensity");
        assertTrue(h.lookup("#propensity-placeholder").isVisible());
        assertEquals("churn", vm().setup().targetProperty().get());
        assertEquals("Yes", vm().setup().positiveProperty().get());
        robot.clickOn("#advanced-pane");
        assertTrue(((TitledPane) h.lookup("#advanced-pane")).isExpanded());
        robot.interact(() -> {
            vm().setup().maxEpochsProperty().set(12); // a short run: this test is about the screen, not the model
            vm().setup().patienceProperty().set(4);
        });
        shot(robot, "01-setup");

        robot.clickOn("#train-button");
        LineChartPane loss = h.lookup("#training-panel #chart-loss");
        waitFor(120, () -> points(loss) > 0 || !vm().busyProperty().get());
        assertTrue(vm().busyProperty().get(), "still training when the first points are drawn");
        int early = points(loss);
        waitFor(120, () -> points(loss) > early || !vm().busyProperty().get());
        assertTrue(points(loss) > early && vm().busyProperty().get(), "the curves grew while it trained");
        assertTrue(((Label) h.lookup("#epoch-text")).getText().contains(" of 12"));
        shot(robot, "02-training");

        waitFor(240, () -> !vm().busyProperty().get());
        assertNotNull(result(), () -> vm().errorMessageProperty().get());
        assertTrue(h.lookup("#result-tabs").isVisible());
        assertTrue(((Label) h.lookup("#auc-mlp")).getText().matches("0\\.\\d{3}"));
        assertTrue(((Label) h.lookup("#auc-logistic")).getText().matches("0\\.\\d{3}"));
        assertTrue(((Label) h.lookup("#kept-summary")).getText().startsWith("Trained "));
        robot.clickOn("#tab-roc");
        LineChartPane roc = h.lookup("#chart-roc");
        assertEquals(2, roc.getSeries().size(), "both models' ROC curves");
        shot(robot, "03-results");

        robot.clickOn("#tab-threshold");
        ConfusionChart confusion = h.lookup("#chart-confusion");
        double[] tp = confusion.centreOf(ConfusionCell.TRUE_POSITIVE);
        Point2D at = confusion.localToScreen(tp[0], tp[1]);
        robot.clickOn(at);
        waitFor(() -> vm().results().cellRowsProperty().get() != null);
        TableView<?> customers = h.lookup("#cell-table");
        assertEquals(vm().results().atThresholdProperty().get().truePositives(), customers.getItems().size());
        assertTrue(customers.getItems().size() > 0);
        assertTrue(((Label) h.lookup("#cell-summary")).getText().contains("flagged, and did"));
        shot(robot, "04-confusion");

        robot.interact(() -> customers.getSelectionModel().select(0));
        robot.clickOn("#explain-selected");
        waitFor(60, () -> vm().explanation().explanationProperty().get() != null && !vm().explanation().busyProperty().get());
        assertTrue(h.lookup("#chart-explanation").isVisible(), "the explanation tab is shown");
        assertTrue(((Label) h.lookup("#explain-score")).getText().startsWith("Score 0."));
        shot(robot, "05-explanation");
        robot.clickOn("#tab-gains");
        assertTrue(((Label) h.lookup("#gains-sentence")).getText().startsWith("Contacting the top 20% reaches "));
        shot(robot, "06-gains");
        robot.clickOn("#tab-importance");
        shot(robot, "07-importance");

        String before = h.ui.data().datasetProperty().get().entry().id();
        robot.clickOn("#score-button");
        waitFor(120, () -> !h.ui.data().datasetProperty().get().entry().id().equals(before)
                && !vm().scoring().runningProperty().get());
        assertTrue(h.ui.data().datasetProperty().get().view().indexOf("propensity") >= 0, "the active dataset has propensity");
        assertTrue(h.ui.data().datasetProperty().get().view().indexOf("propensity_decile") >= 0);
        assertTrue(((Label) h.lookup("#scoring-message")).getText().startsWith("Scored 7,043 customers."));
        assertFalse(h.lookup("#export-scored").isDisabled());
        Path out = Files.createTempDirectory("scored").resolve("scored.csv");
        h.ui.propensityView().setExportFileChooser(name -> out);
        robot.clickOn("#export-scored");
        waitFor(60, () -> Files.exists(out) && !vm().scoring().runningProperty().get());
        assertEquals(7044, Files.readAllLines(out).size());
        robot.clickOn("#tab-threshold");
        shot(robot, "08-scored");

        robot.clickOn("#theme-toggle");
        robot.interact(() -> Theme.apply(true)); // what StudioUi.show does on the toggle; the harness builds no stage listener
        robot.clickOn("#tab-curves");
        shot(robot, "09-dark");
        robot.interact(() -> Theme.apply(false));

        // The next start: the scored dataset reopens with its kept models, ready to score without retraining.
        robot.interact(() -> h.restart(stage));
        waitFor(60, () -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);
        robot.interact(() -> h.ui.window().select(Area.PROPENSITY));
        waitFor(() -> !vm().kept().isEmpty());
        Label kept = h.lookup("#kept-summary");
        assertTrue(kept.isVisible() && kept.getText().startsWith("Trained "), kept.getText());
        assertTrue(h.lookup("#propensity-kept-only").isVisible());
        assertFalse(h.lookup("#score-button").isDisabled(), "scoring needs no retraining");
        shot(robot, "10-reopened");
    }
}
