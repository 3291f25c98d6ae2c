package com.mstudio.ui.propensity;

import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.PropensityService.ThresholdView;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The results of the training run on screen, as a marketer reads them: which model wins (test ROC AUC), the model
 * whose charts are shown (the winner unless the user picks the other), the threshold slider and the figures at that
 * threshold (the service's {@code atThreshold}, quick), the clicked confusion-matrix cell and its customers, and the
 * cumulative-gains sentence.
 */
public final class ResultsViewModel {
    private final PropensityService service;
    private final ObjectProperty<PropensityResult> result = new SimpleObjectProperty<>();
    private final ObjectProperty<Kind> shown = new SimpleObjectProperty<>();
    private final DoubleProperty threshold = new SimpleDoubleProperty(0.5);
    private final SimpleObjectProperty<ThresholdView> atThreshold = new SimpleObjectProperty<>();
    private final ObjectProperty<ConfusionCell> cell = new SimpleObjectProperty<>();
    /** Indices into the shown model's test rows (not dataset rows) of the clicked cell; null when no cell is. */
    private final SimpleObjectProperty<int[]> cellRows = new SimpleObjectProperty<>();
    private final SimpleStringProperty gainsSentence = new SimpleStringProperty("");

    ResultsViewModel(PropensityService service, ObservableValue<PropensityResult> source) {
        this.service = service;
        result.bind(source);
        result.addListener((o, was, now) -> resultChanged());
        shown.addListener((o, was, now) -> modelChanged());
        threshold.addListener((o, was, now) -> update());
        cell.addListener((o, was, now) -> updateCellRows());
        resultChanged();
    }

    private void resultChanged() {
        PropensityResult r = result.get();
        Kind w = r == null ? null : winner(r);
        if (shown.get() == w) modelChanged(); else shown.set(w);
    }

    private void modelChanged() {
        TrainedModel m = selected();
        cell.set(null);
        if (m != null) {
            double t = m.model().test().threshold();
            if (threshold.get() == t) update(); else threshold.set(Double.isFinite(t) ? t : 0.5);
        } else {
            update();
        }
        gainsSentence.set(m == null ? "" : gainsSentence(m.model(), m.evaluation()));
    }

    private void update() {
        TrainedModel m = selected();
        atThreshold.set(m == null ? null : service.atThreshold(m.evaluation(), threshold.get()));
        updateCellRows();
    }

    private void updateCellRows() {
        TrainedModel m = selected();
        ConfusionCell c = cell.get();
        if (m == null || c == null) {
            cellRows.set(null);
            return;
        }
        ModelEvaluation e = m.evaluation();
        double t = threshold.get();
        cellRows.set(IntStream.range(0, e.scores().length).filter(i -> c.contains(e.scores()[i], e.actual()[i], t)).toArray());
    }

    /** The model with the best test ROC AUC (ties: the first, i.e. the MLP). */
    public static Kind winner(PropensityResult r) {
        return r.models().stream().max(Comparator.comparingDouble((TrainedModel t) -> t.model().test().rocAuc())
                        .thenComparing(t -> -t.model().kind().ordinal()))
                .map(t -> t.model().kind()).orElse(null);
    }

    /** The model whose charts are shown, or null. */
    public TrainedModel selected() {
        PropensityResult r = result.get();
        if (r == null || shown.get() == null) return null;
        return r.models().stream().filter(t -> t.model().kind() == shown.get()).findFirst().orElse(null);
    }

    /** "Contacting the top 20% reaches 55% of the churners." */
    static String gainsSentence(PropensityModel model, ModelEvaluation e) {
        ModelEvaluation.GainsRow top20 = e.gains().stream().filter(g -> g.decile() == 2).findFirst().orElse(null);
        if (top20 == null) return "";
        return String.format(Locale.ROOT, "Contacting the top 20%% reaches %.0f%% of %s (%.1f× a random pick).",
                top20.positivesReached() * 100, positives(model), top20.lift());
    }

    /** "the churners" for a churn target, else "the customers with bought = Yes". */
    public static String positives(PropensityModel model) {
        String t = model.target().toLowerCase(Locale.ROOT);
        if (t.contains("churn")) return "the churners";
        return "the customers with " + model.target() + " = " + model.positiveValue();
    }

    public void showCell(ConfusionCell c) {
        cell.set(c);
    }

    public ReadOnlyObjectProperty<PropensityResult> resultProperty() { return result; }
    /** Which model's charts are shown; the user may switch it. */
    public ObjectProperty<Kind> shownProperty() { return shown; }
    /** The score at or above which a customer is flagged (0..1). */
    public DoubleProperty thresholdProperty() { return threshold; }
    /** Precision, recall, F1 and the expected counts at the threshold, for the shown model. */
    public ReadOnlyObjectProperty<ThresholdView> atThresholdProperty() { return atThreshold; }
    public ObjectProperty<ConfusionCell> cellProperty() { return cell; }
    public ReadOnlyObjectProperty<int[]> cellRowsProperty() { return cellRows; }
    public ReadOnlyStringProperty gainsSentenceProperty() { return gainsSentence; }
}
