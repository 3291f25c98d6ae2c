package com.mstudio.ui.copy;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyService.Classification;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** "Compare variants": two to four headlines side by side, each with its answer, the best one for the goal marked. */
final class VariantsPane extends VBox {
    private final VariantsViewModel vm;
    private final PlaygroundViewModel play;
    private final HBox columns = new HBox(10);
    private final java.util.List<TextArea> fields = new java.util.ArrayList<>();

    VariantsPane(PlaygroundViewModel play) {
        this.play = play;
        this.vm = play.variants();
        setId("copy-variants");
        setSpacing(8);
        Label title = new Label("Compare variants");
        title.getStyleClass().add(Styles.TITLE_4);
        ComboBox<String> goal = new ComboBox<>(vm.labels());
        goal.setId("copy-variants-goal");
        goal.valueProperty().bindBidirectional(vm.goalProperty());
        Button add = new Button("Add a variant");
        add.setId("copy-variants-add");
        add.getStyleClass().add(Styles.FLAT);
        add.disableProperty().bind(javafx.beans.binding.Bindings.size(vm.texts()).greaterThanOrEqualTo(VariantsViewModel.MAX));
        add.setOnAction(e -> vm.add());
        Button compare = new Button("Compare");
        compare.setId("copy-variants-compare");
        compare.getStyleClass().add(Styles.ACCENT);
        compare.disableProperty().bind(play.modelProperty().isNull().or(vm.busyProperty()));
        compare.setOnAction(e -> vm.compare());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label goalLabel = new Label("Best = most likely");
        goalLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(8, title, grow, goalLabel, goal, add, compare);
        head.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        Label note = new Label("Each variant's tokens are coloured as in the playground, against its own label.");
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        getChildren().addAll(head, note, error, columns);
        vm.texts().addListener((ListChangeListener<StringProperty>) c -> rebuild());
        vm.results().addListener((ListChangeListener<Classification>) c -> rebuild());
        vm.bestProperty().addListener(o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        // Editing a variant clears the comparison and so rebuilds the row: the caret stays where the user types.
        int focused = -1, caret = 0;
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).isFocused()) {
                focused = i;
                caret = fields.get(i).getCaretPosition();
            }
        }
        fields.clear();
        columns.getChildren().clear();
        for (int i = 0; i < vm.texts().size(); i++) {
            int index = i;
            TextArea text = new TextArea(vm.texts().get(i).get());
            text.setWrapText(true);
            text.setPrefRowCount(2);
            text.setId("copy-variant-" + i);
            text.setPromptText("Variant " + (i + 1));
            // Typing edits the variant without rebuilding the row (that would take the caret away).
            text.textProperty().addListener((o, was, now) -> vm.texts().get(index).set(now));
            fields.add(text);
            Button remove = new Button("✕");
            remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            remove.setDisable(vm.texts().size() <= VariantsViewModel.MIN);
            remove.setOnAction(e -> vm.remove(index));
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox edit = new HBox(4, text, remove);
            edit.setAlignment(Pos.CENTER_LEFT);
            VBox column = new VBox(8, edit);
            column.setId("copy-variant-card-" + i);
            column.getStyleClass().addAll("card", "variant-card");
            if (i < vm.results().size() && vm.results().get(i) != null) {
                ClassificationView answer = new ClassificationView("copy-variant-" + i + "-answer");
                answer.show(vm.results().get(i), play.modelProperty().get());
                column.getChildren().add(answer);
            }
            if (i == vm.bestProperty().get()) {
                Label best = new Label("Best for “" + vm.goalProperty().get() + "”");
                best.setId("copy-variant-best");
                best.getStyleClass().add("winner-badge");
                column.getChildren().add(1, best);
                column.getStyleClass().add("winner");
            }
            column.setMinWidth(0);
            column.setPrefWidth(0);
            column.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.getChildren().add(column);
        }
        if (focused >= 0 && focused < fields.size()) {
            TextArea f = fields.get(focused);
            int at = Math.min(caret, f.getLength());
            f.requestFocus();
            f.positionCaret(at);
        }
    }
}
