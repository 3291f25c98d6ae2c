package com.mstudio.ui.segments;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.SegmentationRequest.Method;
import com.mstudio.ui.common.FeatureOption;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import static com.mstudio.ui.common.Labels.muted;

/**
 * The left column of the Segments screen: how to segment (k-means or RFM), on which columns, how many segments, the
 * seed, and the Segment button. Scrolls when the dataset has many columns.
 */
final class SetupPanel extends BorderPane {
    private final SegmentSetupViewModel setup;
    private final VBox featureBoxes = new VBox(4);
    private final VBox rfmBoxes = new VBox(8);
    /** Held so the bidirectional binding with the spinner is not collected (JavaFX binds weakly). */
    private final ObjectProperty<Integer> kValue;

    SetupPanel(SegmentsViewModel vm) {
        this.setup = vm.setup();
        setId("segment-setup");
        getStyleClass().add("segment-setup");
        setMinWidth(250);
        setPrefWidth(280);

        Label title = new Label("Setup");
        title.getStyleClass().add(Styles.TITLE_4);

        ToggleGroup methods = new ToggleGroup();
        RadioButton kmeans = new RadioButton("k-means on columns");
        kmeans.setId("method-kmeans");
        kmeans.setToggleGroup(methods);
        RadioButton rfm = new RadioButton("RFM groups");
        rfm.setId("method-rfm");
        rfm.setToggleGroup(methods);
        rfm.disableProperty().bind(setup.rfmAvailableProperty().not());
        Label noRfm = muted("RFM (recency, frequency, monetary) needs a customer id, a date and an amount, or "
                + "recency, frequency and monetary columns; this dataset has none.");
        noRfm.visibleProperty().bind(setup.rfmAvailableProperty().not());
        noRfm.managedProperty().bind(noRfm.visibleProperty());
        Runnable showMethod = () -> (setup.methodProperty().get() == Method.RFM ? rfm : kmeans).setSelected(true);
        showMethod.run();
        setup.methodProperty().addListener((o, was, now) -> showMethod.run());
        methods.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) setup.methodProperty().set(now == rfm ? Method.RFM : Method.KMEANS);
        });

        // k-means: columns, k, seed
        Hyperlink defaults = new Hyperlink("Defaults");
        defaults.setId("features-defaults");
        defaults.setOnAction(e -> setup.selectDefaults());
        Hyperlink none = new Hyperlink("None");
        none.setId("features-none");
        none.setOnAction(e -> setup.selectNone());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox columnsHead = new HBox(4, section("Columns"), grow, defaults, none);
        columnsHead.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        setup.features().addListener((ListChangeListener<FeatureOption>) c -> rebuildFeatures());
        rebuildFeatures();

        ToggleGroup kModes = new ToggleGroup();
        RadioButton auto = new RadioButton("Auto (try " + SegmentSetupViewModel.K_MIN + " to " + SegmentSetupViewModel.K_MAX + ")");
        auto.setId("k-auto");
        auto.setToggleGroup(kModes);
        RadioButton fixed = new RadioButton("Fixed");
        fixed.setId("k-fixed");
        fixed.setToggleGroup(kModes);
        Spinner<Integer> k = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 20, setup.kProperty().get()));
        k.setId("k-spinner");
        k.setEditable(true);
        k.setPrefWidth(84);
        kValue = setup.kProperty().asObject();
        k.getValueFactory().valueProperty().bindBidirectional(kValue);
        k.disableProperty().bind(setup.autoKProperty());
        Runnable showK = () -> (setup.autoKProperty().get() ? auto : fixed).setSelected(true);
        showK.run();
        setup.autoKProperty().addListener((o, was, now) -> showK.run());
        kModes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) setup.autoKProperty().set(now == auto);
        });
        HBox fixedRow = new HBox(10, fixed, k);
        fixedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox kRow = new VBox(6, auto, fixedRow);

        TextField seed = new TextField(String.valueOf(setup.seedProperty().get()));
        seed.setId("seed-field");
        seed.setPrefColumnCount(8);
        seed.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("\\d{0,18}") ? change : null));
        seed.setTooltip(new Tooltip("The same seed and inputs give the same segments, every time"));
        seed.textProperty().addListener((o, was, now) -> {
            if (!now.isEmpty() && Long.parseLong(now) != setup.seedProperty().get()) setup.seedProperty().set(Long.parseLong(now));
        });
        setup.seedProperty().addListener((o, was, now) -> {
            if (!seed.getText().equals(String.valueOf(now))) seed.setText(String.valueOf(now));
        });
        HBox seedRow = new HBox(8, new Label("Seed"), seed);
        seedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        // k and the seed before the columns: with 20 columns the checklist is long, and these must stay in sight.
        VBox kmeansBox = new VBox(8, section("Segments (k)"), kRow, seedRow, columnsHead, featureBoxes);
        kmeansBox.visibleProperty().bind(setup.methodProperty().isEqualTo(Method.KMEANS));
        kmeansBox.managedProperty().bind(kmeansBox.visibleProperty());

        setup.rfmPickers().addListener((ListChangeListener<RfmPicker>) c -> rebuildRfm());
        rebuildRfm();
        VBox rfmBox = new VBox(8, section("RFM columns"), rfmBoxes,
                muted("Each measure is scored 1–5 in quantiles, and the scores map to groups such as Champions, "
                        + "Loyal, At risk and Lost."));
        rfmBox.visibleProperty().bind(setup.methodProperty().isEqualTo(Method.RFM));
        rfmBox.managedProperty().bind(rfmBox.visibleProperty());

        Label problem = new Label();
        problem.setId("setup-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(setup.problemProperty());
        problem.visibleProperty().bind(setup.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button run = new Button("Segment");
        run.setId("segment-button");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.setMaxWidth(Double.MAX_VALUE);
        run.setOnAction(e -> vm.segment());
        Label rerunHint = muted("After the first run, changes re-run it by themselves.");

        VBox content = new VBox(10, title, section("Method"), kmeans, rfm, noRfm, kmeansBox, rfmBox);
        content.setPadding(new Insets(16, 14, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("segment-setup-scroll");
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        // The Segment button stays in sight below the scrolling inputs.
        VBox actions = new VBox(8, problem, run, rerunHint);
        actions.getStyleClass().add("setup-actions");
        actions.setPadding(new Insets(10, 14, 12, 16));
        setBottom(actions);
    }

    private void rebuildFeatures() {
        featureBoxes.getChildren().clear();
        for (FeatureOption f : setup.features()) {
            CheckBox box = new CheckBox(f.column());
            box.setId("feature-" + f.column());
            box.selectedProperty().bindBidirectional(f.selectedProperty());
            box.setMnemonicParsing(false);
            Label kind = muted(f.kind());
            kind.setWrapText(false);
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            HBox row = new HBox(6, box, grow, kind);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            featureBoxes.getChildren().add(row);
        }
    }

    private void rebuildRfm() {
        rfmBoxes.getChildren().clear();
        for (RfmPicker p : setup.rfmPickers()) {
            ComboBox<String> box = new ComboBox<>(setup.columns());
            box.setId("rfm-" + p.label().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            box.valueProperty().bindBidirectional(p.columnProperty());
            box.setMaxWidth(Double.MAX_VALUE);
            Label l = new Label(p.label());
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setPrefWidth(90);
            HBox row = new HBox(8, l, box);
            HBox.setHgrow(box, Priority.ALWAYS);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            rfmBoxes.getChildren().add(row);
        }
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("setup-section");
        return l;
    }

}
