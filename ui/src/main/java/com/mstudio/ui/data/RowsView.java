package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.IndexList;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Every row of the dataset, virtualized: the items are row indices (computed, not stored) and each visible cell
 * reads {@link DataTable#text} when it is shown.
 * <p>
 * Tables longer than {@value #PAGE} rows are shown a page at a time. JavaFX 21's VirtualFlow re-sums a per-item size
 * cache on every layout, even with a fixed cell size, so its cost grows with the item count: measured here
 * (MillionRowsPerf, software pipeline, 2 shared cores) 2 ms per scroll step at 10,000 rows, 6 ms at 100,000 and
 * 40 ms at 1,000,000. Pages of 100,000 keep scrolling smooth, and "Go to row" reaches any row at once.
 */
final class RowsView extends VBox {
    static final String MISSING = "—";
    static final int PAGE = 100_000;
    private static final int WIDTH_SAMPLE = 100;

    private final TableView<Integer> table = new TableView<>();
    private final Label range = new Label();
    private final Button previous = new Button("◀  Previous");
    private final Button next = new Button("Next  ▶");
    private final TextField goTo = new TextField();
    private final HBox pager;
    private DataTable data;
    private int page;

    RowsView() {
        table.setId("rows-table");
        table.getStyleClass().addAll("data-table", atlantafx.base.theme.Styles.DENSE);
        // A fixed height lets the virtual flow place rows without measuring them.
        table.setFixedCellSize(26);
        table.setPlaceholder(new Label("No rows"));
        VBox.setVgrow(table, Priority.ALWAYS);

        range.setId("rows-range");
        range.getStyleClass().add("muted");
        previous.setId("rows-previous");
        next.setId("rows-next");
        previous.setOnAction(e -> showPage(page - 1, 0));
        next.setOnAction(e -> showPage(page + 1, 0));
        goTo.setId("rows-goto");
        goTo.setPromptText("Go to row…");
        goTo.setPrefColumnCount(9);
        goTo.setOnAction(e -> {
            try {
                goToRow(Integer.parseInt(goTo.getText().trim().replace(",", "")) - 1);
            } catch (NumberFormatException ex) {
                goTo.selectAll();
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        pager = new HBox(8, range, grow, goTo, previous, next);
        pager.setId("rows-pager");
        pager.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        pager.setPadding(new javafx.geometry.Insets(6, 0, 0, 0));
        pager.managedProperty().bind(pager.visibleProperty());
        getChildren().addAll(table, pager);
    }

    TableView<Integer> table() {
        return table;
    }

    void show(DataTable dataTable) {
        show(dataTable, List.of(), java.util.Set.of());
    }

    /**
     * @param masked  the columns the workspace masks as personal data; their header says "masked" (or "in clear" for
     *                those in {@code inClear}), so the codes in the cells are never mistaken for data
     */
    void show(DataTable dataTable, List<String> masked, java.util.Set<String> inClear) {
        this.data = dataTable;
        table.getColumns().clear();
        if (dataTable == null) {
            table.setItems(new IndexList(0));
            pager.setVisible(false);
            return;
        }
        List<TableColumn<Integer, ?>> cols = new ArrayList<>();
        TableColumn<Integer, Integer> index = new TableColumn<>("#");
        index.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        index.setCellFactory(c -> new RowNumberCell());
        index.setPrefWidth(Math.max(56, String.valueOf(dataTable.rowCount()).length() * 9 + 20));
        cols.add(index);
        for (int i = 0; i < dataTable.columnCount(); i++) {
            String name = dataTable.column(i).name();
            cols.add(column(dataTable, i, !masked.contains(name) ? null : inClear.contains(name) ? "in clear" : "masked"));
        }
        // Sorting would have to reorder a million indices on the FX thread; ordering belongs to the engine.
        cols.forEach(c -> c.setSortable(false));
        table.getColumns().setAll(cols);
        pager.setVisible(dataTable.rowCount() > PAGE);
        showPage(0, 0);
    }

    /** The first row (0-based, in the whole table) now at the top of the view; 0 before the table is laid out. */
    int topRow() {
        if (table.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow
                && flow.getFirstVisibleCell() != null) {
            return page * PAGE + flow.getFirstVisibleCell().getIndex();
        }
        return 0;
    }

    /** Shows the page holding {@code row} (0-based) and scrolls it into view. */
    void goToRow(int row) {
        if (data == null || data.rowCount() == 0) return;
        int r = Math.max(0, Math.min(data.rowCount() - 1, row));
        showPage(r / PAGE, r % PAGE);
    }

    private void showPage(int p, int rowInPage) {
        int pages = Math.max(1, (data.rowCount() + PAGE - 1) / PAGE);
        page = Math.max(0, Math.min(pages - 1, p));
        int from = page * PAGE;
        int size = Math.min(PAGE, data.rowCount() - from);
        if (!(table.getItems() instanceof IndexList l) || l.size() != size || (size > 0 && l.get(0) != from)) {
            table.setItems(new IndexList(from, size));
        }
        range.setText("Rows " + Formats.count(from + 1L) + "–" + Formats.count((long) from + size) + " of "
                + Formats.count(data.rowCount()));
        previous.setDisable(page == 0);
        next.setDisable(page == pages - 1);
        table.scrollTo(rowInPage);
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
        double header = Math.max(info.name().length() * ColumnWidths.HEADER_CHAR,
                (SchemaTable.typeName(info.type()).length() + (privacy == null ? 0 : privacy.length() + 3)) * 7.0);
        int longest = 0;
        for (int r = 0, n = Math.min(WIDTH_SAMPLE, table.rowCount()); r < n; r++) {
            longest = Math.max(longest, table.text(r, col).length());
        }
        return ColumnWidths.fit(header, longest);
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
