package com.mstudio.ui;

import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.UiHarness;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window with a real workspace (Monocle, real engine, real sample files): personal data masked with a strip to
 * show columns in clear, a restart that comes back as it was left, and the export line.
 */
@ExtendWith(ApplicationExtension.class)
class WorkspaceUiTest {
    @TempDir Path dir;
    private final UiHarness h = new UiHarness();
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        h.show(stage, TestData.sharedData("messy_customers.csv"), 1280, 800);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private DataScreen screen() {
        return h.ui.data().screenProperty().get();
    }

    private void importMessy(FxRobot robot) {
        robot.clickOn("#sample-1");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(() -> screen() == DataScreen.IMPORTED && !h.ui.status().busyProperty().get());
    }

    /** Texts of the rows table's cells now on screen. */
    private Set<String> visibleCells(FxRobot robot) {
        TableView<?> rows = h.lookup("#rows-table");
        return robot.from(rows).lookup(".table-cell").queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null)
                .collect(java.util.stream.Collectors.toSet());
    }

    private String headerType(String column) {
        TableView<?> rows = h.lookup("#rows-table");
        return rows.getColumns().stream().filter(c -> column.equals(c.getUserData())).findFirst()
                .map(c -> ((Label) ((javafx.scene.layout.VBox) c.getGraphic()).getChildren().get(1)).getText())
                .orElseThrow();
    }

    @Test
    void personalDataIsMaskedAndTheWorkspaceReopensAsItWasLeft(FxRobot robot) {
        importMessy(robot);
        Node banner = h.lookup("#pii-banner");
        assertTrue(banner.isVisible());
        String text = ((Label) h.lookup("#pii-text")).getText();
        assertTrue(text.startsWith("Personal data is masked: ") && text.contains("email") && text.contains("name"), text);
        assertTrue(headerType("name").endsWith("· masked"), headerType("name"));
        assertTrue(visibleCells(robot).stream().anyMatch(t -> t.startsWith("pii_")));
        assertFalse(visibleCells(robot).contains("Jonas Lindqvist"));
        assertTrue(((Stage) robot.window(0)).getTitle().startsWith("messy_customers · Demo workspace"));

        robot.clickOn("#pii-toggle-name");
        waitFor(() -> visibleCells(robot).contains("Jonas Lindqvist"));
        assertTrue(headerType("name").endsWith("· in clear"));
        assertTrue(((Label) h.lookup("#pii-text")).getText().contains("In clear: name"));
        // Masking again keeps the place in the table.
        TableView<?> table = h.lookup("#rows-table");
        robot.interact(() -> table.scrollTo(150));
        waitFor(() -> visibleCells(robot).contains("151"));
        robot.clickOn("#pii-toggle-name");
        waitFor(() -> headerType("name").endsWith("· masked"));
        assertTrue(visibleCells(robot).contains("151"), "still at row 151");
        robot.clickOn("#pii-toggle-name");
        waitFor(() -> headerType("name").endsWith("· in clear"));
        robot.clickOn("#tab-profile");
        robot.clickOn("#theme-toggle");
        String id = h.ui.data().datasetProperty().get().entry().id();

        robot.interact(() -> h.restart(stage));
        waitFor(() -> screen() == DataScreen.IMPORTED);
        assertNull(h.ui.data().fileProperty().get(), "nothing was imported again");
        assertEquals(id, h.ui.data().datasetProperty().get().entry().id());
        TabPane tabs = h.lookup("#dataset-tabs");
        assertEquals("tab-profile", tabs.getSelectionModel().getSelectedItem().getId(), "the tab comes back");
        assertTrue(((ToggleButton) h.lookup("#pii-toggle-name")).isSelected(), "the unmask choice persists");
        assertTrue(h.ui.window().darkProperty().get(), "the theme comes back");
        robot.clickOn("#theme-toggle");
        assertTrue(((Label) h.lookup("#pii-text")).getText().contains("In clear: name"));
        robot.clickOn("#tab-report");
        assertTrue(((Label) h.lookup("#report-summary")).getText().startsWith("300 rows read"),
                ((Label) h.lookup("#report-summary")).getText());
        robot.clickOn("#tab-rows");
        assertTrue(visibleCells(robot).contains("Jonas Lindqvist"));
        assertTrue(((Stage) robot.window(0)).getTitle().startsWith("messy_customers · Demo workspace"));
    }

    @Test
    void aFileWithoutPersonalDataShowsNoBanner(FxRobot robot) {
        robot.clickOn("#sample-0");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(() -> screen() == DataScreen.IMPORTED);
        assertFalse(h.lookup("#pii-banner").isVisible());
        assertFalse(h.lookup("#pii-banner").isManaged());
    }

    @Test
    void exportWritesTheShownViewAndSaysWhere(FxRobot robot) throws Exception {
        importMessy(robot);
        Path out = dir.resolve("chosen.csv");
        String[] suggested = new String[1];
        robot.interact(() -> h.ui.dataView().setExportFileChooser(name -> { suggested[0] = name; return out; }));
        robot.clickOn("#export-csv");
        waitFor(() -> !h.ui.export().runningProperty().get() && Files.exists(out));
        assertEquals("messy_customers-export.csv", suggested[0]);
        Label line = h.lookup("#export-message");
        int rows = h.ui.data().datasetProperty().get().view().rowCount();
        assertEquals("Exported " + rows + " rows to " + out, line.getText());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.contains("'=HYPERLINK"), "formula-like cells are escaped");
        assertFalse(csv.contains("Jonas Lindqvist"), "masked columns stay masked");
        robot.clickOn("#export-dismiss");
        assertFalse(h.lookup("#export-line").isVisible());
    }

    /** The preview's first rows size their columns to header and values, so short names and emails show in full. */
    @Test
    void thePreviewShowsShortValuesInFull(FxRobot robot) {
        robot.clickOn("#sample-1");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        TableView<?> first = h.lookup("#first-rows");
        java.util.List<String> cut = new java.util.ArrayList<>();
        for (Node n : robot.from(first).lookup(".table-cell").queryAll()) {
            TableCell<?, ?> cell = (TableCell<?, ?>) n;
            String text = cell.getText();
            if (text == null || text.isEmpty() || text.length() > 30 || !cell.isVisible()) continue;
            javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
            probe.setFont(cell.getFont());
            double room = cell.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset();
            if (probe.getLayoutBounds().getWidth() > room + 0.5) cut.add(text);
        }
        assertTrue(robot.from(first).lookup(".table-cell").queryAll().stream()
                .anyMatch(n -> "Jonas Lindqvist".equals(((TableCell<?, ?>) n).getText())), "the row is on screen");
        assertTrue(cut.isEmpty(), "cut short: " + cut);
    }
}
