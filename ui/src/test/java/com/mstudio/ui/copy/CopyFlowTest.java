package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.propensity.charts.LineChartPane;
import com.mstudio.ui.shell.Area;
import com.mstudio.ui.support.UiHarness;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The Copy screen in the real window (Monocle) on the real engine with ND4J: no dataset → open the spam sample (a real
 * subset) in one click → train briefly while the curves move → the model cards and the confusion matrix → a cell lists
 * its texts → the playground highlights the tokens → variants → batch labels the column → export the CSV. Screenshots
 * go to ui/target/screenshots/copy, or docs/screenshots/copy with {@code -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
class CopyFlowTest {
    private final UiHarness h = new UiHarness(true);
    private final Path shots = UiHarness.screenshots("copy");

    @Start
    void start(Stage stage) throws IOException {
        Path subset = CopyTestBed.spamSubset(Files.createTempDirectory("copy-flow"), 8);
        h.show(stage, SampleCatalog.of(new SampleCatalog.Sample("Spam subject lines", "Email subject lines: spam or not",
                Files.move(subset, subset.resolveSibling("spam_subjects.csv")))), 1280, 800);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private CopyViewModel vm() {
        return h.ui.copy();
    }

    private static int points(LineChartPane chart) {
        return chart.getSeries().stream().mapToInt(s -> s.points().size()).sum();
    }

    @Test
    void openTheSampleTrainReadTheResultsTryCopyAndLabelAColumn(FxRobot robot) throws Exception {
        robot.clickOn("#nav-copy");
        assertTrue(h.lookup("#copy-no-dataset").isVisible());
        h.screenshot(robot, shots, "00-no-dataset");
        robot.clickOn("#copy-sample-0");
        assertEquals(Area.DATA, h.ui.window().areaProperty().get());
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(60, () -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);

        robot.clickOn("#nav-copy");
        assertTrue(h.lookup("#copy-placeholder").isVisible());
        assertEquals("subject", vm().setup().textColumnProperty().get());
        assertTrue(((Label) h.lookup("#copy-label-counts")).getText().startsWith("ham "));
        assertFalse(((FlowPane) h.lookup("#copy-token-preview")).getChildren().isEmpty(), "the first text's tokens");
        robot.interact(() -> CopyTestBed.quick(vm().setup(), 4));
        robot.clickOn("#copy-advanced");
        h.screenshot(robot, shots, "01-setup");

        robot.clickOn("#copy-train");
        LineChartPane loss = h.lookup("#copy-live-loss");
        waitFor(120, () -> points(loss) > 0 || !vm().busyProperty().get());
        assertTrue(vm().busyProperty().get(), "still training when the first points are drawn");
        assertTrue(((Label) h.lookup("#copy-epoch-text")).getText().contains(" of 4"));
        h.screenshot(robot, shots, "02-training");

        waitFor(180, () -> !vm().busyProperty().get());
        CopyTrainingResult r = vm().resultProperty().get();
        assertNotNull(r, () -> vm().errorMessageProperty().get());
        assertTrue(((Label) h.lookup("#copy-accuracy-attention")).getText().matches("\\d+\\.\\d%"));
        assertTrue(((Label) h.lookup("#copy-accuracy-baseline")).getText().matches("\\d+\\.\\d%"));
        assertTrue(((Label) h.lookup("#copy-split-text")).getText().startsWith("Split (seed 42): "));
        h.screenshot(robot, shots, "03-results");

        int spam = r.models().get(0).model().labels().indexOf("spam");
        robot.clickOn("#copy-cell-" + spam + "-" + spam);
        TableView<?> texts = h.lookup("#copy-cell-table");
        assertEquals(r.models().get(0).confusion()[spam][spam], texts.getItems().size());
        assertTrue(texts.getItems().size() > 0);
        robot.interact(() -> texts.scrollTo(0));
        h.screenshot(robot, shots, "04-confusion");

        robot.clickOn("#copy-tab-playground");
        robot.clickOn("#copy-play-text").write("FREE cash!!! Click now");
        assertEquals("FREE cash!!! Click now", ((TextArea) h.lookup("#copy-play-text")).getText());
        waitFor(30, () -> !vm().playground().isPending() && !vm().playground().busyProperty().get()
                && vm().playground().classificationProperty().get() != null);
        FlowPane chips = h.lookup("#copy-play-tokens");
        assertFalse(chips.getChildren().isEmpty(), "the tokens are shown");
        assertTrue(chips.getChildren().stream().anyMatch(n -> n.getStyle().contains("rgba(")), "highlighted by weight");
        assertTrue(((Label) h.lookup("#copy-play-legend")).getText().startsWith("Shown: "));
        h.screenshot(robot, shots, "05-playground");

        robot.interact(() -> {
            ((javafx.scene.control.TextInputControl) h.lookup("#copy-variant-0")).setText("Your invoice for March");
            ((javafx.scene.control.TextInputControl) h.lookup("#copy-variant-1")).setText("WIN a FREE iPhone now!!!");
        });
        robot.clickOn("#copy-variants-compare");
        waitFor(30, () -> vm().playground().variants().bestProperty().get() >= 0);
        assertNotNull(h.lookup("#copy-variant-best"));
        h.screenshot(robot, shots, "06-variants");

        robot.clickOn("#copy-tab-batch");
        robot.clickOn("#copy-batch-run");
        waitFor(60, () -> vm().batch().labelledProperty().get() != null && !vm().batch().runningProperty().get());
        assertFalse(((TableView<?>) h.lookup("#copy-batch-table")).getItems().isEmpty());
        Path out = Files.createTempDirectory("copy-export").resolve("labelled.csv");
        h.ui.copyView().setExportFileChooser(name -> out);
        robot.clickOn("#copy-batch-export");
        waitFor(30, () -> Files.exists(out) && !vm().batch().export().runningProperty().get());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(h.ui.data().datasetProperty().get().view().rowCount() + 1, lines.size());
        List<String> header = List.of(lines.get(0).split(","));
        // The spam sample has its own "label": it stays, and the screen named the free columns the export adds.
        assertEquals(List.of("label", "subject", "predicted_label", "predicted_confidence"), header);
        assertTrue(((Label) h.lookup("#copy-batch-adds")).getText().contains("predicted_label"));
        double confidence = Double.parseDouble(lines.get(1).split(",")[header.indexOf("predicted_confidence")]);
        assertTrue(confidence >= 0.5 && confidence <= 1, "the winning class of two has at least half");
        h.screenshot(robot, shots, "07-batch");
    }
}
