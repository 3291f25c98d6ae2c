package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyService.Classification;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Type or paste copy and see, as you type, the label, a confidence bar per class and the tokens highlighted by how much
 * they mattered, with a legend that says in words what the highlight means. Below: "Compare variants".
 */
final class PlaygroundPane extends VBox {
    private final ClassificationView result = new ClassificationView("copy-play");

    PlaygroundPane(CopyViewModel vm) {
        PlaygroundViewModel play = vm.playground();
        setId("copy-playground");
        setSpacing(12);
        Label title = new Label("Playground");
        title.getStyleClass().add(Styles.TITLE_4);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        ProgressIndicator spin = new ProgressIndicator();
        spin.setPrefSize(16, 16);
        spin.visibleProperty().bind(play.busyProperty());
        HBox head = new HBox(8, title, spin, grow, new Label("Model"), new ModelPicker("copy-play-model", play.models(), play.modelProperty()));
        head.setAlignment(Pos.CENTER_LEFT);

        TextArea text = new TextArea();
        text.setId("copy-play-text");
        text.setPromptText("Type or paste a subject line, a headline or a review; it is classified as you type.");
        text.setWrapText(true);
        text.setPrefRowCount(3);
        text.textProperty().bindBidirectional(play.textProperty());

        Label legend = new Label();
        legend.setId("copy-play-legend");
        legend.getStyleClass().addAll("muted", "token-legend");
        legend.setWrapText(true);
        legend.setMinHeight(Region.USE_PREF_SIZE);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(play.errorProperty());
        error.managedProperty().bind(play.errorProperty().isNotEmpty());
        Label empty = new Label("The label, the confidence for every class and the highlighted words appear here.");
        empty.getStyleClass().add("muted");
        empty.visibleProperty().bind(play.classificationProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());
        VBox answer = new VBox(8, empty, result, legend, error);
        answer.getStyleClass().addAll("card", "copy-answer");

        Runnable show = () -> {
            Classification c = play.classificationProperty().get();
            result.show(c, play.modelProperty().get());
            legend.setText(TokenChips.legend(c));
        };
        play.classificationProperty().addListener(o -> show.run());
        show.run();
        getChildren().addAll(head, text, answer, new VariantsPane(play));
    }

    ClassificationView result() { return result; }
}
