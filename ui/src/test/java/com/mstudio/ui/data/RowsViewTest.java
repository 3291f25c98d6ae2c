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
        assertEquals(1_000_000, rows.getItems().size());
        assertTrue(visibleTexts(robot).contains("C0"));
        assertTrue(visibleTexts(robot).contains(RowsView.MISSING), "row 0's spend is missing and shows a dash");

        long t0 = System.nanoTime();
        for (int i = 0; i < 50; i++) {
            int target = i * 20_000;
            robot.interact(() -> rows.scrollTo(target));
        }
        robot.interact(() -> rows.scrollTo(999_990));
        WaitForAsyncUtils.waitForFxEvents();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(visibleTexts(robot).contains("C999999"), "the last row is reachable");
        assertTrue(ms < 10_000, "51 jumps across 1M rows took " + ms + " ms");
        boolean decimalStyled = robot.lookup(".table-cell.number").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText())
                .anyMatch(t -> t != null && t.matches("\\d+\\.\\d+"));
        assertTrue(decimalStyled, "decimal cells carry the right-aligned number style");
    }
}
