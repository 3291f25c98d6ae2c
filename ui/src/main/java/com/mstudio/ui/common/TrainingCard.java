package com.mstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * While a feature trains: "Training", the live epoch line ("Self-attention · epoch 4 of 30"), the ETA, Cancel (which
 * keeps the best epoch so far), the progress, its message and the live curves. Shared by the propensity and copy
 * screens; each passes its view model's properties and its own id prefix ("" or "copy-").
 */
public class TrainingCard extends VBox {
    /** The view model's side of the card. */
    public record Live(ObservableValue<String> epochText, ObservableValue<String> etaText,
                       ReadOnlyBooleanProperty stopping, ReadOnlyDoubleProperty progress,
                       ObservableValue<String> message, Runnable cancel) {}

    /**
     * @param ids       prefix of every node id ("copy-" gives "copy-training-panel", "copy-train-cancel" …)
     * @param keepWidth whether the ETA and Cancel keep their full width when the window is narrow
     */
    public TrainingCard(String ids, Live live, Node curves, boolean keepWidth) {
        setId(ids + "training-panel");
        setSpacing(10);
        getStyleClass().addAll("card", "training-card");
        Label title = new Label("Training");
        title.getStyleClass().add(Styles.TITLE_4);
        Label epoch = new Label();
        epoch.setId(ids + "epoch-text");
        epoch.getStyleClass().add(Styles.TEXT_BOLD);
        epoch.textProperty().bind(live.epochText());
        Label eta = new Label();
        eta.setId(ids + "eta-text");
        eta.getStyleClass().add("muted");
        eta.textProperty().bind(live.etaText());
        if (keepWidth) eta.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId(ids + "train-cancel");
        if (keepWidth) cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> live.cancel().run());
        cancel.disableProperty().bind(live.stopping());
        cancel.textProperty().bind(Bindings.when(live.stopping()).then("Stopping…").otherwise("Cancel"));
        HBox head = new HBox(12, title, epoch, grow, eta, cancel);
        head.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId(ids + "train-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(live.progress());
        Label message = new Label();
        message.setId(ids + "train-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(live.message());
        VBox.setVgrow(curves, Priority.ALWAYS);
        getChildren().addAll(head, bar, message, curves);
    }
}
