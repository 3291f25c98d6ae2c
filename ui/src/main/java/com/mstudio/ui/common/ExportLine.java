package com.mstudio.ui.common;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * One line under a screen's header while an export runs (progress, Cancel) and after it (what was written, or why
 * not). Its nodes are {@code <id>-line}, {@code <id>-message}, {@code <id>-cancel} and {@code <id>-dismiss}.
 */
public final class ExportLine extends HBox {
    public ExportLine(String id, ExportStatus vm) {
        setId(id + "-line");
        getStyleClass().add("export-line");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        Label text = new Label();
        text.setId(id + "-message");
        text.textProperty().bind(vm.messageProperty());
        // Wrapped, not cut short: the end of the line is the folder or file the user has to find.
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(160);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(vm.runningProperty());
        bar.getStyleClass().add(Styles.SMALL);
        Button cancel = new Button("Cancel");
        cancel.setId(id + "-cancel");
        cancel.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        cancel.setMinWidth(USE_PREF_SIZE);
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(vm.runningProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button dismiss = new Button("Dismiss");
        dismiss.setId(id + "-dismiss");
        dismiss.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        dismiss.setMinWidth(USE_PREF_SIZE);
        dismiss.visibleProperty().bind(vm.runningProperty().not());
        dismiss.managedProperty().bind(dismiss.visibleProperty());
        dismiss.setOnAction(e -> vm.clearMessage());
        getChildren().addAll(bar, text, cancel, dismiss);
        vm.failedProperty().addListener((o, was, now) -> {
            getStyleClass().remove("failed");
            if (now) getStyleClass().add("failed");
        });
        visibleProperty().bind(vm.messageProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
