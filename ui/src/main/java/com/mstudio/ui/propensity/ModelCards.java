package com.mstudio.ui.propensity;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityModel.Metrics;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.ui.common.Formats;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.Comparator;
import java.util.List;

/**
 * The models side by side, one card each, with the test figures a marketer compares (ROC AUC first) and the winner
 * marked; below them, the split and the imbalance handling in words. Clicking a card shows that model's charts.
 */
final class ModelCards extends VBox {
    private final HBox cards = new HBox(12);
    private final Label split = new Label();

    ModelCards(PropensityViewModel vm) {
        setId("model-cards");
        setSpacing(8);
        split.setId("split-text");
        split.getStyleClass().add("muted");
        split.setWrapText(true);
        getChildren().addAll(cards, split);
        Runnable update = () -> update(vm);
        vm.resultProperty().addListener(o -> update.run());
        vm.kept().addListener((javafx.collections.ListChangeListener<PropensityModel>) c -> update.run());
        vm.results().shownProperty().addListener(o -> update.run());
        update.run();
    }

    private void update(PropensityViewModel vm) {
        cards.getChildren().clear();
        PropensityResult r = vm.resultProperty().get();
        List<PropensityModel> models = r != null ? r.models().stream().map(TrainedModel::model).toList() : List.copyOf(vm.kept());
        Kind winner = models.size() < 2 ? null
                : models.stream().max(Comparator.comparingDouble(m -> m.test().rocAuc())).map(PropensityModel::kind).orElse(null);
        for (PropensityModel m : models) {
            TrainedModel t = r == null ? null : r.models().stream().filter(x -> x.model() == m).findFirst().orElse(null);
            VBox card = card(m, t, m.kind() == winner);
            if (r != null) {
                if (m.kind() == vm.results().shownProperty().get()) card.getStyleClass().add("shown");
                card.setOnMouseClicked(e -> vm.results().shownProperty().set(m.kind()));
            }
            HBox.setHgrow(card, Priority.ALWAYS);
            cards.getChildren().add(card);
        }
        split.setText(r == null ? "" : splitText(r.split()));
        split.setVisible(r != null);
        split.setManaged(r != null);
    }

    private static VBox card(PropensityModel m, TrainedModel t, boolean wins) {
        Metrics x = m.test();
        Label name = new Label(m.kind().title());
        name.getStyleClass().add(Styles.TITLE_4);
        Label badge = new Label("Wins on ROC AUC");
        badge.getStyleClass().add("winner-badge");
        badge.setVisible(wins);
        badge.setManaged(wins);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, name, grow, badge);
        head.setAlignment(Pos.CENTER_LEFT);
        Label auc = new Label(Texts.three(x.rocAuc()));
        auc.getStyleClass().add("auc-value");
        auc.setId("auc-" + m.kind().name().toLowerCase());
        Label aucText = new Label("ROC AUC: how well it ranks a random " + "positive above a random negative (0.5 = chance)");
        aucText.getStyleClass().add("muted");
        aucText.setWrapText(true);
        GridPane figures = new GridPane();
        figures.setHgap(14);
        figures.setVgap(2);
        int col = 0;
        figure(figures, col++, "PR AUC", Texts.three(x.prAuc()));
        figure(figures, col++, "Accuracy", Texts.percent(x.accuracy()));
        figure(figures, col++, "Precision", Texts.percent(x.precision()));
        figure(figures, col++, "Recall", Texts.percent(x.recall()));
        figure(figures, col, "F1", Texts.three(x.f1()));
        String facts = Formats.count(x.testRows()) + " test rows · threshold " + Texts.two(x.threshold());
        if (t != null) {
            facts += " · best epoch " + t.bestEpoch() + " of " + t.curve().size()
                    + (t.cancelled() ? " (stopped by you)" : t.stoppedEarly() ? " (stopped early)" : "")
                    + String.format(java.util.Locale.ROOT, " · %.1f s", t.seconds());
        } else {
            facts += " · trained " + Texts.when(m.createdAt());
        }
        Label factsLabel = new Label(facts);
        factsLabel.getStyleClass().add("muted");
        factsLabel.setWrapText(true);
        VBox card = new VBox(6, head, new HBox(10, auc, aucText), figures, factsLabel);
        ((HBox) card.getChildren().get(1)).setAlignment(Pos.CENTER_LEFT);
        card.setId("model-card-" + m.kind().name().toLowerCase());
        card.getStyleClass().addAll("card", "model-card");
        if (wins) card.getStyleClass().add("winner");
        card.setMinWidth(0);
        return card;
    }

    private static void figure(GridPane grid, int col, String label, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("figure-value");
        Label l = new Label(label);
        l.getStyleClass().add("muted");
        grid.add(v, col, 0);
        grid.add(l, col, 1);
    }

    /** "Split (seed 42): 4,507 rows to train, 1,056 to validate (early stopping), 1,409 held out to test; 26.5% positive; class weights 1 : 2.8." */
    static String splitText(PropensityResult.Split s) {
        return "Split with seed " + s.seed() + ": " + Formats.count(s.trainRows()) + " rows to train, "
                + Formats.count(s.validationRows()) + " to validate (early stopping), " + Formats.count(s.testRows())
                + (s.separateTestFile() ? " test rows from a separate file" : " held out to test")
                + ". " + Texts.percent(s.positiveShare()) + " of the customers are positive. Imbalance: " + s.imbalance()
                + ". Every figure here is measured on the test rows, which no model saw while training.";
    }
}
