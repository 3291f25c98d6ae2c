package com.mstudio.ui.segments;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationRequest.Method;
import com.mstudio.ui.common.FeatureOption;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Segments screen's setup panel: method, feature columns (the engine's suggestion ticked), k (auto or fixed),
 * the seed and the RFM columns. It turns them into a {@link SegmentationRequest} and tells its owner about every
 * change the user makes (never about the ones it makes itself when a dataset or a kept model is loaded).
 */
public final class SegmentSetupViewModel {
    public static final int K_MIN = 2;
    public static final int K_MAX = 10;

    private final SegmentService segments;
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(Method.KMEANS);
    private final ObservableList<FeatureOption> features = FXCollections.observableArrayList();
    private final BooleanProperty autoK = new SimpleBooleanProperty(true);
    private final IntegerProperty k = new SimpleIntegerProperty(4);
    private final LongProperty seed = new SimpleLongProperty(SegmentationRequest.DEFAULT_SEED);
    private final BooleanProperty rfmAvailable = new SimpleBooleanProperty();
    private final ObservableList<RfmPicker> rfmPickers = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private RfmColumns detectedRfm;
    private Runnable onChange = () -> {};
    /** True while this class sets its own inputs: those are not the user's edits and must not start a run. */
    private boolean loading;

    public SegmentSetupViewModel(SegmentService segments) {
        this.segments = segments;
        for (Observable o : List.<Observable>of(method, autoK, k, seed)) o.addListener(x -> changed());
    }

    /** Called after every change the user makes (the owner debounces it into a re-run). */
    void setOnChange(Runnable onChange) {
        this.onChange = onChange;
    }

    /** Fills the panel for a dataset: the suggested columns ticked, RFM offered only when its columns were found. */
    void load(DataTable table, Collection<String> personalDataColumns) {
        loading = true;
        try {
            columns.setAll(table == null ? List.of() : table.columns().stream().map(DataTable.ColumnInfo::name).toList());
            Set<String> suggested = table == null ? Set.of() : new HashSet<>(segments.suggestFeatures(table, personalDataColumns));
            List<FeatureOption> choices = new ArrayList<>();
            if (table != null) {
                for (DataTable.ColumnInfo c : table.columns()) {
                    FeatureOption f = new FeatureOption(c, suggested.contains(c.name()));
                    f.selectedProperty().addListener(x -> changed());
                    choices.add(f);
                }
            }
            features.setAll(choices);
            Optional<RfmColumns> rfm = table == null ? Optional.empty() : segments.detectRfm(table);
            detectedRfm = rfm.orElse(null);
            rfmAvailable.set(rfm.isPresent());
            rfmPickers.setAll(rfm.map(SegmentSetupViewModel::pickers).orElse(List.of()));
            rfmPickers.forEach(p -> p.columnProperty().addListener(x -> changed()));
            method.set(Method.KMEANS);
            autoK.set(true);
            seed.set(SegmentationRequest.DEFAULT_SEED);
            problem.set("");
        } finally {
            loading = false;
        }
    }

    /** Shows the inputs a kept model was made with, so that what the panel says matches the result on screen. */
    void show(SegmentModel model) {
        loading = true;
        try {
            method.set(model.method());
            seed.set(model.seed());
            if (model.method() == Method.KMEANS) {
                Set<String> used = Set.copyOf(model.featureColumns());
                features.forEach(f -> f.selectedProperty().set(used.contains(f.column())));
                autoK.set(false);
                k.set(model.k());
            } else if (model.rfm() != null) {
                rfmPickers.setAll(pickers(model.rfm().columns()));
                rfmPickers.forEach(p -> p.columnProperty().addListener(x -> changed()));
            }
        } finally {
            loading = false;
        }
    }

    /** Sets a fixed k (e.g. clicked in the auto-k chart); a change like any other. */
    public void chooseK(int value) {
        k.set(Math.max(K_MIN, value));
        autoK.set(false);
    }

    public void selectDefaults() {
        features.forEach(f -> f.selectedProperty().set(f.suggested()));
    }

    public void selectNone() {
        features.forEach(f -> f.selectedProperty().set(false));
    }

    /** The request for the current inputs, or empty (and {@link #problemProperty()} says why). */
    Optional<SegmentationRequest> request() {
        try {
            SegmentationRequest r = method.get() == Method.RFM
                    ? new SegmentationRequest(Method.RFM, List.of(), SegmentationRequest.AUTO, K_MIN, K_MAX, seed.get(), rfmColumns())
                    : new SegmentationRequest(Method.KMEANS, selectedColumns(), autoK.get() ? SegmentationRequest.AUTO : k.get(),
                            K_MIN, K_MAX, seed.get(), null);
            problem.set("");
            return Optional.of(r);
        } catch (IllegalArgumentException e) {
            problem.set(method.get() == Method.RFM ? "Pick the three RFM columns." : "Tick at least one column to segment on.");
            return Optional.empty();
        }
    }

    public List<String> selectedColumns() {
        return features.stream().filter(f -> f.selectedProperty().get()).map(FeatureOption::column).toList();
    }

    private RfmColumns rfmColumns() {
        if (detectedRfm == null || rfmPickers.size() != 3) throw new IllegalArgumentException("no RFM columns");
        String a = rfmPickers.get(0).columnProperty().get();
        String b = rfmPickers.get(1).columnProperty().get();
        String c = rfmPickers.get(2).columnProperty().get();
        return detectedRfm.isTransactional() ? RfmColumns.transactions(a, b, c)
                : RfmColumns.aggregated(detectedRfm.customerId(), a, b, c);
    }

    private static List<RfmPicker> pickers(RfmColumns c) {
        return c.isTransactional()
                ? List.of(new RfmPicker("Customer id", c.customerId()), new RfmPicker("Date", c.date()), new RfmPicker("Amount", c.amount()))
                : List.of(new RfmPicker("Recency", c.recency()), new RfmPicker("Frequency", c.frequency()), new RfmPicker("Monetary", c.monetary()));
    }

    private void changed() {
        if (!loading) onChange.run();
    }

    public ObjectProperty<Method> methodProperty() { return method; }
    public ObservableList<FeatureOption> features() { return features; }
    public BooleanProperty autoKProperty() { return autoK; }
    public IntegerProperty kProperty() { return k; }
    public LongProperty seedProperty() { return seed; }
    public ReadOnlyBooleanProperty rfmAvailableProperty() { return rfmAvailable; }
    /** The three RFM pickers (empty when the table has no RFM columns). */
    public ObservableList<RfmPicker> rfmPickers() { return rfmPickers; }
    /** Every column name of the dataset, for the RFM pickers. */
    public ObservableList<String> columns() { return columns; }
    /** Why the Segment button cannot run ("Tick at least one column…"), or "". */
    public ReadOnlyStringProperty problemProperty() { return problem; }
}
