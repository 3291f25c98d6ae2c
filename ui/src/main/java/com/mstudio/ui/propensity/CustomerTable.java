package com.mstudio.ui.propensity;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.ui.common.Formats;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The customers of the clicked confusion-matrix cell: their row in the dataset, score and actual outcome, then their
 * original columns (the masked view). Double-click or "Explain" asks why a customer got their score.
 */
final class CustomerTable extends VBox {
    private final TableView<Integer> table = new TableView<>();
    private final Label summary = new Label("Click a cell of the matrix to list those customers.");
    private final Button explain = new Button("Why this score?");

    CustomerTable(PropensityViewModel vm, IntConsumer explainRow) {
        setId("cell-customers");
        setSpacing(6);
        summary.setId("cell-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        explain.setId("explain-selected");
        explain.getStyleClass().addAll(Styles.SMALL);
        explain.setMinWidth(Region.USE_PREF_SIZE);
        explain.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        explain.setOnAction(e -> explainSelected(vm, explainRow));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, summary, grow, explain);
        head.setAlignment(Pos.CENTER_LEFT);
        table.setId("cell-table");
        table.getStyleClass().addAll("data-table", Styles.DENSE);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label("No customers in this cell"));
        table.setRowFactory(t -> {
            var row = new javafx.scene.control.TableRow<Integer>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) explainSelected(vm, explainRow);
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(head, table);
        Runnable update = () -> update(vm);
        vm.results().cellRowsProperty().addListener(o -> update.run());
        vm.datasetProperty().addListener(o -> update.run());
        update.run();
    }

    private void explainSelected(PropensityViewModel vm, IntConsumer explainRow) {
        Integer i = table.getSelectionModel().getSelectedItem();
        var m = vm.results().selected();
        if (i != null && m != null) explainRow.accept(m.evaluation().sourceRows()[i]);
    }

    private void update(PropensityViewModel vm) {
        int[] rows = vm.results().cellRowsProperty().get();
        var m = vm.results().selected();
        var ds = vm.datasetProperty().get();
        if (rows == null || m == null || ds == null) {
            summary.setText("Click a cell of the matrix to list those customers.");
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        ConfusionCell cell = vm.results().cellProperty().get();
        summary.setText(Formats.count(rows.length) + " customers: " + cell.title().toLowerCase(Locale.ROOT)
                + " (test rows, most likely first). Double-click one to see why.");
        ModelEvaluation e = m.evaluation();
        List<Integer> items = new ArrayList<>();
        for (int r : rows) items.add(r);
        items.sort((a, b) -> Double.compare(e.scores()[b], e.scores()[a]));
        table.getColumns().setAll(columns(e, ds.view()));
        table.getItems().setAll(items);
        table.scrollTo(0);
    }

    private static List<TableColumn<Integer, ?>> columns(ModelEvaluation e, DataTable data) {
        List<TableColumn<Integer, ?>> cols = new ArrayList<>();
        cols.add(column("Row", i -> Formats.count(e.sourceRows()[i] + 1L), true, 70));
        cols.add(column("Score", i -> String.format(Locale.ROOT, "%.3f", e.scores()[i]), true, 70));
        cols.add(column("Really", i -> e.actual()[i] ? "yes" : "no", false, 64));
        for (int c = 0; c < data.columnCount(); c++) {
            int col = c;
            DataTable.ColumnInfo info = data.column(c);
            boolean numeric = info.type() != null && info.type().isNumeric();
            cols.add(column(info.name(), i -> {
                int r = e.sourceRows()[i];
                return r < 0 || r >= data.rowCount() || data.isMissing(r, col) ? "—" : data.text(r, col);
            }, numeric, Math.min(200, Math.max(70, info.name().length() * 8 + 24))));
        }
        return cols;
    }

    private static TableColumn<Integer, Integer> column(String name, java.util.function.IntFunction<String> text, boolean numeric, double width) {
        TableColumn<Integer, Integer> c = new TableColumn<>(name);
        c.setSortable(false);
        c.setPrefWidth(width);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        c.setCellFactory(x -> new TableCell<>() {
            {
                if (numeric) getStyleClass().add("number");
            }

            @Override protected void updateItem(Integer i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : text.apply(i));
            }
        });
        return c;
    }

    TableView<Integer> table() { return table; }
}
