package com.mstudio.ui;

import com.mstudio.engine.api.EngineDiagnostics.ThreadingReport;
import com.mstudio.ui.support.UiHarness;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;


import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sidebar's "Engine" dialog over the real engine with ND4J loaded (about 3 s): the setup line, a real measurement
 * as a job in the status bar with its result table and sentence, and Cancel from the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class EngineDialogTest {
    private final UiHarness h = new UiHarness(true);

    @Start
    void start(Stage stage) {
        h.show(stage);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void showsTheSetupAndMeasuresTheThreadingSetting(FxRobot robot) {
        robot.clickOn("#engine-button");
        waitFor(120, () -> text(robot, "#engine-setup").startsWith("ND4J ready in"));
        assertTrue(text(robot, "#engine-setup").matches(
                "ND4J ready in \\d+\\.\\d s · \\d+ cores? · \\d+ OpenMP threads? \\(ND4J default: \\d+\\)"),
                text(robot, "#engine-setup"));
        assertEquals("—", text(robot, "#engine-cell-1-2"), "before a measurement, the settings it compares with dashes");
        assertEquals("Not measured yet on this machine.", text(robot, "#engine-verdict"));

        robot.clickOn("#engine-measure");
        waitFor(() -> h.ui.status().jobNameProperty().get().startsWith("Measure engine threading"));
        assertTrue(robot.lookup("#engine-measure").query().isDisabled(), "one measurement at a time");
        waitFor(120, () -> !h.ui.engine().runningProperty().get());

        ThreadingReport report = h.ui.engine().reportProperty().get();
        assertEquals(report.runs().size() + 1, robot.lookup("#engine-results").queryAs(GridPane.class).getRowCount(),
                "a header and one line per measured setting");
        String verdict = text(robot, "#engine-verdict");
        assertTrue(verdict.endsWith("on this machine.") || verdict.endsWith("only one setting to measure."), verdict);
        assertEquals("Measure engine threading done", h.ui.status().messageProperty().get());
        assertFalse(robot.lookup("#engine-measure").query().isDisabled());
    }

    @Test
    void theStatusBarCancelsTheMeasurement(FxRobot robot) {
        robot.clickOn("#engine-button");
        robot.clickOn("#engine-measure");
        // Its first progress report: the measurement is running on the engine thread, not queued behind ND4J's load.
        waitFor(120, () -> h.ui.status().jobNameProperty().get().startsWith("Measure engine threading")
                && h.ui.status().progressProperty().get() >= 0 && !"Starting…".equals(h.ui.status().messageProperty().get()));
        robot.clickOn("#status-cancel");
        waitFor(() -> !h.ui.engine().runningProperty().get() && !h.ui.status().busyProperty().get());
        assertEquals("Measurement cancelled.", text(robot, "#engine-message"));
        assertEquals("Measure engine threading cancelled", h.ui.status().messageProperty().get());
        assertEquals("—", text(robot, "#engine-cell-1-2"), "no figures from a cancelled measurement");
    }
}
