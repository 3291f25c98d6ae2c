package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Who will buy, who will churn: a small MLP (DL4J) and a logistic-regression baseline trained side by side on a
 * stratified split, evaluated honestly on held-out rows, explained, and used to score customers. Training, scoring and
 * explanations run on the engine thread (every ND4J object lives there); the quick calls are plain methods.
 */
public interface PropensityService {
    /** Live chart series reported with {@link JobContext#metric} while training; step = epoch (1-based). */
    String SERIES_LOSS_TRAIN = "loss/train";
    String SERIES_LOSS_VALIDATION = "loss/validation";
    String SERIES_ACCURACY_TRAIN = "accuracy/train";
    String SERIES_ACCURACY_VALIDATION = "accuracy/validation";

    /** The full series name for one model, e.g. {@code series(Kind.MLP, SERIES_LOSS_TRAIN)} = "mlp/loss/train". */
    static String series(PropensityModel.Kind kind, String series) {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "/" + series;
    }

    /**
     * Default features for predicting {@code target}: as for segments (numeric, boolean, low-cardinality categorical;
     * no identifiers, free text, dates or personal data), without the target itself. Quick.
     */
    List<String> suggestFeatures(DataTable table, String target, Collection<String> personalDataColumns);

    /** Columns that can be a target: boolean, or categorical/integer with 2..20 values. Quick. */
    List<String> targetCandidates(DataTable table);

    /**
     * The target's values, the most likely "positive" first (Yes/true/1, else the rarer value), each with its count.
     * Quick.
     */
    List<TargetValue> targetValues(DataTable table, String target);

    /**
     * Features that nearly give the target away (e.g. a "churn_date" filled only for churners, or a copy of the
     * target): each with how well it alone separates the classes and a sentence saying why it is suspicious. Quick
     * enough for the FX thread on 100k rows; run it in a job for more.
     */
    List<LeakageWarning> checkLeakage(DataTable table, String target, String positiveValue, List<String> features);

    /**
     * Trains the requested models on the engine thread: stratified train/validation/test split of {@code table}
     * (or, when {@code testTable} is not null, train/validation from {@code table} and the test set from
     * {@code testTable}), live curves per epoch ({@link #series}), early stopping on validation loss with the best epoch
     * restored. Cancel keeps the best model found so far: the job then still SUCCEEDS with
     * {@link TrainedModel#cancelled()} true, unless nothing was trained yet.
     */
    JobHandle<PropensityResult> train(DataTable table, DataTable testTable, PropensityRequest request, String sourceName,
                                      Executor events, JobListener<? super PropensityResult> listener);

    /** {@link #train(DataTable, DataTable, PropensityRequest, String, Executor, JobListener)} with no source name. */
    default JobHandle<PropensityResult> train(DataTable table, DataTable testTable, PropensityRequest request,
                                              Executor events, JobListener<? super PropensityResult> listener) {
        return train(table, testTable, request, "", events, listener);
    }

    /**
     * Scores every row: a copy of {@code table} with {@code propensity} (DECIMAL 0..1) and {@code propensity_decile}
     * (INTEGER 1..10, 1 = the 10% most likely) appended (replacing columns of those names). The table must have the
     * model's feature columns (the target is not needed).
     */
    JobHandle<DataTable> score(PropensityModel model, DataTable table, Executor events, JobListener<? super DataTable> listener);

    /** Why one row got its score: the features that pushed it up or down, largest effect first. */
    JobHandle<Explanation> explain(PropensityModel model, DataTable table, int row, Executor events,
                                   JobListener<? super Explanation> listener);

    /** Precision, recall and the expected counts on the test set at {@code threshold}. Quick (no ND4J). */
    ThresholdView atThreshold(ModelEvaluation evaluation, double threshold);

    /** Writes the model as one zip (DL4J network + JSON sidecar with the transform, metrics, seed, date), atomically. */
    void save(PropensityModel model, Path file);

    /** @throws StudioException naming the file when it is missing, not a model, damaged or from a newer version */
    PropensityModel load(Path file);

    /** Keeps the trained models in the workspace as those of dataset {@code datasetId} (replacing earlier ones). */
    void keep(Workspace workspace, String datasetId, List<PropensityModel> models);

    /**
     * The models kept for {@code datasetId} that could be read, and a sentence for each kept file that could not.
     *
     * @throws StudioException when the workspace's record of them is damaged
     */
    KeptModels<PropensityModel> kept(Workspace workspace, String datasetId);

    /** A value of the target column and how many rows have it. */
    record TargetValue(String value, int count) {}

    /**
     * @param column     the suspicious feature
     * @param separation how well the feature alone separates the classes: ROC AUC folded to 0.5..1
     * @param reason     a sentence for the user
     */
    record LeakageWarning(String column, double separation, String reason) {}

    /**
     * The test-set figures at one threshold. {@code contacted} = rows at or above it (tp + fp).
     */
    record ThresholdView(double threshold, double accuracy, double precision, double recall, double f1, int truePositives,
                         int falsePositives, int trueNegatives, int falseNegatives, int contacted) {}

    /**
     * @param score         the row's propensity (0..1)
     * @param baseScore     the score of a typical customer (every feature at its median or most common value)
     * @param contributions one per input column, largest |effect| first
     */
    record Explanation(double score, double baseScore, List<Contribution> contributions) {
        public Explanation {
            contributions = List.copyOf(contributions);
        }
    }

    /**
     * @param column the input column
     * @param value  the row's value as text
     * @param effect how much this value moves the score compared with the typical value (positive: more likely)
     */
    record Contribution(String column, String value, double effect) {}
}
