package com.mstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableNumberValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** A centred card for a running job on a screen: title, progress bar, message, Cancel. */
public final class BusyPanel extends VBox {
    public BusyPanel(String title, ObservableNumberValue progress, ObservableStringValue message, Runnable cancel) {
        getStyleClass().addAll("card", "busy-panel");
        setAlignment(Pos.CENTER);
        setMaxWidth(520);
        setMaxHeight(USE_PREF_SIZE);
        setSpacing(12);
        Label t = new Label(title);
        t.getStyleClass().add(Styles.TITLE_3);
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        Label msg = new Label();
        msg.textProperty().bind(message);
        msg.getStyleClass().add("muted");
        msg.setWrapText(true);
        Button c = new Button("Cancel");
        c.setId("busy-cancel");
        c.setCancelButton(true);
        c.setOnAction(e -> cancel.run());
        getChildren().addAll(t, bar, msg, c);
    }
}
