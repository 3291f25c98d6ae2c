package com.mstudio.ui.segments;

import atlantafx.base.theme.Styles;
import com.mstudio.ui.common.BusyPanel;
import com.mstudio.ui.common.charts.ChartPane;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
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
        VBox placeholder = new VBox(10, title("No segments yet"), how);
        placeholder.getStyleClass().addAll("card", "empty-card");
        placeholder.setId("segments-placeholder");
        placeholder.setMaxHeight(Region.USE_PREF_SIZE);
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

        VBox right = new VBox(12, header, notice(), errorCard(), new SegmentExportLine(export), content);
        right.getStyleClass().add("screen");
        right.setMinWidth(0);
        BorderPane main = new BorderPane(right);
        main.setLeft(new SetupPanel(vm));
        main.visibleProperty().bind(vm.datasetProperty().isNotNull());

        StackPane none = new StackPane(noDataset(goToData));
        none.getStyleClass().add("screen");
        none.visibleProperty().bind(vm.datasetProperty().isNull());
        getChildren().addAll(main, none);
    }

    private VBox noDataset(Runnable goToData) {
        Button go = new Button("Go to the Data screen");
        go.setId("segments-go-to-data");
        go.getStyleClass().add(Styles.ACCENT);
        go.setOnAction(e -> goToData.run());
        VBox card = new VBox(12, title("No customer data open"),
                muted("Open a customer file on the Data screen first. Segments are made from the dataset open there."), go);
        card.getStyleClass().addAll("card", "empty-card");
        card.setId("segments-no-dataset");
        card.setMaxHeight(Region.USE_PREF_SIZE);
        return card;
    }

    private Label notice() {
        Label n = new Label();
        n.setId("segments-notice");
        n.getStyleClass().add("notice");
        n.setWrapText(true);
        n.setMinHeight(Region.USE_PREF_SIZE);
        n.textProperty().bind(vm.noticeProperty());
        n.visibleProperty().bind(vm.noticeProperty().isNotEmpty());
        n.managedProperty().bind(n.visibleProperty());
        return n;
    }

    private VBox errorCard() {
        Label t = new Label();
        t.setId("segments-error-title");
        t.getStyleClass().addAll(Styles.TITLE_4, Styles.DANGER);
        t.textProperty().bind(vm.errorTitleProperty());
        Label m = new Label();
        m.setId("segments-error-message");
        m.setWrapText(true);
        m.setMinHeight(Region.USE_PREF_SIZE);
        m.textProperty().bind(vm.errorMessageProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        dismiss.setOnAction(e -> vm.clearMessages());
        HBox head = new HBox(8, t, new Region(), dismiss);
        HBox.setHgrow(head.getChildren().get(1), Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(6, head, m);
        card.setId("segments-error");
        card.getStyleClass().addAll("card", "error-card");
        card.setMaxWidth(Double.MAX_VALUE);
        card.visibleProperty().bind(vm.errorTitleProperty().isNotEmpty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
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

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
