package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Ad copy classification: a self-attention classifier (DL4J) and a TF-IDF baseline trained side by side on labelled
 * texts, evaluated on held-out rows, and explained token by token. Training and classifying run on the engine thread
 * (every ND4J object lives there); the quick calls are plain methods.
 */
public interface CopyService {
    /** Live chart series reported with {@link JobContext#metric} while training; step = epoch (1-based). */
    String SERIES_LOSS_TRAIN = "loss/train";
    String SERIES_LOSS_VALIDATION = "loss/validation";
    String SERIES_ACCURACY_TRAIN = "accuracy/train";
    String SERIES_ACCURACY_VALIDATION = "accuracy/validation";

    /** The full series name for one model, e.g. "attention/loss/train". */
    static String series(CopyModel.Kind kind, String series) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + series;
    }

    /** Columns that hold free text worth classifying (TEXT, or CATEGORICAL with long values), longest first. Quick. */
    List<String> textColumns(DataTable table);

    /** Columns that can be the label: 2..50 distinct values. Quick. */
    List<String> labelColumns(DataTable table);

    /** How texts would be split, for showing the user (the same code the model uses). Quick. */
    List<String> tokens(String text, CopyRequest.Tokenizer tokenizer);

    /**
     * A maximum length suited to column {@code textColumn}: the 90th percentile of its texts' token counts (as
     * {@code tokenizer} splits them; a sample of rows on a big table), rounded up to a multiple of 8, between 16 and
     * 256. Nine texts in ten are then read whole. The app and the CLI start from it instead of a fixed number, because
     * subject lines and product reviews differ tenfold in length. Looks at the texts only, never at labels. Quick.
     */
    int suggestedMaxLength(DataTable table, String textColumn, CopyRequest.Tokenizer tokenizer);

    /**
     * Trains the requested models: stratified train/validation/test split of {@code table} (or train/validation from
     * {@code table} and the test set from {@code testTable} when it is not null), a vocabulary from the training rows
     * only, live curves per epoch, early stopping on validation loss with the best epoch restored. Cancel keeps the
     * best model so far (the job then succeeds with {@link CopyTrainingResult.TrainedModel#cancelled()} true).
     */
    JobHandle<CopyTrainingResult> train(DataTable table, DataTable testTable, CopyRequest request, String sourceName,
                                        Executor events, JobListener<? super CopyTrainingResult> listener);

    /** {@link #train(DataTable, DataTable, CopyRequest, String, Executor, JobListener)} with no source name. */
    default JobHandle<CopyTrainingResult> train(DataTable table, DataTable testTable, CopyRequest request,
                                                Executor events, JobListener<? super CopyTrainingResult> listener) {
        return train(table, testTable, request, "", events, listener);
    }

    /** Classifies each text and says which tokens drove it, by occlusion (see {@link Classification#tokens()}). */
    default JobHandle<List<Classification>> classify(CopyModel model, List<String> texts, Executor events,
                                                     JobListener<? super List<Classification>> listener) {
        return classify(model, texts, Explanation.OCCLUSION, events, listener);
    }

    /**
     * Classifies each text and weighs its tokens the way {@code explanation} says.
     *
     * @throws StudioException (at once, before any job starts) for {@link Explanation#ATTENTION} with a baseline model:
     *                         it has no attention to show, and silently showing occlusion instead would mislabel the
     *                         weights
     */
    JobHandle<List<Classification>> classify(CopyModel model, List<String> texts, Explanation explanation,
                                             Executor events, JobListener<? super List<Classification>> listener);

    /** How token weights are worked out; each answer names its kind in {@link Classification#weightKind()}. */
    enum Explanation {
        /**
         * Every model: the drop in the predicted label's log-odds when the token is left out (one extra scoring per
         * token). Says what the decision depends on; can be negative.
         */
        OCCLUSION("occlusion"),
        /**
         * Attention models only: the share of attention each token received, averaged over heads and over the text's
         * tokens as queries (several blocks: attention rollout). Always ≥ 0 and sums to 1 over the text's tokens. Says
         * where the model looked, not which way a token pushed the label.
         */
        ATTENTION("attention");

        private final String weightKind;

        Explanation(String weightKind) {
            this.weightKind = weightKind;
        }

        /** The {@link Classification#weightKind()} this explanation produces. */
        public String weightKind() {
            return weightKind;
        }
    }

    /**
     * Classifies column {@code textColumn} of {@code table}: a copy of every row and column with two columns appended,
     * the most likely label (CATEGORICAL) and its probability (DECIMAL, 0..1), named by
     * {@link BatchColumns#freeIn(DataTable)}: {@code label} and {@code confidence} when the table has neither, else
     * {@code predicted_label} and {@code predicted_confidence}, else those names numbered. A column the table already
     * has is never replaced (the spam sample's own {@code label} is the truth to compare against). A row without text
     * keeps its place with both new cells missing.
     */
    JobHandle<DataTable> classifyColumn(CopyModel model, DataTable table, String textColumn, Executor events,
                                        JobListener<? super DataTable> listener);

    /** Writes the model as one zip (network + JSON sidecar: vocabulary, tokenizer, labels, metrics, seed), atomically. */
    void save(CopyModel model, Path file);

    /** @throws StudioException naming the file when it is missing, not a model, damaged or from a newer version */
    CopyModel load(Path file);

    /** Keeps the trained models in the workspace as those of dataset {@code datasetId} (replacing earlier ones). */
    void keep(Workspace workspace, String datasetId, List<CopyModel> models);

    /**
     * The models kept for {@code datasetId} that could be read, and a sentence for each kept file that could not.
     *
     * @throws StudioException when the workspace's record of them is damaged
     */
    KeptModels<CopyModel> kept(Workspace workspace, String datasetId);

    /**
     * One text's label.
     *
     * @param label      the most likely label
     * @param confidence its probability (0..1)
     * @param scores     every label's probability, in {@link CopyModel#labels()} order
     * @param tokens     each token of the text as the model saw it (after truncation), with its weight
     * @param weightKind what the weights are: "occlusion" (drop in the label's log-odds when the token is removed)
     *                   or "attention" (mean attention the token received); see {@link Explanation}
     * @param truncated  true when the text was longer than the model's maximum length and its end was cut
     */
    record Classification(String label, double confidence, List<Double> scores, List<TokenWeight> tokens,
                          String weightKind, boolean truncated) {
        public Classification {
            scores = List.copyOf(scores);
            tokens = List.copyOf(tokens);
        }
    }

    /** A token and how much it mattered; {@code unknown} when it is not in the vocabulary. */
    record TokenWeight(String token, double weight, boolean unknown) {}

    /**
     * The names of the two columns a batch adds (see {@link #classifyColumn}). The engine, the app's preview and
     * export, and the CLI all take them from here, so the screen can name the columns before the job runs.
     *
     * @param label      the column with the most likely label
     * @param confidence the column with its probability
     */
    record BatchColumns(String label, String confidence) {
        /** The first pair of which neither name is taken: label/confidence, predicted_label/…, predicted_label_2/…. */
        public static BatchColumns freeIn(DataTable table) {
            List<String> names = new java.util.ArrayList<>();
            for (DataTable.ColumnInfo c : table.columns()) names.add(c.name());
            return freeIn(names);
        }

        /**
         * The first free pair among {@code existing} column names. Names compare ignoring case and surrounding space:
         * a spreadsheet shows "Label" and "label" as the same heading, and a re-import could not tell them apart.
         */
        public static BatchColumns freeIn(java.util.Collection<String> existing) {
            java.util.Set<String> taken = new java.util.HashSet<>();
            for (String n : existing) taken.add(n.strip().toLowerCase(java.util.Locale.ROOT));
            // Both names move together, so the pair still reads as one answer ("predicted_label" with "confidence" would not).
            for (int i = 0; ; i++) {
                String prefix = i == 0 ? "" : "predicted_";
                String suffix = i <= 1 ? "" : "_" + i;
                BatchColumns pair = new BatchColumns(prefix + "label" + suffix, prefix + "confidence" + suffix);
                if (!taken.contains(pair.label()) && !taken.contains(pair.confidence())) return pair;
            }
        }

        /** Whether these are the plain names (nothing in the table was in the way). */
        public boolean plain() {
            return label.equals("label") && confidence.equals("confidence");
        }
    }
}
