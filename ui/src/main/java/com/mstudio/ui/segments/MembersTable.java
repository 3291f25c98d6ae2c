package com.mstudio.ui.segments;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.ui.common.IndexList;
import com.mstudio.ui.segments.charts.SegmentColors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The customers of the result on screen, filtered to the selected segment: a virtualized table over row indices
 * (cells read the segmented table when shown), the segment name first, and "Showing 1,203 of 7,043 customers in …
 * — Show all" above it.
 */
final class MembersTable extends VBox {
    private final TableView<Integer> table = new TableView<>();
    private DataTable shown;

    MembersTable(SegmentsViewModel vm) {
        setId("members");
        setSpacing(6);
        Label summary = new Label();
        summary.setId("members-summary");
        summary.textProperty().bind(vm.selection().summaryProperty());
        summary.setMinWidth(0);
        Button all = new Button("Show all");
        all.setId("members-show-all");
        all.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
        all.visibleProperty().bind(vm.selection().selectedProperty().greaterThanOrEqualTo(0));
        all.managedProperty().bind(all.visibleProperty());
        all.setOnAction(e -> vm.selection().showAll());
        HBox head = new HBox(6, summary, all);
        head.setAlignment(Pos.CENTER_LEFT);
        table.setId("members-table");
        table.getStyleClass().addAll("data-table", Styles.DENSE);
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label("No customers"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(head, table);
        update(vm);
        vm.resultProperty().addListener((o, was, now) -> update(vm));
        vm.selection().rowsProperty().addListener((o, was, now) -> update(vm));
    }

    TableView<Integer> table() {
        return table;
    }

    private void update(SegmentsViewModel vm) {
        SegmentationResult r = vm.resultProperty().get();
        DataTable data = r == null ? null : r.segmented();
        if (data != shown) {
            shown = data;
            table.getColumns().setAll(data == null ? List.of() : columns(data));
        }
        int[] rows = vm.selection().rowsProperty().get();
        table.setItems(data == null ? new IndexList(0) : rows == null ? new IndexList(data.rowCount()) : new MemberRows(rows));
        table.scrollTo(0);
    }

    private static List<TableColumn<Integer, Integer>> columns(DataTable data) {
        List<TableColumn<Integer, Integer>> cols = new ArrayList<>();
        int segment = data.indexOf("segment");
        int name = data.indexOf("segment_name");
        if (name >= 0) cols.add(column(data, name, segment));
        for (int c = 0; c < data.columnCount(); c++) {
            if (c != name && c != segment) cols.add(column(data, c, -1));
        }
        cols.forEach(c -> c.setSortable(false));
        return cols;
    }

    /** @param segmentColumn for the name column: where the id is, to draw the segment's colour next to the name */
    private static TableColumn<Integer, Integer> column(DataTable data, int col, int segmentColumn) {
        String header = data.column(col).name();
        TableColumn<Integer, Integer> c = new TableColumn<>(header);
        c.setId("member-col-" + header);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        boolean numeric = data.column(col).type() != null && data.column(col).type().isNumeric();
        c.setCellFactory(x -> new Cell(data, col, numeric, segmentColumn));
        int longest = header.length();
        for (int r = 0, n = Math.min(50, data.rowCount()); r < n; r++) longest = Math.max(longest, data.text(r, col).length());
        c.setPrefWidth(Math.min(240, Math.max(64, longest * 8 + 24)));
        return c;
    }

    private static final class Cell extends TableCell<Integer, Integer> {
        private final DataTable data;
        private final int col;
        private final int segmentColumn;

        Cell(DataTable data, int col, boolean numeric, int segmentColumn) {
            this.data = data;
            this.col = col;
            this.segmentColumn = segmentColumn;
            if (numeric) getStyleClass().add("number");
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(data.isMissing(row, col) ? "—" : data.text(row, col));
            if (segmentColumn >= 0) {
                javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(5,
                        SegmentColors.of((int) data.number(row, segmentColumn)));
                setGraphic(dot);
            }
        }
    }
}
