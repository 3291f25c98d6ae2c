package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.Explanation;
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
        javafx.scene.control.ToggleGroup weights = new javafx.scene.control.ToggleGroup();
        javafx.scene.control.ToggleButton occlusion = weightsButton("copy-weights-occlusion", "Occlusion", Explanation.OCCLUSION, weights,
                "Every model: how much the label's log-odds drop when a token is left out");
        javafx.scene.control.ToggleButton attention = weightsButton("copy-weights-attention", "Attention", Explanation.ATTENTION, weights,
                "Self-attention models: the attention each token received");
        attention.disableProperty().bind(play.attentionAvailableProperty().not());
        occlusion.getStyleClass().add(Styles.LEFT_PILL);
        attention.getStyleClass().add(Styles.RIGHT_PILL);
        Runnable select = () -> weights.selectToggle(play.explanationProperty().get() == Explanation.ATTENTION ? attention : occlusion);
        play.explanationProperty().addListener(o -> select.run());
        select.run();
        weights.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) select.run(); // a pill stays pressed
            else play.explanationProperty().set((Explanation) now.getUserData());
        });
        Label weightsLabel = new Label("Weights");
        weightsLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox pills = new HBox(0, occlusion, attention);
        Label modelLabel = new Label("Model");
        modelLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, title, spin, grow, modelLabel,
                new ModelPicker("copy-play-model", play.models(), play.modelProperty()), weightsLabel, pills);
        head.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);

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

    private static javafx.scene.control.ToggleButton weightsButton(String id, String text, Explanation e,
                                                                   javafx.scene.control.ToggleGroup group, String tip) {
        javafx.scene.control.ToggleButton b = new javafx.scene.control.ToggleButton(text);
        b.setId(id);
        b.setUserData(e);
        b.setToggleGroup(group);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        return b;
    }

    ClassificationView result() { return result; }
}
