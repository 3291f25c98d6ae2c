package com.mstudio.ui.segments;

import com.mstudio.ui.common.BusyPanel;
import com.mstudio.ui.common.EmptyCard;
import com.mstudio.ui.common.ErrorCard;
import com.mstudio.ui.common.ExportLine;
import com.mstudio.ui.common.NoDatasetScreen;
import com.mstudio.ui.common.NoticeLabel;
import com.mstudio.ui.common.charts.ChartPane;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static com.mstudio.ui.common.Labels.muted;
import static com.mstudio.ui.common.Labels.title;

/**
 * The Segments screen: the setup on the left; on the right the header, the segment cards next to the charts, and the
 * customer table below. Without a dataset it sends the user to the Data screen. A running job shows a card over the
 * result it may replace, which stays on screen if the job fails or is cancelled.
 */
public final class SegmentsView extends StackPane {
    private final SegmentsViewModel vm;
    private final SegmentExportViewModel export;
    private final SegmentCharts charts;
    private final MembersTable members;
    /** Asks for a folder to export into; the native dialog, replaceable in headless tests (Monocle has none). */
    private Function<String, Path> folderChooser = this::chooseFolder;
    /** Asks for the CSV to apply the segments to; replaceable in tests. */
    private Supplier<Path> fileChooser = this::chooseCsv;

    public SegmentsView(SegmentsViewModel vm, SegmentExportViewModel export, Runnable goToData) {
        this.vm = vm;
        this.export = export;
        setId("segments-view");
        charts = new SegmentCharts(vm);
        members = new MembersTable(vm);

        SegmentsHeader header = new SegmentsHeader(vm, export, this::exportData, this::exportCharts, this::applyToFile);
        SplitPane top = new SplitPane(new SegmentList(vm), charts);
        top.setDividerPositions(0.34);
        SplitPane.setResizableWithParent(top.getItems().get(0), false);
        SplitPane results = new SplitPane(top, members);
        results.setOrientation(Orientation.VERTICAL);
        results.setDividerPositions(0.64);
        results.setId("segment-results");
        results.visibleProperty().bind(vm.resultProperty().isNotNull());

        Label how = muted("");
        how.textProperty().bind(javafx.beans.binding.Bindings.when(
                vm.setup().methodProperty().isEqualTo(com.mstudio.engine.api.SegmentationRequest.Method.RFM))
                .then("Check the customer id, date and amount columns, and press Segment. Every customer is scored "
                        + "on recency, frequency and money spent, and placed in a group such as Champions or At risk.")
                .otherwise("Tick the columns to segment on (the defaults leave out identifiers and personal data), "
                        + "choose how many segments, and press Segment. With \"Auto\" the studio scores k from 2 to 10 "
                        + "and picks the best."));
        EmptyCard placeholder = new EmptyCard("segments-placeholder", 10, title("No segments yet"), how);
        placeholder.visibleProperty().bind(vm.resultProperty().isNull().and(vm.busyProperty().not()));

        Region scrim = new Region();
        scrim.getStyleClass().add("scrim");
        scrim.visibleProperty().bind(vm.resultProperty().isNotNull());
        StackPane busy = new StackPane(scrim, new BusyPanel(vm.busyTitleProperty(), vm.progressProperty(),
                vm.progressMessageProperty(), vm::cancel));
        busy.setId("segments-busy");
        busy.visibleProperty().bind(vm.busyProperty());
        StackPane content = new StackPane(results, placeholder, busy);
        VBox.setVgrow(content, Priority.ALWAYS);

        VBox right = new VBox(12, header, new NoticeLabel("segments-notice", vm.noticeProperty()),
                new ErrorCard("segments-error", vm.errorTitleProperty(), vm.errorMessageProperty(), vm::clearMessages),
                new ExportLine("segment-export", export), content);
        right.getStyleClass().add("screen");
        right.setMinWidth(0);
        BorderPane main = new BorderPane(right);
        main.setLeft(new SetupPanel(vm));
        main.visibleProperty().bind(vm.datasetProperty().isNotNull());

        NoDatasetScreen none = new NoDatasetScreen("segments",
                "Open a customer file on the Data screen first. Segments are made from the dataset open there.", goToData);
        none.visibleProperty().bind(vm.datasetProperty().isNull());
        getChildren().addAll(main, none);
    }

    private void exportData() {
        Path folder = folderChooser.apply("Export the segmented CSV and the report");
        if (folder != null) export.export(folder);
    }

    /** Every chart of the result on screen as PNG into a chosen folder; drawn on the FX thread, as snapshots must be. */
    void exportCharts() {
        Path folder = folderChooser.apply("Save the charts as PNG");
        if (folder == null) return;
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, ChartPane> c : charts.charts().entrySet()) {
                Path file = SegmentCharts.file(folder, c.getKey());
                ChartPane.writePng(c.getValue(), file);
                written.add(file);
            }
            export.chartsWritten(written, folder);
        } catch (IOException | RuntimeException e) {
            export.chartsFailed(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private void applyToFile() {
        Path file = fileChooser.get();
        if (file != null) vm.applyTo(file);
    }

    public void setFolderChooser(Function<String, Path> chooser) { this.folderChooser = chooser; }
    public void setApplyFileChooser(Supplier<Path> chooser) { this.fileChooser = chooser; }
    public SegmentCharts charts() { return charts; }
    public javafx.scene.control.TableView<Integer> membersTable() { return members.table(); }

    private Path chooseFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        File f = dc.showDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private Path chooseCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Apply the segments to another file");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Tables (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

}
