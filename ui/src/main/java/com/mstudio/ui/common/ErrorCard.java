package com.mstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A failed job's card on a screen: title, message and Dismiss; hidden while the title is empty. Its nodes are named
 * {@code <id>}, {@code <id>-title} and {@code <id>-message}.
 */
public final class ErrorCard extends VBox {
    public ErrorCard(String id, ObservableStringValue title, ObservableStringValue message, Runnable dismiss) {
        super(6);
        Label t = new Label();
        t.setId(id + "-title");
        t.getStyleClass().addAll(Styles.TITLE_4, Styles.DANGER);
        t.textProperty().bind(title);
        Label m = new Label();
        m.setId(id + "-message");
        m.setWrapText(true);
        // A long message wraps rather than ending in an ellipsis: its end is usually the part that says why.
        m.setMinHeight(Region.USE_PREF_SIZE);
        m.textProperty().bind(message);
        Button d = new Button("Dismiss");
        d.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        d.setMinWidth(Region.USE_PREF_SIZE);
        d.setOnAction(e -> dismiss.run());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, t, grow, d);
        head.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(head, m);
        setId(id);
        getStyleClass().addAll("card", "error-card");
        setMaxWidth(Double.MAX_VALUE);
        visibleProperty().bind(Bindings.isNotEmpty(title));
        managedProperty().bind(visibleProperty());
    }
}
