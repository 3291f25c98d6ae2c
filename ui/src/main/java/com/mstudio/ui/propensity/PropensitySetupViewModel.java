package com.mstudio.ui.propensity;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityRequest.Imbalance;
import com.mstudio.engine.api.PropensityRequest.MlpSettings;
import com.mstudio.engine.api.PropensityRequest.Models;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.PropensityService.TargetValue;
import com.mstudio.ui.common.FeatureOption;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Propensity screen's setup: target and its positive value, the feature checklist (the engine's suggestion ticked,
 * leakage warnings next to the suspicious columns), which models, the MLP's settings, imbalance handling and the seed.
 * It builds the {@link PropensityRequest} and tells its owner about every change the user makes (never about those it
 * makes itself while loading a dataset or showing a kept model), so that results can be marked out of date.
 */
public final class PropensitySetupViewModel {
    /** The columns scoring writes: never suggested as features (they come from a model of the target itself). */
    static final Set<String> SCORE_COLUMNS = Set.of("propensity", "propensity_decile");

    private final PropensityService service;
    private final JobRunner jobs;
    private final UiBridge bridge;
    /** The leakage check: a scan of every row (about a second on 1M rows), so an I/O-lane job, latest wins. */
    private final LatestJob leakageJob = new LatestJob();
    /** True from the start of the newest leakage check until its warnings (or its end) reached this thread. */
    private boolean checking;
    private DataTable table;
    private List<String> personalData = List.of();
    private boolean loading;
    private Runnable onChange = () -> {};

    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObjectProperty<String> target = new SimpleObjectProperty<>();
    private final ObservableList<TargetValue> positiveValues = FXCollections.observableArrayList();
    private final ObjectProperty<String> positive = new SimpleObjectProperty<>();
    private final ObservableList<FeatureOption> features = FXCollections.observableArrayList();
    private final ObjectProperty<Models> models = new SimpleObjectProperty<>(Models.BOTH);
    private final StringProperty layers = new SimpleStringProperty("64, 32");
    private final DoubleProperty dropout = new SimpleDoubleProperty();
    private final IntegerProperty maxEpochs = new SimpleIntegerProperty();
    private final IntegerProperty patience = new SimpleIntegerProperty();
    private final DoubleProperty learningRate = new SimpleDoubleProperty();
    private final IntegerProperty batchSize = new SimpleIntegerProperty();
    private final ObjectProperty<Imbalance> imbalance = new SimpleObjectProperty<>(Imbalance.AUTO);
    private final LongProperty seed = new SimpleLongProperty(PropensityRequest.DEFAULT_SEED);
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private final SimpleStringProperty leakageSummary = new SimpleStringProperty("");

    PropensitySetupViewModel(PropensityService service, JobRunner jobs, UiBridge bridge) {
        this.service = service;
        this.jobs = jobs;
        this.bridge = bridge;
        resetSettings();
        target.addListener((o, was, now) -> targetChanged());
        positive.addListener((o, was, now) -> { checkLeakage(); changed(); });
        for (var p : List.of(models, layers, dropout, maxEpochs, patience, learningRate, batchSize, imbalance, seed)) {
            p.addListener(o -> changed());
        }
    }

    void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> {} : onChange;
    }

    /** Fills the panel for a dataset: {@code churn} as the target when there is one, its likeliest positive value. */
    void load(DataTable table, Collection<String> personalDataColumns) {
        loading = true;
        try {
            this.table = table;
            this.personalData = personalDataColumns == null ? List.of() : List.copyOf(personalDataColumns);
            List<String> candidates = table == null ? List.of() : service.targetCandidates(table);
            targets.setAll(candidates);
            target.set(null);
            target.set(candidates.isEmpty() ? null : defaultTarget(candidates));
            resetSettings();
            problem.set("");
        } finally {
            loading = false;
        }
    }

    private static String defaultTarget(List<String> candidates) {
        for (String c : candidates) if (c.equalsIgnoreCase("churn")) return c;
        for (String c : candidates) if (c.toLowerCase(Locale.ROOT).contains("churn")) return c;
        return candidates.get(0);
    }

    private void resetSettings() {
        MlpSettings d = MlpSettings.DEFAULT;
        models.set(Models.BOTH);
        layers.set(d.hiddenLayers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        dropout.set(d.dropout());
        maxEpochs.set(d.maxEpochs());
        patience.set(d.patience());
        learningRate.set(d.learningRate());
        batchSize.set(d.batchSize());
        imbalance.set(Imbalance.AUTO);
        seed.set(PropensityRequest.DEFAULT_SEED);
    }

    /** A new target: its values (the likeliest positive first) and the features suggested for it. */
    private void targetChanged() {
        boolean wasLoading = loading;
        loading = true;
        try {
            String t = target.get();
            positiveValues.setAll(table == null || t == null ? List.of() : service.targetValues(table, t));
            positive.set(positiveValues.isEmpty() ? null : positiveValues.get(0).value());
            Set<String> suggested = table == null || t == null ? Set.of()
                    : new HashSet<>(service.suggestFeatures(table, t, personalData));
            List<FeatureOption> options = new ArrayList<>();
            if (table != null) {
                for (DataTable.ColumnInfo c : table.columns()) {
                    // Personal data never goes into a model: its masked codes would only be memorised.
                    if (c.name().equals(t) || personalData.contains(c.name())) continue;
                    FeatureOption f = new FeatureOption(c,
                            suggested.contains(c.name()) && !SCORE_COLUMNS.contains(c.name()));
                    f.selectedProperty().addListener(x -> { checkLeakage(); changed(); });
                    options.add(f);
                }
            }
            features.setAll(options);
        } finally {
            loading = wasLoading;
        }
        checkLeakage();
        changed();
    }

    /**
     * The warnings follow every tick, but the check scans every row (about a second on 1M rows), so it runs as a job
     * on the I/O lane (pure Java, no model): the old warnings go at once and the newest check's warnings appear when
     * it ends; a check superseded by a newer tick is cancelled and its result ignored.
     */
    private void checkLeakage() {
        features.forEach(f -> f.warn(""));
        leakageSummary.set("");
        DataTable tbl = table;
        String t = target.get(), p = positive.get();
        List<String> chosen = selectedColumns();
        if (tbl == null || t == null || p == null || chosen.isEmpty()) {
            leakageJob.cancel();
            checking = false;
            return;
        }
        long gen = leakageJob.next();
        checking = true;
        leakageJob.started(gen, jobs.submit("Checking for leakage", Lane.IO,
                ctx -> {
                    try {
                        return service.checkLeakage(tbl, t, p, chosen);
                    } catch (com.mstudio.engine.api.StudioException e) {
                        // e.g. a positive value no row has: training says so in words when the user presses Train
                        return List.<PropensityService.LeakageWarning>of();
                    }
                },
                bridge.source(), bridge.listener(leakageJob.<List<PropensityService.LeakageWarning>>listener(gen, pr -> {},
                        o -> { checking = false; if (o instanceof JobOutcome.Succeeded<List<PropensityService.LeakageWarning>> s) showLeakage(s.value()); }))));
    }

    private void showLeakage(List<PropensityService.LeakageWarning> warnings) {
        Map<String, FeatureOption> byColumn = features.stream().collect(Collectors.toMap(FeatureOption::column, f -> f));
        for (var w : warnings) {
            FeatureOption f = byColumn.get(w.column());
            if (f != null) f.warn(w.reason());
        }
        if (!warnings.isEmpty()) {
            leakageSummary.set(warnings.size() == 1
                    ? "1 ticked column may give the answer away; see the warning next to it."
                    : warnings.size() + " ticked columns may give the answer away; see the warnings next to them.");
        }
    }

    /** Whether a leakage check is running (its warnings are not shown yet). */
    boolean isCheckingLeakage() {
        return checking;
    }

    /** Shows the inputs a kept model was trained with, so that the panel matches the figures on screen. */
    void show(PropensityModel model) {
        loading = true;
        try {
            if (targets.contains(model.target())) target.set(model.target());
            positive.set(model.positiveValue());
            Set<String> used = Set.copyOf(model.features());
            features.forEach(f -> f.selectedProperty().set(used.contains(f.column())));
            seed.set(model.seed());
            MlpSettings s = model.settings();
            if (s != null) {
                layers.set(s.hiddenLayers().stream().map(String::valueOf).collect(Collectors.joining(", ")));
                dropout.set(s.dropout());
                maxEpochs.set(s.maxEpochs());
                patience.set(s.patience());
                learningRate.set(s.learningRate());
                batchSize.set(s.batchSize());
            }
        } finally {
            loading = false;
        }
        checkLeakage();
    }

    public void selectDefaults() {
        features.forEach(f -> f.selectedProperty().set(f.suggested()));
    }

    public void selectNone() {
        features.forEach(f -> f.selectedProperty().set(false));
    }

    public List<String> selectedColumns() {
        return features.stream().filter(f -> f.selectedProperty().get()).map(FeatureOption::column).toList();
    }

    /** The request for the current inputs, or empty (and {@link #problemProperty()} says why, in words). */
    Optional<PropensityRequest> request() {
        String why = null;
        if (target.get() == null) why = "Pick the column to predict.";
        else if (positive.get() == null) why = "Pick which value of " + target.get() + " counts as a yes.";
        else if (selectedColumns().isEmpty()) why = "Tick at least one column to learn from.";
        if (why != null) {
            problem.set(why);
            return Optional.empty();
        }
        MlpSettings mlp;
        try {
            mlp = new MlpSettings(parseLayers(layers.get()), dropout.get(), learningRate.get(), batchSize.get(),
                    maxEpochs.get(), patience.get());
        } catch (IllegalArgumentException e) {
            problem.set("Check the neural network's settings: " + e.getMessage() + ".");
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(new PropensityRequest(target.get(), positive.get(), selectedColumns(), models.get(), mlp,
                imbalance.get(), 0.15, 0.20, seed.get()));
    }

    /** "64, 32" → [64, 32]; anything else is refused with the reason. */
    static List<Integer> parseLayers(String text) {
        List<Integer> units = new ArrayList<>();
        for (String part : (text == null ? "" : text).split("[,;\\s]+")) {
            if (part.isBlank()) continue;
            try {
                units.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("hidden layers are unit counts such as \"64, 32\", not \"" + part + "\"");
            }
        }
        if (units.isEmpty()) throw new IllegalArgumentException("give at least one hidden layer, such as \"64, 32\"");
        return units;
    }

    /** "Yes (1,869)": how a target value reads in the picker. */
    public static String label(TargetValue v) {
        return (v.value().isEmpty() ? "(empty)" : v.value()) + " (" + Formats.count(v.count()) + ")";
    }

    private void changed() {
        if (!loading) onChange.run();
    }

    public ObservableList<String> targets() { return targets; }
    public ObjectProperty<String> targetProperty() { return target; }
    public ObservableList<TargetValue> positiveValues() { return positiveValues; }
    public ObjectProperty<String> positiveProperty() { return positive; }
    public ObservableList<FeatureOption> features() { return features; }
    public ObjectProperty<Models> modelsProperty() { return models; }
    /** Hidden layer sizes as typed, e.g. "64, 32". */
    public StringProperty layersProperty() { return layers; }
    public DoubleProperty dropoutProperty() { return dropout; }
    public IntegerProperty maxEpochsProperty() { return maxEpochs; }
    public IntegerProperty patienceProperty() { return patience; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public IntegerProperty batchSizeProperty() { return batchSize; }
    public ObjectProperty<Imbalance> imbalanceProperty() { return imbalance; }
    public LongProperty seedProperty() { return seed; }
    /** Why Train cannot run, or "". */
    public ReadOnlyStringProperty problemProperty() { return problem; }
    /** "2 ticked columns may give the answer away…", or "". */
    public ReadOnlyStringProperty leakageSummaryProperty() { return leakageSummary; }
}
