package com.mstudio.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** A screen's notice line (what was dropped, what was kept); takes no room while the notice is empty. */
public final class NoticeLabel extends Label {
    public NoticeLabel(String id, ObservableStringValue notice) {
        setId(id);
        getStyleClass().add("notice");
        setWrapText(true);
        // Never squeezed to an ellipsis by a crowded column: a notice cut short would hide what it warns about.
        setMinHeight(USE_PREF_SIZE);
        textProperty().bind(notice);
        visibleProperty().bind(Bindings.isNotEmpty(notice));
        managedProperty().bind(visibleProperty());
    }
}
