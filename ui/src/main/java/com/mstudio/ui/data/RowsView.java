package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.ui.common.IndexList;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Every row of the dataset, virtualized: the items are row indices (computed, not stored) and each visible cell
 * reads {@link DataTable#text} when it is shown, so a million rows cost no more than a hundred.
 */
final class RowsView extends TableView<Integer> {
    static final String MISSING = "—";
    private static final int WIDTH_SAMPLE = 100;

    RowsView() {
        setId("rows-table");
        getStyleClass().addAll("data-table", atlantafx.base.theme.Styles.DENSE);
        // A fixed height lets the virtual flow compute positions without measuring rows: smooth over 1M rows.
        setFixedCellSize(26);
        setPlaceholder(new Label("No rows"));
    }

    void show(DataTable table) {
        show(table, java.util.List.of(), java.util.Set.of());
    }

    /**
     * @param masked  the columns the workspace masks as personal data; their header says "masked" (or "in clear" for
     *                those in {@code inClear}), so the codes in the cells are never mistaken for data
     */
    void show(DataTable table, java.util.List<String> masked, java.util.Set<String> inClear) {
        getColumns().clear();
        if (table == null) {
            setItems(new IndexList(0));
            return;
        }
        List<TableColumn<Integer, ?>> cols = new ArrayList<>();
        TableColumn<Integer, Integer> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        index.setCellFactory(c -> new RowNumberCell());
        index.setPrefWidth(Math.max(56, String.valueOf(table.rowCount()).length() * 9 + 20));
        cols.add(index);
        for (int i = 0; i < table.columnCount(); i++) {
            String name = table.column(i).name();
            cols.add(column(table, i, !masked.contains(name) ? null : inClear.contains(name) ? "in clear" : "masked"));
        }
        // Sorting would have to reorder a million indices on the FX thread; ordering belongs to the engine.
        cols.forEach(c -> c.setSortable(false));
        getColumns().setAll(cols);
        setItems(new IndexList(table.rowCount()));
        scrollTo(0);
    }

    private static TableColumn<Integer, Integer> column(DataTable table, int col, String privacy) {
        DataTable.ColumnInfo info = table.column(col);
        TableColumn<Integer, Integer> c = new TableColumn<>();
        Label name = new Label(info.name());
        Label type = new Label(SchemaTable.typeName(info.type()) + (privacy == null ? "" : " · " + privacy));
        type.getStyleClass().add("type");
        if (privacy != null) type.getStyleClass().add(privacy.equals("masked") ? "masked" : "in-clear");
        VBox header = new VBox(0, name, type);
        header.setAlignment(javafx.geometry.Pos.CENTER);
        c.setGraphic(header);
        c.setId("col-" + col);
        c.setUserData(info.name());
        c.setPrefWidth(width(table, col, info, privacy));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        boolean numeric = info.type().isNumeric();
        c.setCellFactory(x -> new ValueCell(table, col, numeric));
        return c;
    }

    /**
     * A width that fits the header (name in bold, type below) and the first rows' values: a sample of
     * {@value #WIDTH_SAMPLE} rows is cheap on the FX thread and right for all but freak columns.
     */
    private static double width(DataTable table, int col, DataTable.ColumnInfo info, String privacy) {
        double header = Math.max(info.name().length() * 9.5, (SchemaTable.typeName(info.type()).length() + (privacy == null ? 0 : privacy.length() + 3)) * 7.0);
        int longest = 0;
        for (int r = 0, n = Math.min(WIDTH_SAMPLE, table.rowCount()); r < n; r++) {
            longest = Math.max(longest, table.text(r, col).length());
        }
        return Math.max(72, Math.min(280, Math.max(header, longest * 8.0) + 28));
    }

    /** Reads the cell text on demand; numbers right-aligned, missing cells a muted dash. */
    private static final class ValueCell extends TableCell<Integer, Integer> {
        private final DataTable table;
        private final int col;

        ValueCell(DataTable table, int col, boolean numeric) {
            this.table = table;
            this.col = col;
            if (numeric) getStyleClass().add("number");
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("missing");
            if (empty || row == null) {
                setText(null);
            } else if (table.isMissing(row, col)) {
                setText(MISSING);
                getStyleClass().add("missing");
            } else {
                setText(table.text(row, col));
            }
        }
    }

    private static final class RowNumberCell extends TableCell<Integer, Integer> {
        RowNumberCell() {
            getStyleClass().addAll("number", "missing");
        }

        @Override
        protected void updateItem(Integer row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? null : String.valueOf(row + 1));
        }
    }
}
