package com.mstudio.ui.data;

import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CsvPreview;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The detected schema, one row per column, with a type override per column and a few sample values. */
final class SchemaTable extends TableView<ColumnSchema> {
    SchemaTable(DataViewModel vm) {
        setId("schema-table");
        getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        setColumnResizePolicy(CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No columns"));

        TableColumn<ColumnSchema, String> name = new TableColumn<>("Column");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(200);
        TableColumn<ColumnSchema, String> detected = new TableColumn<>("Detected");
        detected.setCellValueFactory(c -> new ReadOnlyStringWrapper(typeName(c.getValue().detectedType())
                + (c.getValue().format() == null ? "" : " (" + c.getValue().format() + ")")));
        detected.setPrefWidth(150);
        TableColumn<ColumnSchema, ColumnSchema> as = new TableColumn<>("Import as");
        as.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        as.setCellFactory(c -> new TypeCell(vm));
        as.setPrefWidth(170);
        TableColumn<ColumnSchema, String> samples = new TableColumn<>("Sample values");
        samples.setCellValueFactory(c -> new ReadOnlyStringWrapper(sampleValues(vm.previewProperty().get(), c.getValue())));
        samples.setPrefWidth(400);
        List.of(name, detected, as, samples).forEach(c -> c.setSortable(false));
        getColumns().setAll(List.of(name, detected, as, samples));

        vm.previewProperty().addListener((o, was, now) ->
                getItems().setAll(now == null ? List.of() : now.schema()));
    }

    static String typeName(ColumnType t) {
        if (t == null) return "";
        String s = t.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Up to three distinct, non-empty values of the column from the preview rows. */
    static String sampleValues(CsvPreview p, ColumnSchema col) {
        if (p == null) return "";
        int i = p.schema().indexOf(col);
        Set<String> values = new LinkedHashSet<>();
        for (List<String> row : p.firstRows()) {
            if (i < row.size() && !row.get(i).isBlank()) values.add(row.get(i));
            if (values.size() == 3) break;
        }
        return String.join(",  ", new ArrayList<>(values));
    }

    /** A ComboBox per row; picking the detected type again clears the override. */
    private static final class TypeCell extends TableCell<ColumnSchema, ColumnSchema> {
        private final DataViewModel vm;
        private final ComboBox<ColumnType> box = new ComboBox<>();
        private boolean updating;

        TypeCell(DataViewModel vm) {
            this.vm = vm;
            box.getItems().setAll(ColumnType.values());
            box.setMaxWidth(Double.MAX_VALUE);
            box.getStyleClass().add("small");
            box.setConverter(new javafx.util.StringConverter<>() {
                @Override public String toString(ColumnType t) { return typeName(t); }
                @Override public ColumnType fromString(String s) { return null; }
            });
            box.valueProperty().addListener((o, was, now) -> {
                if (!updating && getItem() != null && now != null) vm.settings().overrideType(getItem(), now);
            });
        }

        @Override
        protected void updateItem(ColumnSchema item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            updating = true;
            box.setValue(vm.settings().effectiveType(item));
            updating = false;
            setGraphic(box);
        }
    }
}
