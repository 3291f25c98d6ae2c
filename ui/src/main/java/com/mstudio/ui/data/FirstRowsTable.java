package com.mstudio.ui.data;

import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.CsvPreview;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/**
 * The first rows of the file as raw text, exactly as the importer split them. Columns are sized to their header and
 * the values shown, as in the Rows tab, so that short values are not cut off while there is room.
 */
final class FirstRowsTable extends TableView<List<String>> {
    private static final int SHOWN = 50;

    FirstRowsTable(DataViewModel vm) {
        setId("first-rows");
        getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        setPlaceholder(new Label("The file has no data rows"));
        vm.previewProperty().addListener((o, was, now) -> show(now));
    }

    private void show(CsvPreview p) {
        getColumns().clear();
        if (p == null) {
            getItems().clear();
            return;
        }
        List<ColumnSchema> schema = p.schema();
        List<List<String>> rows = p.firstRows().subList(0, Math.min(SHOWN, p.firstRows().size()));
        for (int i = 0; i < schema.size(); i++) {
            final int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(schema.get(i).name());
            c.setSortable(false);
            c.setPrefWidth(width(schema.get(i).name(), rows, col));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(col < r.getValue().size() ? r.getValue().get(col) : ""));
            getColumns().add(c);
        }
        getItems().setAll(rows);
    }

    private static double width(String header, List<List<String>> rows, int col) {
        int longest = 0;
        for (List<String> row : rows) {
            if (col < row.size() && row.get(col) != null) longest = Math.max(longest, row.get(col).length());
        }
        return ColumnWidths.fit(header.length() * ColumnWidths.HEADER_CHAR, longest);
    }
}
