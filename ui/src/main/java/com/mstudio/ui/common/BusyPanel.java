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
    public BusyPanel(ObservableStringValue title, ObservableNumberValue progress, ObservableStringValue message, Runnable cancel) {
        getStyleClass().addAll("card", "busy-panel");
        setAlignment(Pos.CENTER);
        setMaxWidth(520);
        setMaxHeight(USE_PREF_SIZE);
        setSpacing(12);
        Label t = new Label();
        t.textProperty().bind(title);
        t.getStyleClass().add(Styles.TITLE_3);
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(progress);
        Label msg = new Label();
        // The percentage next to the message, so a slow job visibly moves even when the bar barely does.
        msg.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            double p = progress.doubleValue();
            String m = message.get() == null ? "" : message.get();
            return p >= 0 ? Math.round(p * 100) + "%  ·  " + m : m;
        }, progress, message));
        msg.getStyleClass().add("muted");
        msg.setWrapText(true);
        Button c = new Button("Cancel");
        c.setId("busy-cancel");
        c.setCancelButton(true);
        c.setOnAction(e -> cancel.run());
        getChildren().addAll(t, bar, msg, c);
    }
}
