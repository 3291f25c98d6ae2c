package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * While training runs: the live loss and accuracy curves, "Self-attention · epoch 4 of 30", the progress, the ETA and
 * Cancel (which keeps the best epoch so far).
 */
final class CopyTrainingPanel extends VBox {
    private final CopyCurveCharts curves;

    CopyTrainingPanel(CopyViewModel vm) {
        setId("copy-training-panel");
        setSpacing(10);
        getStyleClass().addAll("card", "training-card");
        Label title = new Label("Training");
        title.getStyleClass().add(Styles.TITLE_4);
        Label epoch = new Label();
        epoch.setId("copy-epoch-text");
        epoch.getStyleClass().add(Styles.TEXT_BOLD);
        epoch.textProperty().bind(vm.epochTextProperty());
        Label eta = new Label();
        eta.setId("copy-eta-text");
        eta.getStyleClass().add("muted");
        eta.textProperty().bind(vm.etaTextProperty());
        eta.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("copy-train-cancel");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.stoppingProperty());
        cancel.textProperty().bind(Bindings.when(vm.stoppingProperty()).then("Stopping…").otherwise("Cancel"));
        HBox head = new HBox(12, title, epoch, grow, eta, cancel);
        head.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("copy-train-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("copy-train-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(vm.progressMessageProperty());
        curves = new CopyCurveCharts(vm.curves(), "copy-live");
        VBox.setVgrow(curves, Priority.ALWAYS);
        getChildren().addAll(head, bar, message, curves);
    }

    CopyCurveCharts curves() { return curves; }
}
