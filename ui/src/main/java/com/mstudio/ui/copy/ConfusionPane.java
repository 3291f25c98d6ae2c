package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.ui.common.Formats;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The shown model's confusion matrix on the test texts (rows: the actual label, columns: the model's), each cell a
 * button shaded by its share of the row; clicking one lists its texts beside the matrix.
 */
final class ConfusionPane extends VBox {
    private final CopyViewModel vm;
    private final GridPane grid = new GridPane();
    private final Label title = new Label();

    ConfusionPane(CopyViewModel vm) {
        this.vm = vm;
        setId("copy-confusion");
        setSpacing(10);
        grid.setId("copy-confusion-grid");
        grid.setHgap(4);
        grid.setVgap(4);
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label hint = new Label("Rows are the real labels, columns what the model said. Click a cell to read its texts.");
        hint.getStyleClass().add("muted");
        hint.setWrapText(true);
        VBox left = new VBox(8, title, hint, grid);
        left.setMinWidth(Region.USE_PREF_SIZE);
        left.setMaxWidth(Region.USE_PREF_SIZE);
        hint.setMaxWidth(340);
        title.setMaxWidth(340);

        Label summary = new Label();
        summary.setId("copy-cell-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.confusion().summaryProperty().map(s -> s.isEmpty() ? "No cell chosen yet." : s));
        TableView<ConfusionTexts.Row> table = new TableView<>(vm.confusion().rows());
        table.setId("copy-cell-table");
        table.setPlaceholder(new Label("Click a cell of the matrix to list its texts"));
        table.getColumns().add(column("Real label", ConfusionTexts.Row::actual, 110));
        table.getColumns().add(column("Model said", ConfusionTexts.Row::predicted, 110));
        TableColumn<ConfusionTexts.Row, String> text = column("Text", ConfusionTexts.Row::text, 420);
        table.getColumns().add(text);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(280);
        summary.setMinWidth(0);
        getChildren().addAll(left, summary, table);
        vm.confusion().shownProperty().addListener(o -> rebuild());
        vm.resultProperty().addListener(o -> rebuild());
        vm.confusion().summaryProperty().addListener(o -> rebuild()); // marks the chosen cell
        rebuild();
    }

    private static TableColumn<ConfusionTexts.Row, String> column(String name, Function<ConfusionTexts.Row, String> value, double width) {
        TableColumn<ConfusionTexts.Row, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 110));
        return c;
    }

    private void rebuild() {
        grid.getChildren().clear();
        TrainedModel t = vm.confusion().trained();
        if (t == null) {
            title.setText("Confusion matrix");
            return;
        }
        title.setText("Confusion matrix · " + t.model().kind().title());
        List<String> labels = t.model().labels();
        Label corner = new Label("real ↓ said →");
        corner.getStyleClass().add("muted");
        corner.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(corner, 0, 0);
        for (int p = 0; p < labels.size(); p++) grid.add(header(labels.get(p)), p + 1, 0);
        for (int a = 0; a < labels.size(); a++) {
            grid.add(header(labels.get(a)), 0, a + 1);
            int rowTotal = java.util.Arrays.stream(t.confusion()[a]).sum();
            for (int p = 0; p < labels.size(); p++) {
                int n = t.confusion()[a][p];
                Button cell = new Button(Formats.count(n));
                cell.setId("copy-cell-" + a + "-" + p);
                cell.getStyleClass().addAll("confusion-cell", a == p ? "right" : "wrong");
                if (a == vm.confusion().selectedActual() && p == vm.confusion().selectedPredicted()) cell.getStyleClass().add("chosen");
                double share = rowTotal == 0 ? 0 : n / (double) rowTotal;
                cell.setOpacity(0.45 + 0.55 * share);
                cell.setMinSize(72, 44);
                cell.setMaxWidth(Double.MAX_VALUE);
                int actual = a, predicted = p;
                cell.setOnAction(e -> vm.confusion().select(actual, predicted));
                Tooltip.install(cell, new Tooltip(n + " test texts labelled " + labels.get(a) + ", predicted " + labels.get(p)
                        + " (" + CopyTexts.percent(share) + " of the " + labels.get(a) + " texts)"));
                grid.add(cell, p + 1, a + 1);
            }
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setMaxWidth(140);
        l.setAlignment(Pos.CENTER);
        return l;
    }
}
