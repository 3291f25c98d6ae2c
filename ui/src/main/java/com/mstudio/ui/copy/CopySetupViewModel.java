package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyRequest.AttentionSettings;
import com.mstudio.engine.api.CopyRequest.Models;
import com.mstudio.engine.api.CopyRequest.Tokenizer;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.DataTable;
import com.mstudio.ui.common.Formats;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.DoubleProperty;
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

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Copy screen's setup: which column holds the copy and which its label, how texts become tokens (with a live
 * preview of the first text and the share of texts the maximum length would cut), which models, the seed, the attention
 * model's settings, and an optional separate test file. Everything here is quick (no ND4J): the tokenizer is the
 * model's own, so what the user sees is what the model will get.
 */
public final class CopySetupViewModel {
    /** Texts looked at for the truncation share: enough for a stable percentage, quick on the UI thread. */
    static final int SAMPLE_TEXTS = 2_000;

    private final CopyService service;
    private DataTable table;
    /** Token counts of the sampled texts for the current column and mode; a new maximum length only recounts. */
    private int[] tokenCounts = new int[0];
    private Runnable onChange = () -> {};

    private final ObservableList<String> textColumns = FXCollections.observableArrayList();
    private final ObservableList<String> labelColumns = FXCollections.observableArrayList();
    private final StringProperty textColumn = new SimpleStringProperty();
    private final StringProperty labelColumn = new SimpleStringProperty();
    private final SimpleStringProperty labelCounts = new SimpleStringProperty("");
    private final ObjectProperty<Tokenizer.Mode> mode = new SimpleObjectProperty<>(Tokenizer.DEFAULT.mode());
    private final IntegerProperty maxLength = new SimpleIntegerProperty(Tokenizer.DEFAULT.maxLength());
    private final ObservableList<String> previewTokens = FXCollections.observableArrayList();
    private final SimpleStringProperty previewText = new SimpleStringProperty("");
    private final SimpleStringProperty truncation = new SimpleStringProperty("");
    private final ObjectProperty<Models> models = new SimpleObjectProperty<>(Models.BOTH);
    private final LongProperty seed = new SimpleLongProperty(CopyRequest.DEFAULT_SEED);
    private final IntegerProperty embedding = new SimpleIntegerProperty(AttentionSettings.DEFAULT.embedding());
    private final IntegerProperty heads = new SimpleIntegerProperty(AttentionSettings.DEFAULT.heads());
    private final IntegerProperty blocks = new SimpleIntegerProperty(AttentionSettings.DEFAULT.blocks());
    private final DoubleProperty dropout = new SimpleDoubleProperty(AttentionSettings.DEFAULT.dropout());
    private final DoubleProperty learningRate = new SimpleDoubleProperty(AttentionSettings.DEFAULT.learningRate());
    private final IntegerProperty batchSize = new SimpleIntegerProperty(AttentionSettings.DEFAULT.batchSize());
    private final IntegerProperty maxEpochs = new SimpleIntegerProperty(AttentionSettings.DEFAULT.maxEpochs());
    private final IntegerProperty patience = new SimpleIntegerProperty(AttentionSettings.DEFAULT.patience());
    private final ObjectProperty<Path> testFile = new SimpleObjectProperty<>();
    private final SimpleStringProperty problem = new SimpleStringProperty("");

    public CopySetupViewModel(CopyService service) {
        this.service = service;
        textColumn.addListener(o -> {
            suggestLength();
            textChanged();
        });
        mode.addListener(o -> textChanged());
        maxLength.addListener(o -> lengthChanged());
        labelColumn.addListener(o -> labelChanged());
        for (Observable p : List.<Observable>of(textColumn, labelColumn, mode, maxLength, models, seed, embedding, heads,
                blocks, dropout, learningRate, batchSize, maxEpochs, patience, testFile)) {
            p.addListener(o -> {
                problem.set("");
                onChange.run();
            });
        }
    }

    /** A new dataset (or none): the column suggestions and their defaults. */
    void load(DataTable table) {
        this.table = table;
        textColumns.setAll(table == null ? List.of() : service.textColumns(table));
        labelColumns.setAll(table == null ? List.of() : service.labelColumns(table));
        labelColumn.set(labelColumns.stream().filter(c -> !textColumns.contains(c)).findFirst()
                .orElse(labelColumns.isEmpty() ? null : labelColumns.get(0)));
        textColumn.set(textColumns.stream().filter(c -> !c.equals(labelColumn.get())).findFirst().orElse(null));
        testFile.set(null);
        suggestLength(); // also when the new table's text column has the old one's name
        textChanged();
        labelChanged();
    }

    /** The request for the current inputs, or empty with {@link #problemProperty()} saying what is wrong. */
    public Optional<CopyRequest> request() {
        if (table == null) return Optional.empty();
        try {
            AttentionSettings settings = new AttentionSettings(embedding.get(), heads.get(), blocks.get(), dropout.get(),
                    learningRate.get(), batchSize.get(), maxEpochs.get(), patience.get());
            CopyRequest r = new CopyRequest(textColumn.get(), labelColumn.get(), models.get(), tokenizer(), settings,
                    0.15, 0.2, seed.get());
            problem.set("");
            return Optional.of(r);
        } catch (IllegalArgumentException e) {
            problem.set(sentence(e.getMessage()));
            return Optional.empty();
        }
    }

    /** The tokenizer for the current mode and maximum length (the other settings are the engine's defaults). */
    public Tokenizer tokenizer() {
        Tokenizer d = Tokenizer.DEFAULT;
        return new Tokenizer(mode.get(), d.lowercase(), d.minFrequency(), d.maxVocabulary(), Math.max(4, maxLength.get()));
    }

    /**
     * Starts the maximum length from the engine's suggestion for the chosen text column (most texts fit, a few long
     * ones are cut) rather than a fixed number: subject lines need 16 tokens, reviews well over 100. Only a new
     * column or table resets it; a length the user typed stays through a change of tokenizer mode.
     */
    private void suggestLength() {
        if (table == null || textColumn.get() == null || table.indexOf(textColumn.get()) < 0) return;
        maxLength.set(service.suggestedMaxLength(table, textColumn.get(), tokenizer()));
    }

    private void textChanged() {
        int c = table == null || textColumn.get() == null ? -1 : table.indexOf(textColumn.get());
        List<Integer> counts = new ArrayList<>();
        String first = null;
        // Rows spread over the whole table: files are often sorted by label, and the first rows would all be one kind.
        int step = c < 0 ? 1 : Math.max(1, table.rowCount() / SAMPLE_TEXTS);
        for (int r = 0; c >= 0 && r < table.rowCount() && counts.size() < SAMPLE_TEXTS; r += step) {
            if (table.isMissing(r, c)) continue;
            List<String> tokens = service.tokens(table.text(r, c), tokenizer());
            if (first == null && !tokens.isEmpty()) {
                first = table.text(r, c);
                previewTokens.setAll(tokens);
            }
            counts.add(tokens.size());
        }
        if (first == null) previewTokens.clear();
        previewText.set(first == null ? "" : first);
        tokenCounts = counts.stream().mapToInt(Integer::intValue).toArray();
        lengthChanged();
    }

    private void lengthChanged() {
        if (tokenCounts.length == 0) {
            truncation.set("");
            return;
        }
        long cut = java.util.Arrays.stream(tokenCounts).filter(n -> n > maxLength.get()).count();
        int longest = java.util.Arrays.stream(tokenCounts).max().orElse(0);
        String of = tokenCounts.length < table.rowCount() ? " (of " + Formats.count(tokenCounts.length) + " looked at)" : "";
        truncation.set(cut == 0 ? "No text is cut: the longest has " + longest + " tokens" + of + "."
                : Formats.percent(cut / (double) tokenCounts.length) + " of the texts" + of + " are longer than "
                + maxLength.get() + " tokens and lose their end (the longest has " + longest + ").");
    }

    private void labelChanged() {
        int c = table == null || labelColumn.get() == null ? -1 : table.indexOf(labelColumn.get());
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int r = 0; c >= 0 && r < table.rowCount(); r++) {
            if (!table.isMissing(r, c) && !table.text(r, c).isBlank()) counts.merge(table.text(r, c).strip(), 1, Integer::sum);
        }
        labelCounts.set(counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + Formats.count(e.getValue())).collect(Collectors.joining(" · ")));
    }

    private static String sentence(String s) {
        return s == null || s.isEmpty() ? "Check the settings." : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
    }

    void setOnChange(Runnable r) { onChange = r == null ? () -> {} : r; }

    public ObservableList<String> textColumns() { return textColumns; }
    public ObservableList<String> labelColumns() { return labelColumns; }
    public StringProperty textColumnProperty() { return textColumn; }
    public StringProperty labelColumnProperty() { return labelColumn; }
    /** "ham 3,900 · spam 2,100", most frequent first, or "". */
    public ReadOnlyStringProperty labelCountsProperty() { return labelCounts; }
    public ObjectProperty<Tokenizer.Mode> modeProperty() { return mode; }
    public IntegerProperty maxLengthProperty() { return maxLength; }
    /** The first text's tokens as the model will see them (before the maximum length is applied). */
    public ObservableList<String> previewTokens() { return previewTokens; }
    /** The first text itself, or "". */
    public ReadOnlyStringProperty previewTextProperty() { return previewText; }
    /** "12% of the texts are longer than 64 tokens and lose their end …", or "". */
    public ReadOnlyStringProperty truncationProperty() { return truncation; }
    public ObjectProperty<Models> modelsProperty() { return models; }
    public LongProperty seedProperty() { return seed; }
    public IntegerProperty embeddingProperty() { return embedding; }
    public IntegerProperty headsProperty() { return heads; }
    public IntegerProperty blocksProperty() { return blocks; }
    public DoubleProperty dropoutProperty() { return dropout; }
    public DoubleProperty learningRateProperty() { return learningRate; }
    public IntegerProperty batchSizeProperty() { return batchSize; }
    public IntegerProperty maxEpochsProperty() { return maxEpochs; }
    public IntegerProperty patienceProperty() { return patience; }
    /** A separate CSV to measure on (with the same columns), or null to hold out part of the dataset. */
    public ObjectProperty<Path> testFileProperty() { return testFile; }
    /** Why the inputs cannot be trained on, or "". */
    public ReadOnlyStringProperty problemProperty() { return problem; }
}
