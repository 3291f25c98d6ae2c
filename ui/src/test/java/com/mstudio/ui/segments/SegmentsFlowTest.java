package com.mstudio.ui.segments;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.ui.data.DataScreen;
import com.mstudio.ui.shell.Area;
import com.mstudio.ui.shell.Theme;
import com.mstudio.ui.support.TestData;
import com.mstudio.ui.support.UiHarness;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.mstudio.ui.support.UiHarness.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Segments screen in the real window (Monocle), on the real engine, importer, segment service and workspace:
 * open the Telco sample → Segments → segment (k = 4) → charts → click a segment → the table is filtered → rename →
 * export the segmented CSV, the report and every chart as PNG, and read them back. Screenshots go to
 * ui/target/screenshots/segments, or to docs/screenshots/segments with {@code -Dscreenshots=true}.
 */
@ExtendWith(ApplicationExtension.class)
class SegmentsFlowTest {
    private final UiHarness h = new UiHarness();
    private final Path shots = UiHarness.screenshots("segments");

    @Start
    void start(Stage stage) {
        h.show(stage);
    }

    @AfterEach
    void stop() {
        Theme.apply(false); // the theme is application-wide: leave it light for the next test class
        h.close();
    }

    private SegmentsViewModel vm() {
        return h.ui.segments();
    }

    private SegmentationResult result() {
        return vm().resultProperty().get();
    }

    private void shot(FxRobot robot, String name) throws IOException {
        h.screenshot(robot, shots, name);
    }

    @Test
    void segmentTheSampleFilterByASegmentRenameItAndExportEverything(FxRobot robot) throws Exception {
        robot.clickOn("#nav-segments");
        assertTrue(h.lookup("#segments-no-dataset").isVisible(), "no dataset yet: the screen says where to go");
        shot(robot, "00-no-dataset");
        robot.clickOn("#segments-go-to-data");
        assertEquals(Area.DATA, h.ui.window().areaProperty().get());

        robot.clickOn("#sample-0");
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(60, () -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);

        robot.clickOn("#nav-segments");
        assertTrue(h.lookup("#segments-placeholder").isVisible());
        assertFalse(vm().setup().selectedColumns().isEmpty(), "the suggested columns are ticked");
        robot.clickOn("#k-fixed");
        assertFalse(vm().setup().autoKProperty().get());
        assertEquals(4, vm().setup().kProperty().get());
        shot(robot, "01-setup");

        robot.clickOn("#segment-button");
        waitFor(120, () -> result() != null && !vm().busyProperty().get());
        assertEquals(4, result().k());
        assertEquals(7043, result().assignments().length);
        for (Node chart : h.ui.segmentsView().charts().charts().values()) assertNotNull(chart);
        Node sizes = h.lookup("#chart-sizes");
        assertTrue(sizes.isVisible() && sizes.getBoundsInLocal().getWidth() > 200, "the sizes chart is on screen");
        TableView<?> members = h.lookup("#members-table");
        assertEquals(7043, members.getItems().size());
        shot(robot, "02-result");

        robot.clickOn("#charts-map");
        assertTrue(h.lookup("#chart-map").isVisible());
        robot.clickOn((Node) h.lookup("#segment-card-1 .segment-description"));
        int size1 = result().profiles().get(1).size();
        assertEquals(1, vm().selection().selectedProperty().get());
        assertEquals(size1, members.getItems().size(), "the table shows the segment's members only");
        String summary = ((javafx.scene.control.Label) h.lookup("#members-summary")).getText();
        assertTrue(summary.startsWith("Showing " + com.mstudio.ui.common.Formats.count(size1) + " of 7,043 customers in "), summary);
        h.ui.segmentsView().charts().charts().values()
                .forEach(c -> assertEquals(1, c.getHighlightedSegment(), "every chart highlights the selection"));
        shot(robot, "03-map-filtered");

        // Rename in the card: the name sticks in the workspace.
        robot.doubleClickOn("#segment-title-0");
        assertTrue(h.lookup("#segment-name-0").isVisible(), "double-clicking the name opens its editor");
        robot.interact(() -> ((javafx.scene.control.TextField) h.lookup("#segment-name-0")).selectAll());
        robot.write("Big spenders").type(KeyCode.ENTER);
        waitFor(() -> result().profiles().get(0).name().equals("Big spenders"));
        String datasetId = h.ui.data().datasetProperty().get().entry().id();
        assertEquals("Big spenders", h.segments.kept(h.workspace, datasetId).orElseThrow().segmentNames().get(0));

        // Another file: a missing column is said in words and the result stays; then one that fits.
        Path other = Files.createTempDirectory("segments-apply");
        Path bad = TestData.write(other, "contacts.csv", "name,city\nAnn,Leeds\nBob,York\n");
        SegmentationResult own = result();
        h.ui.segmentsView().setApplyFileChooser(() -> bad);
        robot.clickOn("#segments-apply");
        waitFor(() -> h.lookup("#segments-error").isVisible());
        assertTrue(own == result(), "the result stays");
        shot(robot, "08-apply-error");
        Path fits = other.resolve("new_customers.csv");
        Files.write(fits, Files.readAllLines(TestData.churn()).subList(0, 301));
        h.ui.segmentsView().setApplyFileChooser(() -> fits);
        robot.clickOn("#segments-apply");
        waitFor(60, () -> "new_customers.csv".equals(vm().appliedToProperty().get()) && !vm().busyProperty().get());
        assertEquals("Applied to new_customers.csv", ((javafx.scene.control.Label) h.lookup("#segments-title")).getText());
        assertEquals(300, members.getItems().size());
        assertFalse(h.lookup("#segments-error").isVisible(), "a new result clears the old error");
        shot(robot, "09-applied");
        robot.clickOn("#segments-back");
        assertTrue(own == result(), "back to the dataset's own result");

        robot.clickOn("#charts-heatmap");
        shot(robot, "04-heatmap");
        robot.clickOn("#charts-distribution");
        shot(robot, "06-distribution");

        Path out = Files.createTempDirectory("segments-export");
        h.ui.segmentsView().setFolderChooser(title -> out);
        robot.clickOn("#segments-export").clickOn("Segmented CSV and report…");
        waitFor(60, () -> h.ui.segmentsView() != null && !vmExportRunning()
                && exportMessage().startsWith("Wrote"));
        DataTable segmented = h.importer.importCsv(out.resolve("segmented.csv"), ImportOptions.detectAll(), Runnable::run,
                new JobListener<>() {}).await().table();
        assertEquals(7043, segmented.rowCount());
        assertTrue(segmented.indexOf("segment") >= 0 && segmented.indexOf("segment_name") >= 0);
        assertEquals(20 + 2, segmented.columnCount(), "every original column plus segment and segment_name");
        int nameCol = segmented.indexOf("segment_name");
        long big = java.util.stream.IntStream.range(0, 7043).filter(r -> segmented.text(r, nameCol).equals("Big spenders")).count();
        assertEquals(result().profiles().get(0).size(), big);
        String report = Files.readString(out.resolve("segment-report.html"));
        assertTrue(report.contains("Big spenders") && report.contains("<svg"));

        robot.clickOn("#segments-export").clickOn("Charts as PNG…");
        waitFor(() -> exportMessage().startsWith("Saved"));
        for (String chart : List.of("sizes", "distribution", "map", "heatmap")) {
            BufferedImage png = ImageIO.read(out.resolve(chart + ".png").toFile());
            assertNotNull(png, chart);
            assertTrue(png.getWidth() >= 400 && png.getHeight() >= 250, chart + ": " + png.getWidth() + "×" + png.getHeight());
        }
        assertFalse(Files.exists(out.resolve("auto-k.png")), "no auto-k chart for a fixed k");

        // Auto: the scan's chart, after the debounced re-run.
        robot.clickOn("#k-auto");
        waitFor(() -> vm().busyProperty().get() || !result().kScan().isEmpty());
        shot(robot, "10-running"); // the busy card over the previous result (unless the scan was already done)
        waitFor(120, () -> !result().kScan().isEmpty() && !vm().busyProperty().get());
        robot.clickOn("#charts-autok");
        shot(robot, "07-autok");

        robot.clickOn("#theme-toggle");
        assertTrue(h.ui.window().darkProperty().get());
        robot.interact(() -> Theme.apply(true)); // what StudioUi.show does on the toggle; the harness builds no stage listener
        robot.clickOn("#charts-map");
        shot(robot, "05-dark");
    }

    private boolean vmExportRunning() {
        return ((Node) h.lookup("#segment-export-cancel")).isVisible();
    }

    private String exportMessage() {
        return ((javafx.scene.control.Label) h.lookup("#segment-export-message")).getText();
    }

    @Test
    void transactionsAreSegmentedWithRfmGroups(FxRobot robot) throws Exception {
        robot.interact(() -> h.ui.data().open(TestData.sharedData("transactions.csv")));
        waitFor(() -> h.ui.data().previewProperty().get() != null && !h.ui.data().previewBusyProperty().get());
        robot.clickOn("#import-button");
        waitFor(60, () -> h.ui.data().screenProperty().get() == DataScreen.IMPORTED);
        robot.clickOn("#nav-segments");
        assertTrue(vm().setup().rfmAvailableProperty().get(), "customer id, order date and amount were found");
        robot.clickOn("#method-rfm");
        assertEquals("customer_id", ((javafx.scene.control.ComboBox<?>) h.lookup("#rfm-customer-id")).getValue());
        shot(robot, "11-rfm-setup");
        robot.clickOn("#segment-button");
        waitFor(120, () -> result() != null && !vm().busyProperty().get());
        assertEquals(com.mstudio.engine.api.SegmentationRequest.Method.RFM, result().model().method());
        assertTrue(result().model().segmentNames().contains("Champions"), result().model().segmentNames().toString());
        robot.clickOn("#charts-sizes");
        shot(robot, "12-rfm-result");
        robot.clickOn("#charts-autok");
        assertTrue(h.lookup("#autok-empty").isVisible(), "RFM has no k to choose: the tab says so");
        robot.clickOn("#charts-sizes");
    }
}
