package com.mstudio.ui.data;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** A failed preview or import: the engine's plain message (file, line, column) and the ways forward. */
final class ErrorView extends StackPane {
    ErrorView(DataViewModel vm, Runnable chooseFile) {
        setId("error-panel");
        getStyleClass().add("screen");
        VBox card = new VBox(12);
        card.getStyleClass().addAll("card", "error-card");
        card.setMaxHeight(USE_PREF_SIZE);
        Label title = new Label();
        title.setId("error-title");
        title.textProperty().bind(vm.errorTitleProperty());
        title.getStyleClass().addAll(Styles.TITLE_3, Styles.DANGER);
        Label message = new Label();
        message.setId("error-message");
        message.getStyleClass().add("error-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.errorMessageProperty());
        Label kept = new Label();
        kept.getStyleClass().add("muted");
        kept.setWrapText(true);
        kept.textProperty().bind(javafx.beans.binding.Bindings.when(vm.datasetProperty().isNotNull())
                .then("Nothing was changed: your current dataset is still loaded.")
                .otherwise("Nothing was imported."));

        Button another = new Button("Choose another file…");
        another.setId("choose-another");
        another.getStyleClass().add(Styles.ACCENT);
        another.setOnAction(e -> chooseFile.run());
        Button back = new Button("Back");
        back.setId("error-back");
        back.setOnAction(e -> vm.back());
        HBox buttons = new HBox(10, another, back);
        buttons.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().addAll(title, message, kept, buttons);
        getChildren().add(card);
    }
}
