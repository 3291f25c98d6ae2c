package com.mstudio.ui.data;

import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.CsvPreview;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;

/** The first rows of the file as raw text, exactly as the importer split them. */
final class FirstRowsTable extends TableView<List<String>> {
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
        for (int i = 0; i < schema.size(); i++) {
            final int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(schema.get(i).name());
            c.setSortable(false);
            c.setPrefWidth(Math.max(90, Math.min(220, schema.get(i).name().length() * 9 + 24)));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(col < r.getValue().size() ? r.getValue().get(col) : ""));
            getColumns().add(c);
        }
        getItems().setAll(p.firstRows().subList(0, Math.min(50, p.firstRows().size())));
    }
}
