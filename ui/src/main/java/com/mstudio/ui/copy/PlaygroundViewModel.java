package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.Explanation;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.ui.common.Debouncer;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Duration;
import java.util.List;

/**
 * The playground: as the user types, the text is classified with the chosen model (300 ms after the last key, the
 * newest text wins, a superseded run is cancelled) and shown with its label, every class's probability and each token's
 * weight. The variants comparison lives in {@link VariantsViewModel}; both use the model chosen here.
 */
public final class PlaygroundViewModel {
    static final Duration DEBOUNCE = Duration.ofMillis(300);

    private final CopyService service;
    private final UiBridge bridge;
    private final ObservableList<CopyModel> models;
    private final Debouncer debouncer;
    private final LatestJob job = new LatestJob();
    private final ObjectProperty<CopyModel> model = new SimpleObjectProperty<>();
    private final ObjectProperty<Explanation> explanation = new SimpleObjectProperty<>(Explanation.OCCLUSION);
    private final SimpleBooleanProperty attentionAvailable = new SimpleBooleanProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final SimpleObjectProperty<Classification> classification = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final VariantsViewModel variants;

    PlaygroundViewModel(CopyService service, UiBridge bridge, ObservableList<CopyModel> models) {
        this.service = service;
        this.bridge = bridge;
        this.models = models;
        this.debouncer = new Debouncer(DEBOUNCE, bridge.ui());
        this.variants = new VariantsViewModel(service, bridge, model, explanation);
        models.addListener((ListChangeListener<CopyModel>) c -> model.set(CopyTexts.best(models)));
        model.addListener(o -> {
            // A baseline has no attention to show: its tokens are weighed by occlusion.
            boolean attention = model.get() != null && model.get().kind() == CopyModel.Kind.ATTENTION;
            attentionAvailable.set(attention);
            if (!attention) explanation.set(Explanation.OCCLUSION);
            classifyNow();
        });
        explanation.addListener(o -> classifyNow());
        text.addListener(o -> {
            if (text.get() == null || text.get().isBlank()) classifyNow(); else debouncer.trigger(this::classifyNow);
        });
    }

    /** Classifies the text at once (the debounced edits end here too). */
    public void classifyNow() {
        debouncer.cancel();
        CopyModel m = model.get();
        String t = text.get();
        if (m == null || t == null || t.isBlank()) {
            job.cancel();
            busy.set(false);
            classification.set(null);
            error.set("");
            return;
        }
        long gen = job.next();
        busy.set(true);
        Explanation how = m.kind() == CopyModel.Kind.ATTENTION ? explanation.get() : Explanation.OCCLUSION;
        JobHandle<List<Classification>> h = service.classify(m, List.of(t), how, bridge.source(),
                bridge.listener(job.<List<Classification>>listener(gen, p -> {}, this::classified)));
        job.started(gen, h);
    }

    private void classified(JobOutcome<List<Classification>> outcome) {
        busy.set(false);
        if (outcome instanceof JobOutcome.Succeeded<List<Classification>> s) {
            classification.set(s.value().get(0));
            error.set("");
        } else if (outcome instanceof JobOutcome.Failed<List<Classification>> f) {
            error.set("This text could not be classified: " + f.message());
        }
    }

    /** Whether an edit waits for the pause before it is classified. */
    public boolean isPending() {
        return debouncer.isPending();
    }

    public ObservableList<CopyModel> models() { return models; }
    /** The model the playground and the variants use; the best on test macro-F1 when models arrive. */
    public ObjectProperty<CopyModel> modelProperty() { return model; }
    public StringProperty textProperty() { return text; }
    /** How the tokens are weighed: occlusion (every model) or attention (attention models only). */
    public ObjectProperty<Explanation> explanationProperty() { return explanation; }
    /** Whether the chosen model can show attention weights. */
    public ReadOnlyBooleanProperty attentionAvailableProperty() { return attentionAvailable; }
    /** The newest text's label, scores and token weights, or null (no text, no model). */
    public ReadOnlyObjectProperty<Classification> classificationProperty() { return classification; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty errorProperty() { return error; }
    public VariantsViewModel variants() { return variants; }
}
