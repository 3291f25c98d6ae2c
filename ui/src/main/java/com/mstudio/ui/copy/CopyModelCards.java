package com.mstudio.ui.copy;

import static com.mstudio.ui.common.Labels.muted;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.ModelCardParts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * The copy models side by side, one card each: test accuracy and macro-F1, precision and recall per class, seconds per
 * epoch, and the winner (best macro-F1) marked; below them the split in words. Clicking a card shows its confusion
 * matrix.
 */
final class CopyModelCards extends VBox {
    private final HBox cards = new HBox(12);
    private final Label split = new Label();

    CopyModelCards(CopyViewModel vm) {
        setId("copy-model-cards");
        setSpacing(8);
        split.setId("copy-split-text");
        split.getStyleClass().add("muted");
        split.setWrapText(true);
        split.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(cards, split);
        Runnable update = () -> update(vm);
        vm.models().addListener((ListChangeListener<CopyModel>) c -> update.run());
        vm.confusion().shownProperty().addListener(o -> update.run());
        update.run();
    }

    private void update(CopyViewModel vm) {
        cards.getChildren().clear();
        CopyTrainingResult r = vm.resultProperty().get();
        List<CopyModel> models = List.copyOf(vm.models());
        CopyModel winner = CopyTexts.winner(models);
        for (CopyModel m : models) {
            TrainedModel t = r == null ? null : r.models().stream().filter(x -> x.model() == m).findFirst().orElse(null);
            boolean shown = t != null && m.kind() == vm.confusion().shownProperty().get();
            VBox card = card(m, t, m == winner, shown);
            if (t != null) {
                card.setOnMouseClicked(e -> vm.confusion().shownProperty().set(m.kind()));
                Tooltip.install(card, new Tooltip("Click to show this model's confusion matrix"));
            }
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setPrefWidth(0);
            card.setMaxWidth(Double.MAX_VALUE);
            cards.getChildren().add(card);
        }
        boolean hasSplit = r != null && !vm.fromKeptProperty().get();
        split.setText(hasSplit ? CopyTexts.split(r.split()) : "");
        split.setVisible(hasSplit);
        split.setManaged(hasSplit);
    }

    private static VBox card(CopyModel m, TrainedModel t, boolean wins, boolean shown) {
        CopyModel.Metrics x = m.test();
        String id = m.kind().name().toLowerCase(Locale.ROOT);
        HBox head = ModelCardParts.head(m.kind().title(), "Wins on macro-F1", wins);

        Label accuracy = new Label(CopyTexts.percent(x.accuracy()));
        accuracy.getStyleClass().add("auc-value");
        accuracy.setId("copy-accuracy-" + id);
        accuracy.setMinWidth(Region.USE_PREF_SIZE);
        VBox accuracyBox = new VBox(0, accuracy, muted("accuracy"));
        accuracyBox.setMinWidth(Region.USE_PREF_SIZE);
        Label f1 = new Label(CopyTexts.three(x.macroF1()));
        f1.getStyleClass().add("auc-value");
        f1.setId("copy-f1-" + id);
        f1.setMinWidth(Region.USE_PREF_SIZE);
        VBox f1Box = new VBox(0, f1, muted("macro-F1"));
        f1Box.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip.install(f1Box, new Tooltip("The mean of each class's F1: a model that ignores a rare class scores low here"));

        GridPane perClass = new GridPane();
        perClass.setId("copy-per-class-" + id);
        perClass.setHgap(14);
        perClass.add(header("class"), 0, 0);
        perClass.add(header("precision"), 1, 0);
        perClass.add(header("recall"), 2, 0);
        for (int i = 0; i < m.labels().size(); i++) {
            Label label = new Label(m.labels().get(i));
            label.setMinWidth(0);
            perClass.add(label, 0, i + 1);
            perClass.add(value(CopyTexts.percent(x.precision().get(i))), 1, i + 1);
            perClass.add(value(CopyTexts.percent(x.recall().get(i))), 2, i + 1);
        }
        HBox body = new HBox(18, accuracyBox, f1Box);
        body.setAlignment(Pos.CENTER_LEFT);

        String facts = Formats.count(x.testRows()) + " test texts";
        if (t != null) {
            facts += " · best epoch " + t.bestEpoch() + " of " + t.curve().size()
                    + (t.cancelled() ? " (stopped by you)" : "")
                    + String.format(Locale.ROOT, " · %.2f s per epoch", t.secondsPerEpoch());
        } else {
            facts += " · trained " + CopyTexts.when(m.createdAt()) + " (kept in the workspace)";
        }
        if (shown) facts += " · its confusion matrix is below";
        Label factsLabel = muted(facts);
        factsLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(6, head, body, perClass, factsLabel);
        return ModelCardParts.frame(card, "copy-card-" + id, wins, shown);
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
