package com.mstudio.ui.propensity;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.PropensityRequest.Imbalance;
import com.mstudio.engine.api.PropensityRequest.Models;
import com.mstudio.engine.api.PropensityService.TargetValue;
import com.mstudio.ui.common.FeatureOption;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/**
 * The left column of the Propensity screen: what to predict (target and its "yes"), from which columns (leakage
 * warnings inline), which models, the imbalance handling, the seed, the MLP's settings under "Advanced", and Train,
 * which stays in sight below the scrolling inputs.
 */
final class PropensitySetupPanel extends BorderPane {
    private final PropensitySetupViewModel setup;
    private final VBox featureBoxes = new VBox(3);
    /** Held: JavaFX binds bidirectionally through weak listeners. */
    private final ObjectProperty<Integer> epochs, patience;
    private final ObjectProperty<Double> dropout, rate;

    PropensitySetupPanel(PropensityViewModel vm) {
        this.setup = vm.setup();
        setId("propensity-setup");
        getStyleClass().add("segment-setup");
        setMinWidth(270);
        setPrefWidth(300);

        Label title = new Label("Setup");
        title.getStyleClass().add(Styles.TITLE_4);

        ComboBox<String> target = new ComboBox<>(setup.targets());
        target.setId("target-box");
        target.setMaxWidth(Double.MAX_VALUE);
        target.valueProperty().bindBidirectional(setup.targetProperty());
        ComboBox<TargetValue> positive = new ComboBox<>(setup.positiveValues());
        positive.setId("positive-box");
        positive.setMaxWidth(Double.MAX_VALUE);
        positive.setConverter(new StringConverter<>() {
            @Override public String toString(TargetValue v) { return v == null ? "" : PropensitySetupViewModel.label(v); }
            @Override public TargetValue fromString(String s) { return null; }
        });
        Runnable showPositive = () -> positive.setValue(setup.positiveValues().stream()
                .filter(v -> v.value().equals(setup.positiveProperty().get())).findFirst().orElse(null));
        setup.positiveProperty().addListener((o, was, now) -> showPositive.run());
        setup.positiveValues().addListener((ListChangeListener<TargetValue>) c -> showPositive.run());
        positive.valueProperty().addListener((o, was, now) -> {
            if (now != null && !now.value().equals(setup.positiveProperty().get())) setup.positiveProperty().set(now.value());
        });
        showPositive.run();
        GridPane what = new GridPane();
        what.setHgap(8);
        what.setVgap(6);
        what.addRow(0, label("Predict"), target);
        what.addRow(1, label("Counts as yes"), positive);
        GridPane.setHgrow(target, Priority.ALWAYS);
        GridPane.setHgrow(positive, Priority.ALWAYS);
        Label noTarget = muted("This dataset has no column to predict: it needs a yes/no column, or one with 2 to 20 values.");
        noTarget.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(setup.targets()));
        noTarget.managedProperty().bind(noTarget.visibleProperty());

        ComboBox<Models> models = new ComboBox<>();
        models.getItems().setAll(Models.values());
        models.setId("models-box");
        models.setMaxWidth(Double.MAX_VALUE);
        models.setConverter(converter(m -> switch (m) {
            case BOTH -> "MLP and logistic regression";
            case MLP -> "Neural network (MLP) only";
            case LOGISTIC -> "Logistic regression only";
        }));
        models.valueProperty().bindBidirectional(setup.modelsProperty());
        ComboBox<Imbalance> imbalance = new ComboBox<>();
        imbalance.getItems().setAll(Imbalance.values());
        imbalance.setId("imbalance-box");
        imbalance.setMaxWidth(Double.MAX_VALUE);
        imbalance.setConverter(converter(PropensitySetupPanel::imbalanceText));
        imbalance.valueProperty().bindBidirectional(setup.imbalanceProperty());
        imbalance.setTooltip(new Tooltip("When few customers are positives, a model can score well by always saying no. "
                + "Class weights make each positive count more; oversampling repeats them in training only. "
                + "Auto uses class weights when positives are under 35% of the rows."));

        TextField seed = new TextField(String.valueOf(setup.seedProperty().get()));
        seed.setId("propensity-seed");
        seed.setPrefColumnCount(8);
        seed.setTextFormatter(new TextFormatter<>(ch -> ch.getControlNewText().matches("\\d{0,18}") ? ch : null));
        seed.setTooltip(new Tooltip("The same seed and inputs give the same split and the same models, every time"));
        seed.textProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && Long.parseLong(now) != setup.seedProperty().get()) setup.seedProperty().set(Long.parseLong(now));
        });
        setup.seedProperty().addListener((o, was, now) -> {
            if (!seed.getText().equals(String.valueOf(now))) seed.setText(String.valueOf(now));
        });
        GridPane how = new GridPane();
        how.setHgap(8);
        how.setVgap(6);
        how.addRow(0, label("Imbalance"), imbalance);
        how.addRow(1, label("Seed"), seed);
        GridPane.setHgrow(imbalance, Priority.ALWAYS);

        // Advanced: the MLP's settings; most users never open it.
        TextField layers = new TextField();
        layers.setId("layers-field");
        layers.textProperty().bindBidirectional(setup.layersProperty());
        layers.setTooltip(new Tooltip("Units per hidden layer, e.g. \"64, 32\" (ReLU), then one sigmoid output"));
        Spinner<Integer> maxEpochs = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1000, setup.maxEpochsProperty().get()));
        maxEpochs.setId("epochs-spinner");
        maxEpochs.setEditable(true);
        epochs = setup.maxEpochsProperty().asObject();
        maxEpochs.getValueFactory().valueProperty().bindBidirectional(epochs);
        Spinner<Integer> patienceBox = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100, setup.patienceProperty().get()));
        patienceBox.setId("patience-spinner");
        patienceBox.setEditable(true);
        patience = setup.patienceProperty().asObject();
        patienceBox.getValueFactory().valueProperty().bindBidirectional(patience);
        patienceBox.setTooltip(new Tooltip("Stop after this many epochs without a better validation loss; the best epoch is kept"));
        Spinner<Double> dropoutBox = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 0.9, setup.dropoutProperty().get(), 0.05));
        dropoutBox.setId("dropout-spinner");
        dropoutBox.setEditable(true);
        dropout = setup.dropoutProperty().asObject();
        dropoutBox.getValueFactory().valueProperty().bindBidirectional(dropout);
        ComboBox<Double> rateBox = new ComboBox<>();
        rateBox.getItems().setAll(0.0001, 0.0003, 0.001, 0.003, 0.01);
        rateBox.setId("rate-box");
        rateBox.setConverter(converter(d -> String.format(Locale.ROOT, "%s", d)));
        rate = setup.learningRateProperty().asObject();
        rateBox.valueProperty().bindBidirectional(rate);
        for (var c : new javafx.scene.control.Control[] {maxEpochs, patienceBox, dropoutBox, rateBox}) c.setPrefWidth(110);
        GridPane advanced = new GridPane();
        advanced.setHgap(8);
        advanced.setVgap(6);
        advanced.addRow(0, label("Hidden layers"), layers);
        advanced.addRow(1, label("Dropout"), dropoutBox);
        advanced.addRow(2, label("Max epochs"), maxEpochs);
        advanced.addRow(3, label("Patience"), patienceBox);
        advanced.addRow(4, label("Learning rate"), rateBox);
        TitledPane advancedPane = new TitledPane("Advanced: neural network", advanced);
        advancedPane.setId("advanced-pane");
        advancedPane.setExpanded(false);
        advancedPane.setAnimated(false); // opens at once: no half-open frame (and screenshots see it whole)
        advancedPane.getStyleClass().add(Styles.DENSE);

        Hyperlink defaults = new Hyperlink("Defaults");
        defaults.setId("propensity-features-defaults");
        defaults.setOnAction(e -> setup.selectDefaults());
        Hyperlink none = new Hyperlink("None");
        none.setId("propensity-features-none");
        none.setOnAction(e -> setup.selectNone());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox columnsHead = new HBox(4, section("Learn from"), grow, defaults, none);
        columnsHead.setAlignment(Pos.CENTER_LEFT);
        Label leakage = new Label();
        leakage.setId("leakage-summary");
        leakage.getStyleClass().add("leak-warning");
        leakage.setWrapText(true);
        leakage.textProperty().bind(setup.leakageSummaryProperty());
        leakage.visibleProperty().bind(setup.leakageSummaryProperty().isNotEmpty());
        leakage.managedProperty().bind(leakage.visibleProperty());
        setup.features().addListener((ListChangeListener<FeatureOption>) c -> rebuildFeatures());
        rebuildFeatures();

        VBox content = new VBox(8, title, section("What to predict"), what, noTarget, section("Models"), models,
                how, advancedPane, columnsHead, leakage, featureBoxes);
        content.setPadding(new Insets(16, 14, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("propensity-setup-scroll");
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);

        Label problem = new Label();
        problem.setId("propensity-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(setup.problemProperty());
        problem.visibleProperty().bind(setup.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button train = new Button("Train");
        train.setId("train-button");
        train.getStyleClass().add(Styles.ACCENT);
        train.setMaxWidth(Double.MAX_VALUE);
        train.disableProperty().bind(vm.busyProperty());
        train.setOnAction(e -> vm.train());
        Label hint = muted("Training takes a while, so changes don't re-run it: they mark the results as out of date.");
        VBox actions = new VBox(8, problem, train, hint);
        actions.getStyleClass().add("setup-actions");
        actions.setPadding(new Insets(10, 14, 12, 16));
        setBottom(actions);
    }

    static String imbalanceText(Imbalance i) {
        return switch (i) {
            case AUTO -> "Auto";
            case CLASS_WEIGHTS -> "Class weights";
            case OVERSAMPLE -> "Oversample the positives";
            case NONE -> "None";
        };
    }

    private void rebuildFeatures() {
        featureBoxes.getChildren().clear();
        for (FeatureOption f : setup.features()) {
            CheckBox box = new CheckBox(f.column());
            box.setId("pfeature-" + f.column());
            box.setMnemonicParsing(false);
            box.selectedProperty().bindBidirectional(f.selectedProperty());
            Label kind = muted(f.kind());
            kind.setWrapText(false);
            kind.setMinWidth(Region.USE_PREF_SIZE);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox row = new HBox(6, box, grow, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            Label warning = new Label();
            warning.setId("leak-" + f.column());
            warning.getStyleClass().add("leak-warning");
            warning.setWrapText(true);
            warning.textProperty().bind(f.warningProperty().map(w -> w.isEmpty() ? "" : "⚠ " + w));
            warning.visibleProperty().bind(f.warningProperty().isNotEmpty());
            warning.managedProperty().bind(warning.visibleProperty());
            featureBoxes.getChildren().add(new VBox(2, row, warning));
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T v) { return v == null ? "" : text.apply(v); }
            @Override public T fromString(String s) { return null; }
        };
    }

    /** A form label that never shrinks to an ellipsis: the field next to it gives way instead. */
    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("setup-section");
        return l;
    }

    static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("muted");
        l.setWrapText(true);
        return l;
    }
}
