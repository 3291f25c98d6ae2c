package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.Explanation;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * "Compare variants": two to four headlines classified together with one model, each with its label, confidence and
 * token weights, and the one most likely to get the label the user aims for marked best ("ham" for subject lines that
 * should not read like spam). Editing a variant clears the comparison; Compare runs it again.
 */
public final class VariantsViewModel {
    public static final int MIN = 2, MAX = 4;

    private final CopyService service;
    private final UiBridge bridge;
    private final ObservableValue<CopyModel> model;
    private final ObservableValue<Explanation> explanation;
    private final LatestJob job = new LatestJob();
    private final ObservableList<StringProperty> texts = FXCollections.observableArrayList();
    private final ObservableList<Classification> results = FXCollections.observableArrayList();
    private final ObservableList<String> labels = FXCollections.observableArrayList();
    private final ObjectProperty<String> goal = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty best = new SimpleIntegerProperty(-1);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty error = new SimpleStringProperty("");

    VariantsViewModel(CopyService service, UiBridge bridge, ObservableValue<CopyModel> model,
                      ObservableValue<Explanation> explanation) {
        this.service = service;
        this.bridge = bridge;
        this.model = model;
        this.explanation = explanation;
        explanation.addListener(o -> clearResults());
        for (int i = 0; i < MIN; i++) add();
        model.addListener((o, was, now) -> {
            labels.setAll(now == null ? List.of() : now.labels());
            if (goal.get() == null || !labels.contains(goal.get())) goal.set(labels.isEmpty() ? null : labels.get(0));
            clearResults();
        });
        goal.addListener(o -> best.set(bestIndex()));
    }

    /** Adds an empty variant (at most {@value #MAX}). */
    public void add() {
        if (texts.size() >= MAX) return;
        StringProperty t = new SimpleStringProperty("");
        t.addListener(o -> clearResults());
        texts.add(t);
        clearResults();
    }

    /** Removes variant {@code i} (at least {@value #MIN} stay). */
    public void remove(int i) {
        if (texts.size() <= MIN || i < 0 || i >= texts.size()) return;
        texts.remove(i);
        clearResults();
    }

    /** Classifies every non-empty variant with the playground's model. */
    public void compare() {
        CopyModel m = model.getValue();
        List<String> all = texts.stream().map(StringProperty::get).map(s -> s == null ? "" : s).toList();
        if (m == null) return;
        List<String> written = all.stream().filter(s -> !s.isBlank()).toList();
        if (written.size() < MIN) {
            error.set("Write at least two variants to compare.");
            return;
        }
        long gen = job.next();
        busy.set(true);
        error.set("");
        Explanation how = m.kind() == CopyModel.Kind.ATTENTION ? explanation.getValue() : Explanation.OCCLUSION;
        JobHandle<List<Classification>> h = service.classify(m, written, how, bridge.source(),
                bridge.listener(job.<List<Classification>>listener(gen, p -> {}, o -> {
                    busy.set(false);
                    if (o instanceof JobOutcome.Succeeded<List<Classification>> s) {
                        List<Classification> shown = new ArrayList<>();
                        int next = 0;
                        for (String t : all) shown.add(t.isBlank() ? null : s.value().get(next++));
                        results.setAll(shown);
                        best.set(bestIndex());
                    } else if (o instanceof JobOutcome.Failed<List<Classification>> f) {
                        error.set("The variants could not be classified: " + f.message());
                    }
                })));
        job.started(gen, h);
    }

    /** The variant with the highest probability of the goal label, or -1. */
    private int bestIndex() {
        CopyModel m = model.getValue();
        if (m == null || goal.get() == null || results.isEmpty()) return -1;
        int label = m.labels().indexOf(goal.get());
        int bestAt = -1;
        for (int i = 0; i < results.size(); i++) {
            Classification c = results.get(i);
            if (c == null || label < 0) continue;
            if (bestAt < 0 || c.scores().get(label) > results.get(bestAt).scores().get(label)) bestAt = i;
        }
        return bestAt;
    }

    private void clearResults() {
        job.cancel();
        busy.set(false);
        results.clear();
        best.set(-1);
        error.set("");
    }

    /** The variants' texts, {@value #MIN} to {@value #MAX}. */
    public ObservableList<StringProperty> texts() { return texts; }
    /** One classification per variant after Compare (null for an empty one); empty before. */
    public ObservableList<Classification> results() { return results; }
    /** The model's labels, for choosing the goal. */
    public ObservableList<String> labels() { return labels; }
    /** The label the variants should get: the best variant is the one most likely to get it. */
    public ObjectProperty<String> goalProperty() { return goal; }
    /** The best variant's index, or -1. */
    public ReadOnlyIntegerProperty bestProperty() { return best; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty errorProperty() { return error; }
}
