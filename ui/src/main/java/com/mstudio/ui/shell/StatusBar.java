package com.mstudio.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom bar: current job name, progress, message and ETA with Cancel; "Ready" when idle. */
public final class StatusBar extends HBox {
    public StatusBar(StatusBarViewModel vm) {
        getStyleClass().add("status-bar");
        setId("status-bar");
        Label name = new Label();
        name.setId("status-job");
        name.getStyleClass().add("job-name");
        name.textProperty().bind(vm.jobNameProperty());
        name.setMinWidth(Region.USE_PREF_SIZE);

        ProgressBar bar = new ProgressBar();
        bar.setId("status-progress");
        bar.setPrefWidth(180);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.busyProperty());
        bar.managedProperty().bind(vm.busyProperty());
        bar.getStyleClass().add(Styles.SMALL);

        Label msg = new Label();
        msg.setId("status-message");
        msg.getStyleClass().add("muted");
        msg.textProperty().bind(vm.messageProperty());
        msg.setMinWidth(0);
        HBox.setHgrow(msg, Priority.ALWAYS);
        msg.setMaxWidth(Double.MAX_VALUE);

        Label eta = new Label();
        eta.setId("status-eta");
        eta.getStyleClass().add("muted");
        eta.textProperty().bind(vm.etaProperty());
        eta.setMinWidth(Region.USE_PREF_SIZE);

        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancelCurrent());

        getChildren().addAll(name, bar, msg, eta, cancel);
    }
}
