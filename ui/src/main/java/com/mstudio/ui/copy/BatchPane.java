package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyService;
import com.mstudio.ui.common.ExportLine;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Batch: a whole text column, of the open dataset or of another CSV, classified in one job; the first rows with their
 * label and confidence; and "Export CSV…" with the two columns added, under the names a line above the table gives
 * (never one the table already has).
 */
final class BatchPane extends VBox {
    private final BatchViewModel vm;
    /** Asks where to save (the native dialog; tests replace it). */
    private Function<String, Path> saveChooser = this::chooseSave;
    /** Asks which CSV to classify (the native dialog; tests replace it). */
    private java.util.function.Supplier<Path> openChooser = this::chooseOpen;

    BatchPane(CopyViewModel copy) {
        this.vm = copy.batch();
        setId("copy-batch");
        setSpacing(10);
        Label title = new Label("Batch: label a whole column");
        title.getStyleClass().add(Styles.TITLE_4);
        Label source = new Label();
        source.setId("copy-batch-source");
        source.textProperty().bind(vm.sourceNameProperty().map(n -> n.isEmpty() ? "No table" : "From " + n));
        source.setMinWidth(0);
        Button dataset = new Button("Use the open dataset");
        dataset.setId("copy-batch-dataset");
        dataset.getStyleClass().add(Styles.FLAT);
        dataset.setOnAction(e -> vm.useDataset(copy.datasetProperty().get()));
        Button file = new Button("Another CSV…");
        file.setId("copy-batch-file");
        file.getStyleClass().add(Styles.FLAT);
        file.setOnAction(e -> vm.useFile(openChooser.get()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        for (Button b : new Button[] {dataset, file}) b.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, title, grow, dataset, file);
        head.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(0);
        source.getStyleClass().add("muted");

        ComboBox<String> column = new ComboBox<>(vm.columns());
        column.setId("copy-batch-column");
        column.valueProperty().bindBidirectional(vm.columnProperty());
        Button run = new Button("Label every row");
        run.setId("copy-batch-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.modelProperty().isNull().or(vm.columnProperty().isNull()).or(vm.runningProperty()));
        run.setOnAction(e -> vm.run());
        Button cancel = new Button("Cancel");
        cancel.setId("copy-batch-cancel");
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button export = new Button("Export CSV…");
        export.setId("copy-batch-export");
        export.disableProperty().bind(vm.labelledProperty().isNull().or(vm.export().runningProperty()));
        export.setOnAction(e -> vm.export().export(saveChooser.apply(suggestedName())));
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        for (Button b : new Button[] {run, cancel, export}) b.setMinWidth(Region.USE_PREF_SIZE);
        column.setMinWidth(140);
        javafx.scene.layout.FlowPane controls = new javafx.scene.layout.FlowPane(8, 6, fixed("Text column"), column,
                fixed("Model"), new ModelPicker("copy-batch-model", vm.models(), vm.modelProperty()), run, bar, cancel, export);
        controls.setAlignment(Pos.CENTER_LEFT);

        Label adds = new Label();
        adds.setId("copy-batch-adds");
        adds.getStyleClass().add("muted");
        adds.setWrapText(true);
        adds.setMinHeight(Region.USE_PREF_SIZE);
        adds.textProperty().bind(vm.addedTextProperty());
        adds.managedProperty().bind(vm.addedTextProperty().isNotEmpty());

        Label privacy = new Label();
        privacy.setId("copy-batch-privacy");
        privacy.getStyleClass().add("muted");
        privacy.setWrapText(true);
        privacy.setMinHeight(Region.USE_PREF_SIZE);
        privacy.textProperty().bind(vm.privacyTextProperty());
        privacy.managedProperty().bind(vm.privacyTextProperty().isNotEmpty());

        Label message = new Label();
        message.setId("copy-batch-message");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(vm.messageProperty().isNotEmpty());

        TableView<BatchViewModel.Row> table = new TableView<>(vm.preview());
        table.setId("copy-batch-table");
        table.setPlaceholder(new Label("Press “Label every row” to see the first rows with their label and confidence"));
        TableColumn<BatchViewModel.Row, String> label = column("label", BatchViewModel.Row::label, 150);
        TableColumn<BatchViewModel.Row, String> confidence = column("confidence", BatchViewModel.Row::confidence, 180);
        // The headings are the names the export will use, so the preview and the file agree.
        label.textProperty().bind(vm.addedColumnsProperty().map(CopyService.BatchColumns::label));
        confidence.textProperty().bind(vm.addedColumnsProperty().map(CopyService.BatchColumns::confidence));
        label.setMinWidth(140); // "predicted_label" and "predicted_confidence" read whole, not "predicted_…"
        confidence.setMinWidth(205);
        table.getColumns().add(label);
        table.getColumns().add(confidence);
        table.getColumns().add(column("text", BatchViewModel.Row::text, 500));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(320);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(head, source, privacy, controls, adds, message, new ExportLine("copy-batch-export", vm.export()), table);
    }

    private static Label fixed(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TableColumn<BatchViewModel.Row, String> column(String name, Function<BatchViewModel.Row, String> v, double w) {
        TableColumn<BatchViewModel.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new SimpleStringProperty(v.apply(d.getValue())));
        c.setPrefWidth(w);
        c.setMinWidth(Math.min(w, 120));
        return c;
    }

    private String suggestedName() {
        return vm.sourceNameProperty().get().replaceFirst("\\.[^.]+$", "").replaceAll("[\\\\/:*?\"<>|]", "_") + "-labelled.csv";
    }

    private Path chooseSave(String name) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export the labelled texts as CSV");
        fc.setInitialFileName(name);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private Path chooseOpen() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Choose a CSV with texts to label");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    void setSaveChooser(Function<String, Path> chooser) { this.saveChooser = chooser; }
    void setOpenChooser(java.util.function.Supplier<Path> chooser) { this.openChooser = chooser; }
}
