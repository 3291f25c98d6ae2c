package com.mstudio.ui.propensity;

import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityModel.Metrics;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.ModelCardParts;
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
        split.setMinHeight(Region.USE_PREF_SIZE);
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
            boolean shown = r != null && m.kind() == vm.results().shownProperty().get();
            VBox card = card(m, t, m.kind() == winner, shown);
            if (r != null) {
                card.setOnMouseClicked(e -> vm.results().shownProperty().set(m.kind()));
                javafx.scene.control.Tooltip.install(card, new javafx.scene.control.Tooltip("Click to show this model's charts below"));
            }
            HBox.setHgrow(card, Priority.ALWAYS);
            card.setPrefWidth(0); // equal shares of the row, whatever their texts
            card.setMaxWidth(Double.MAX_VALUE);
            cards.getChildren().add(card);
        }
        split.setText(r == null ? "" : splitText(r.split()));
        split.setVisible(r != null);
        split.setManaged(r != null);
    }

    private static VBox card(PropensityModel m, TrainedModel t, boolean wins, boolean shown) {
        Metrics x = m.test();
        HBox head = ModelCardParts.head(m.kind().title(), "Wins on ROC AUC", wins);
        Label auc = new Label(Texts.three(x.rocAuc()));
        auc.getStyleClass().add("auc-value");
        auc.setId("auc-" + m.kind().name().toLowerCase());
        auc.setMinWidth(Region.USE_PREF_SIZE);
        Label aucLabel = new Label("ROC AUC");
        aucLabel.getStyleClass().add("muted");
        VBox aucBox = new VBox(0, auc, aucLabel);
        aucBox.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.Tooltip.install(aucBox, new javafx.scene.control.Tooltip(
                "How well the model ranks a random positive customer above a random negative one: 0.5 is chance, 1 is perfect"));
        GridPane figures = new GridPane();
        figures.setHgap(10);
        figures.setVgap(0);
        figure(figures, 0, 0, "Precision", Texts.percent(x.precision()));
        figure(figures, 1, 0, "Recall", Texts.percent(x.recall()));
        figure(figures, 2, 0, "F1", Texts.three(x.f1()));
        figure(figures, 0, 2, "Accuracy", Texts.percent(x.accuracy()));
        figure(figures, 1, 2, "PR AUC", Texts.three(x.prAuc()));
        figure(figures, 2, 2, "Test rows", Formats.count(x.testRows()));
        HBox body = new HBox(14, aucBox, figures);
        body.setAlignment(Pos.CENTER_LEFT);
        // The default cut is the best F1 on the validation rows (ADR 0008): say so, or 0.46 looks arbitrary.
        String facts = "At threshold " + Texts.two(x.threshold()) + " (best F1 on validation)";
        if (t != null) {
            facts += " · best epoch " + t.bestEpoch() + " of " + t.curve().size()
                    + (t.cancelled() ? " (stopped by you)" : t.stoppedEarly() ? " (stopped early)" : "")
                    + String.format(java.util.Locale.ROOT, " · %.1f s", t.seconds());
        } else {
            facts += " · trained " + Texts.when(m.createdAt());
        }
        if (shown) facts += " · its charts are below";
        Label factsLabel = new Label(facts);
        factsLabel.getStyleClass().add("muted");
        factsLabel.setWrapText(true);
        factsLabel.setMinHeight(Region.USE_PREF_SIZE);
        VBox card = new VBox(4, head, body, factsLabel);
        return ModelCardParts.frame(card, "model-card-" + m.kind().name().toLowerCase(), wins, shown);
    }

    private static void figure(GridPane grid, int col, int row, String label, String value) {
        Label v = new Label(value);
        v.getStyleClass().add("figure-value");
        v.setMinWidth(Region.USE_PREF_SIZE);
        Label l = new Label(label);
        l.getStyleClass().addAll("muted", "figure-label");
        l.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(v, col, row);
        grid.add(l, col, row + 1);
    }

    /** "Split (seed 42): 4,578 rows train, 1,056 validate (early stopping), 1,409 test, held out: … 26.5% positive; imbalance: …". */
    static String splitText(PropensityResult.Split s) {
        return "Split (seed " + s.seed() + "): " + Formats.count(s.trainRows()) + " rows train, "
                + Formats.count(s.validationRows()) + " validate (early stopping), " + Formats.count(s.testRows())
                + (s.separateTestFile() ? " test, from a separate file" : " test, held out")
                + ": every figure is measured on the test rows. " + Texts.percent(s.positiveShare())
                + " positive; imbalance: " + s.imbalance() + ".";
    }
}
