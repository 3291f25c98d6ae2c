package com.mstudio.ui.data;

import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.ArrayTable;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A million rows: the table holds no per-row objects, jumps to the end at once, and formats what it shows. */
@ExtendWith(ApplicationExtension.class)
class RowsViewTest {
    private RowsView rows;

    @Start
    void start(Stage stage) {
        rows = new RowsView();
        Theme.apply(false);
        Scene scene = new Scene(rows, 1000, 600);
        Theme.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    private Set<String> visibleTexts(FxRobot robot) {
        return robot.lookup(".table-cell").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null)
                .collect(Collectors.toSet());
    }

    @Test
    void scrollsAMillionRowsAndMarksMissingCells(FxRobot robot) {
        ArrayTable table = ArrayTable.huge(1_000_000);
        robot.interact(() -> rows.show(table));
        assertEquals(RowsView.PAGE, rows.table().getItems().size(), "a page of row indices, computed on demand");
        assertEquals("Rows 1–100,000 of 1,000,000", robot.lookup("#rows-range").queryLabeled().getText());
        assertTrue(visibleTexts(robot).contains("C0"));
        assertTrue(visibleTexts(robot).contains(RowsView.MISSING), "row 0's spend is missing and shows a dash");

        long t0 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            int target = i * 20_000;
            robot.interact(() -> rows.goToRow(target));
        }
        robot.interact(() -> rows.goToRow(999_999));
        WaitForAsyncUtils.waitForFxEvents();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(visibleTexts(robot).contains("C999999"), "the last row is reachable");
        assertEquals("Rows 900,001–1,000,000 of 1,000,000", robot.lookup("#rows-range").queryLabeled().getText());
        assertTrue(ms < 15_000, "51 jumps across 1M rows took " + ms + " ms");
        boolean decimalStyled = robot.lookup(".table-cell.number").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText())
                .anyMatch(t -> t != null && t.matches("\\d+\\.\\d+"));
        assertTrue(decimalStyled, "decimal cells carry the right-aligned number style");

        robot.clickOn("#rows-previous");
        assertEquals("Rows 800,001–900,000 of 1,000,000", robot.lookup("#rows-range").queryLabeled().getText());
        robot.clickOn("#rows-goto").write("12345\n");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Rows 1–100,000 of 1,000,000", robot.lookup("#rows-range").queryLabeled().getText());
        assertTrue(visibleTexts(robot).contains("C12344"), "row 12,345 (1-based) is shown");
    }

    @Test
    void aSmallTableHasNoPager(FxRobot robot) {
        robot.interact(() -> rows.show(ArrayTable.huge(500)));
        assertEquals(500, rows.table().getItems().size());
        assertFalse(robot.lookup("#rows-pager").query().isVisible());
    }
}
