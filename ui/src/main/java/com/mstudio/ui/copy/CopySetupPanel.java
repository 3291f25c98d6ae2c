package com.mstudio.ui.copy;

import static com.mstudio.ui.common.Labels.muted;

import atlantafx.base.theme.Styles;
import com.mstudio.engine.api.CopyRequest.Models;
import com.mstudio.engine.api.CopyRequest.Tokenizer.Mode;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The left column of the Copy screen: the text and label columns (with the label counts), the tokenizer with a live
 * preview of the first text's tokens, the maximum length with the share of texts it cuts, the models, the seed, an
 * optional test file and the attention model's settings under "Advanced"; Train stays in sight below.
 */
final class CopySetupPanel extends BorderPane {
    private final CopySetupViewModel setup;
    /** Held: JavaFX binds bidirectionally through weak listeners. */
    private final ObjectProperty<Integer> maxLength, embedding, heads, blocks, epochs, patience, batch;
    private final ObjectProperty<Double> dropout;
    private final FlowPane preview = new FlowPane(3, 3);
    private java.util.function.Supplier<Path> testFileChooser = this::chooseTestFile;

    CopySetupPanel(CopyViewModel vm) {
        this.setup = vm.setup();
        setId("copy-setup");
        getStyleClass().add("segment-setup");
        setMinWidth(280);
        setPrefWidth(310);
        Label title = new Label("Setup");
        title.getStyleClass().add(Styles.TITLE_4);

        ComboBox<String> text = combo("copy-text-column", setup.textColumns());
        text.valueProperty().bindBidirectional(setup.textColumnProperty());
        ComboBox<String> label = combo("copy-label-column", setup.labelColumns());
        label.valueProperty().bindBidirectional(setup.labelColumnProperty());
        GridPane columns = grid();
        columns.addRow(0, label("Text"), text);
        columns.addRow(1, label("Label"), label);
        Label counts = muted("");
        counts.setId("copy-label-counts");
        counts.textProperty().bind(setup.labelCountsProperty());
        Label noText = muted("This dataset has no column of free text. Open labelled copy: a text column and a label column.");
        noText.visibleProperty().bind(Bindings.isEmpty(setup.textColumns()));
        noText.managedProperty().bind(noText.visibleProperty());

        ComboBox<Mode> mode = new ComboBox<>();
        mode.getItems().setAll(Mode.values());
        mode.setId("copy-tokenizer-mode");
        mode.setMaxWidth(Double.MAX_VALUE);
        mode.setConverter(converter(m -> switch (m) {
            case AUTO -> "Auto";
            case WORDS -> "Words";
            case CHARACTER_BIGRAMS -> "Character pairs";
        }));
        mode.valueProperty().bindBidirectional(setup.modeProperty());
        mode.setTooltip(new Tooltip("Auto: words for Latin scripts, character pairs for Chinese and Japanese (which have no spaces)"));
        Spinner<Integer> length = spinner("copy-max-length", 4, 512, setup.maxLengthProperty().get());
        maxLength = setup.maxLengthProperty().asObject();
        length.getValueFactory().valueProperty().bindBidirectional(maxLength);
        GridPane tokens = grid();
        tokens.addRow(0, label("Tokens"), mode);
        tokens.addRow(1, label("Max length"), length);
        preview.setId("copy-token-preview");
        preview.getStyleClass().add("token-chips");
        setup.previewTokens().addListener((ListChangeListener<String>) c -> rebuildPreview());
        setup.maxLengthProperty().addListener(o -> rebuildPreview());
        rebuildPreview();
        Label previewOf = muted("");
        previewOf.textProperty().bind(setup.previewTextProperty().map(t -> t.isEmpty() ? "" : "The first text as the model reads it:"));
        Label truncation = muted("");
        truncation.setId("copy-truncation");
        truncation.textProperty().bind(setup.truncationProperty());

        ComboBox<Models> models = new ComboBox<>();
        models.getItems().setAll(Models.values());
        models.setId("copy-models");
        models.setMaxWidth(Double.MAX_VALUE);
        models.setConverter(converter(m -> switch (m) {
            case BOTH -> "Both";
            case ATTENTION -> "Self-attention";
            case BASELINE -> "Baseline";
        }));
        models.valueProperty().bindBidirectional(setup.modelsProperty());
        models.setTooltip(new Tooltip("Both: the self-attention model and a TF-IDF + dense network baseline on the same split, "
                + "so you see whether attention earns its keep"));
        TextField seed = new TextField(String.valueOf(setup.seedProperty().get()));
        seed.setId("copy-seed");
        seed.setTextFormatter(new TextFormatter<>(ch -> ch.getControlNewText().matches("\\d{0,18}") ? ch : null));
        seed.setTooltip(new Tooltip("The same seed and inputs give the same split and the same models, every time"));
        seed.textProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) setup.seedProperty().set(Long.parseLong(now));
        });
        Label testName = muted("");
        testName.setId("copy-test-file");
        testName.textProperty().bind(setup.testFileProperty().map(p -> "Test set: " + p.getFileName()).orElse("Test set: 20% held out"));
        Button pickTest = new Button("Separate test file…");
        pickTest.setId("copy-pick-test");
        pickTest.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        pickTest.setOnAction(e -> {
            Path p = testFileChooser.get();
            if (p != null) setup.testFileProperty().set(p);
        });
        Button clearTest = new Button("Hold out instead");
        clearTest.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        clearTest.visibleProperty().bind(setup.testFileProperty().isNotNull());
        clearTest.managedProperty().bind(clearTest.visibleProperty());
        clearTest.setOnAction(e -> setup.testFileProperty().set(null));
        GridPane how = grid();
        how.addRow(0, label("Models"), models);
        how.addRow(1, label("Seed"), seed);

        Spinner<Integer> embeddingBox = spinner("copy-embedding", 4, 512, setup.embeddingProperty().get());
        embedding = setup.embeddingProperty().asObject();
        embeddingBox.getValueFactory().valueProperty().bindBidirectional(embedding);
        Spinner<Integer> headsBox = spinner("copy-heads", 1, 16, setup.headsProperty().get());
        heads = setup.headsProperty().asObject();
        headsBox.getValueFactory().valueProperty().bindBidirectional(heads);
        Spinner<Integer> blocksBox = spinner("copy-blocks", 1, 6, setup.blocksProperty().get());
        blocks = setup.blocksProperty().asObject();
        blocksBox.getValueFactory().valueProperty().bindBidirectional(blocks);
        Spinner<Double> dropoutBox = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 0.9, setup.dropoutProperty().get(), 0.05));
        dropoutBox.setEditable(true);
        dropoutBox.setId("copy-dropout");
        dropout = setup.dropoutProperty().asObject();
        dropoutBox.getValueFactory().valueProperty().bindBidirectional(dropout);
        Spinner<Integer> epochsBox = spinner("copy-epochs", 1, 500, setup.maxEpochsProperty().get());
        epochs = setup.maxEpochsProperty().asObject();
        epochsBox.getValueFactory().valueProperty().bindBidirectional(epochs);
        Spinner<Integer> patienceBox = spinner("copy-patience", 1, 100, setup.patienceProperty().get());
        patience = setup.patienceProperty().asObject();
        patienceBox.getValueFactory().valueProperty().bindBidirectional(patience);
        patienceBox.setTooltip(new Tooltip("Stop after this many epochs without a better validation loss; the best epoch is kept"));
        Spinner<Integer> batchBox = spinner("copy-batch-size", 1, 1024, setup.batchSizeProperty().get());
        batch = setup.batchSizeProperty().asObject();
        batchBox.getValueFactory().valueProperty().bindBidirectional(batch);
        GridPane advanced = grid();
        advanced.addRow(0, label("Embedding size"), embeddingBox);
        advanced.addRow(1, label("Attention heads"), headsBox);
        advanced.addRow(2, label("Blocks"), blocksBox);
        advanced.addRow(3, label("Dropout"), dropoutBox);
        advanced.addRow(4, label("Max epochs"), epochsBox);
        advanced.addRow(5, label("Patience"), patienceBox);
        advanced.addRow(6, label("Batch size"), batchBox);
        TitledPane advancedPane = new TitledPane("Advanced: attention model", advanced);
        advancedPane.setId("copy-advanced");
        advancedPane.setExpanded(false);
        advancedPane.setAnimated(false);
        advancedPane.getStyleClass().add(Styles.DENSE);

        VBox content = new VBox(8, title, section("Columns"), columns, counts, noText, section("Tokenizer"), tokens,
                previewOf, preview, truncation, section("Models"), how, new HBox(6, testName), new HBox(6, pickTest, clearTest),
                advancedPane);
        content.setPadding(new Insets(16, 14, 16, 16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);

        Label problem = new Label();
        problem.setId("copy-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(setup.problemProperty());
        problem.visibleProperty().bind(setup.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button train = new Button("Train");
        train.setId("copy-train");
        train.getStyleClass().add(Styles.ACCENT);
        train.setMaxWidth(Double.MAX_VALUE);
        train.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(setup.textColumns())));
        train.setOnAction(e -> vm.train());
        Label hint = muted("Changes don't re-run training: they mark the results as out of date.");
        VBox actions = new VBox(8, problem, train, hint);
        actions.getStyleClass().add("setup-actions");
        actions.setPadding(new Insets(10, 14, 12, 16));
        setBottom(actions);
    }

    private void rebuildPreview() {
        preview.getChildren().clear();
        int max = setup.maxLengthProperty().get();
        for (int i = 0; i < setup.previewTokens().size(); i++) {
            Label chip = new Label(setup.previewTokens().get(i));
            chip.setMnemonicParsing(false);
            chip.getStyleClass().add("token-chip");
            if (i >= max) chip.getStyleClass().add("cut");
            preview.getChildren().add(chip);
        }
    }

    private Path chooseTestFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Choose a labelled CSV to test on (same columns)");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv, *.tsv, *.txt)", "*.csv", "*.tsv", "*.txt"));
        File f = fc.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    void setTestFileChooser(java.util.function.Supplier<Path> chooser) { testFileChooser = chooser; }

    private static ComboBox<String> combo(String id, javafx.collections.ObservableList<String> items) {
        ComboBox<String> c = new ComboBox<>(items);
        c.setId(id);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        return s;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        javafx.scene.layout.ColumnConstraints fixed = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints grow = new javafx.scene.layout.ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setMinWidth(0);
        g.getColumnConstraints().addAll(fixed, grow);
        return g;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override public String toString(T v) { return v == null ? "" : text.apply(v); }
            @Override public T fromString(String s) { return null; }
        };
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("setup-section");
        return l;
    }
}
