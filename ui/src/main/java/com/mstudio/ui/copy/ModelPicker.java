package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** A choice of the screen's copy models, named by kind and test accuracy ("Self-attention · 94.1%"). */
final class ModelPicker extends ComboBox<CopyModel> {
    ModelPicker(String id, ObservableList<CopyModel> models, ObjectProperty<CopyModel> chosen) {
        super(models);
        setId(id);
        valueProperty().bindBidirectional(chosen);
        setCellFactory(l -> new Cell());
        setButtonCell(new Cell());
        setMinWidth(200);
        setPrefWidth(210);
    }

    static String name(CopyModel m) {
        return m.kind().title() + " · " + CopyTexts.percent(m.test().accuracy());
    }

    private static final class Cell extends ListCell<CopyModel> {
        @Override protected void updateItem(CopyModel m, boolean empty) {
            super.updateItem(m, empty);
            setText(empty || m == null ? "" : name(m));
        }
    }
}
