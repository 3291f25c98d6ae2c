package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.TokenWeight;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.UiHarness;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Chinese copy on the Copy screen (Monocle, real engine): the CJK sample trains with character pairs, and the playground
 * shows a Chinese line's tokens, first by occlusion, then by attention (shares that add up to one).
 */
@ExtendWith(ApplicationExtension.class)
class CopyChineseFlowTest {
    private final UiHarness h = new UiHarness(true);

    @Start
    void start(Stage stage) {
        h.show(stage, SampleCatalog.fromFiles(java.util.List.of(TestData.repoRoot().resolve("samples/chinese_ad_copy.csv"))), 1280, 800);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aChineseLineIsSplitIntoCharacterPairsAndExplainedBothWays(FxRobot robot) throws Exception {
        CopyViewModel vm = h.ui.copy();
        robot.clickOn("#nav-copy");
        robot.clickOn("#copy-sample-0");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(60, () -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);
        robot.clickOn("#nav-copy");
        assertEquals("text", vm.setup().textColumnProperty().get());
        assertTrue(vm.setup().previewTokens().stream().anyMatch(t -> t.codePointCount(0, t.length()) == 2
                && Character.UnicodeScript.of(t.codePointAt(0)) == Character.UnicodeScript.HAN), "character pairs");
        robot.interact(() -> CopyTestBed.quick(vm.setup(), 5));
        robot.clickOn("#copy-train");
        waitFor(180, () -> !vm.busyProperty().get());
        assertNotNull(vm.resultProperty().get(), () -> vm.errorMessageProperty().get());

        robot.clickOn("#copy-tab-playground");
        robot.interact(() -> {
            vm.playground().modelProperty().set(vm.models().get(0)); // the attention model
            vm.playground().textProperty().set("限时优惠！全场满199减50，今晚12点截止");
        });
        waitFor(30, () -> !vm.playground().isPending() && !vm.playground().busyProperty().get()
                && vm.playground().classificationProperty().get() != null);
        assertEquals("occlusion", vm.playground().classificationProperty().get().weightKind());
        assertFalse(((FlowPane) h.lookup("#copy-play-tokens")).getChildren().isEmpty());
        h.screenshot(robot, UiHarness.screenshots("copy"), "08-chinese-occlusion");

        robot.clickOn("#copy-weights-attention");
        waitFor(30, () -> !vm.playground().busyProperty().get() && vm.playground().classificationProperty().get() != null
                && vm.playground().classificationProperty().get().weightKind().equals("attention"));
        Classification c = vm.playground().classificationProperty().get();
        double sum = c.tokens().stream().mapToDouble(TokenWeight::weight).sum();
        assertEquals(1.0, sum, 1e-3, "attention shares add up to one");
        assertTrue(((Label) h.lookup("#copy-play-legend")).getText().startsWith("Shown: attention."));
        h.screenshot(robot, UiHarness.screenshots("copy"), "09-chinese-attention");
    }
}
