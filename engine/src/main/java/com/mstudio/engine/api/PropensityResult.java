package com.mstudio.engine.api;

import java.util.List;

/**
 * What one training run produced: one entry per trained model (MLP first), and how the data was split.
 *
 * @param models   the trained models with their curves, evaluation and importance
 * @param split    the split and the imbalance handling, as shown to the user
 * @param warnings leakage and data warnings found before training; a data warning (e.g. rows without a target value,
 *                 left out) names the target column and has {@code separation} NaN
 */
public record PropensityResult(List<TrainedModel> models, Split split, List<PropensityService.LeakageWarning> warnings) {
    public PropensityResult {
        models = List.copyOf(models);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param trainRows         rows used for fitting (before oversampling)
     * @param validationRows    rows for early stopping
     * @param testRows          held-out rows every figure is computed on
     * @param positiveShare     share of positive rows in the whole table
     * @param imbalance         how imbalance was handled, in words
     * @param separateTestFile  true when the test rows came from a separate file
     * @param seed              the seed of the split
     */
    public record Split(int trainRows, int validationRows, int testRows, double positiveShare, String imbalance,
                        boolean separateTestFile, long seed) {}

    /**
     * @param model       the saveable model
     * @param curve       one point per epoch trained
     * @param bestEpoch   the epoch whose weights were kept (1-based)
     * @param stoppedEarly true when validation loss stopped improving before maxEpochs
     * @param cancelled   true when the user cancelled and this is the best model found until then
     * @param evaluation  everything measured on the test set
     * @param importance  permutation importance on the test set, largest first
     * @param seconds     training time
     */
    public record TrainedModel(PropensityModel model, List<EpochPoint> curve, int bestEpoch, boolean stoppedEarly,
                               boolean cancelled, ModelEvaluation evaluation, List<FeatureImportance> importance,
                               double seconds) {
        public TrainedModel {
            curve = List.copyOf(curve);
            importance = List.copyOf(importance);
        }
    }

    public record EpochPoint(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                             double validationAccuracy) {}

    /**
     * @param column  the input column whose values were shuffled
     * @param aucDrop mean drop in test ROC AUC when it is shuffled (seeded repeats)
     * @param spread  standard deviation of that drop over the repeats
     */
    public record FeatureImportance(String column, double aucDrop, double spread) {}
}
