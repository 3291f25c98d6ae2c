package com.mstudio.ui.propensity;

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
 * While training runs: the live loss and accuracy curves, "Neural network (MLP) · epoch 12 of 100", the progress, the
 * ETA and Cancel (which keeps the best epoch so far).
 */
final class TrainingPanel extends VBox {
    private final CurveCharts curves;

    TrainingPanel(PropensityViewModel vm) {
        setId("training-panel");
        setSpacing(10);
        getStyleClass().addAll("card", "training-card");
        Label title = new Label("Training");
        title.getStyleClass().add(Styles.TITLE_4);
        Label epoch = new Label();
        epoch.setId("epoch-text");
        epoch.getStyleClass().add(Styles.TEXT_BOLD);
        epoch.textProperty().bind(vm.epochTextProperty());
        Label eta = new Label();
        eta.setId("eta-text");
        eta.getStyleClass().add("muted");
        eta.textProperty().bind(vm.etaTextProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("train-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.stoppingProperty());
        cancel.textProperty().bind(Bindings.when(vm.stoppingProperty()).then("Stopping…").otherwise("Cancel"));
        HBox head = new HBox(12, title, epoch, grow, eta, cancel);
        head.setAlignment(Pos.CENTER_LEFT);
        ProgressBar bar = new ProgressBar();
        bar.setId("train-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label message = new Label();
        message.setId("train-message");
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(vm.progressMessageProperty());
        curves = new CurveCharts(vm.curves());
        VBox.setVgrow(curves, Priority.ALWAYS);
        getChildren().addAll(head, bar, message, curves);
    }

    CurveCharts curves() { return curves; }
}
