package com.mstudio.engine.api;

import java.util.List;

/**
 * What to predict and how to train.
 *
 * @param target          the column to predict
 * @param positiveValue   the target's value that counts as positive ("Yes" for churn = Yes), as {@link DataTable#text}
 * @param features        the input columns (cleaned by a fitted transform: impute, z-score, one-hot)
 * @param models          which models to train
 * @param mlp             the MLP's settings
 * @param imbalance       how class imbalance is handled
 * @param validationShare share of rows for validation (early stopping), e.g. 0.15
 * @param testShare       share of rows held out for the test set, e.g. 0.2 (ignored when a separate test table is given)
 * @param seed            seeds the split, the weights and the batches: the same request gives the same models
 */
public record PropensityRequest(String target, String positiveValue, List<String> features, Models models,
                                MlpSettings mlp, Imbalance imbalance, double validationShare, double testShare, long seed) {
    public static final long DEFAULT_SEED = 42;

    public PropensityRequest {
        features = List.copyOf(features);
        if (target == null || target.isBlank()) throw new IllegalArgumentException("pick a target column");
        if (positiveValue == null) throw new IllegalArgumentException("pick the target's positive value");
        if (features.isEmpty()) throw new IllegalArgumentException("pick at least one feature column");
        if (features.contains(target)) throw new IllegalArgumentException("the target cannot also be a feature");
        models = models == null ? Models.BOTH : models;
        mlp = mlp == null ? MlpSettings.DEFAULT : mlp;
        imbalance = imbalance == null ? Imbalance.AUTO : imbalance;
        if (validationShare <= 0 || testShare < 0 || validationShare + testShare >= 0.9) {
            throw new IllegalArgumentException("validation and test shares must leave at least 10% for training");
        }
    }

    /** Both models, default settings, 15% validation, 20% test. */
    public static PropensityRequest of(String target, String positiveValue, List<String> features, long seed) {
        return new PropensityRequest(target, positiveValue, features, Models.BOTH, MlpSettings.DEFAULT, Imbalance.AUTO,
                0.15, 0.20, seed);
    }

    public enum Models { MLP, LOGISTIC, BOTH }

    public enum Imbalance {
        /** Class weights when the positive class is under 35% of rows, else nothing; the choice is reported. */
        AUTO,
        NONE,
        /** Each class weighted by n / (2 · its count) in the loss. */
        CLASS_WEIGHTS,
        /** Positive training rows repeated (seeded) until the classes are level; validation and test untouched. */
        OVERSAMPLE
    }

    /**
     * The brief's MLP: dense hidden layers (ReLU) → 1 sigmoid output, Adam, binary cross-entropy.
     *
     * @param hiddenLayers  units per hidden layer, e.g. [64, 32]
     * @param dropout       dropout probability after each hidden layer (0 = none)
     * @param learningRate  Adam's learning rate
     * @param batchSize     rows per step
     * @param maxEpochs     upper bound on epochs
     * @param patience      stop after this many epochs without a better validation loss
     */
    public record MlpSettings(List<Integer> hiddenLayers, double dropout, double learningRate, int batchSize,
                              int maxEpochs, int patience) {
        public static final MlpSettings DEFAULT = new MlpSettings(List.of(64, 32), 0.2, 1e-3, 128, 100, 8);

        public MlpSettings {
            hiddenLayers = List.copyOf(hiddenLayers);
            if (hiddenLayers.isEmpty() || hiddenLayers.stream().anyMatch(u -> u < 1)) {
                throw new IllegalArgumentException("hidden layers need at least one unit each");
            }
            if (dropout < 0 || dropout >= 1) throw new IllegalArgumentException("dropout must be in 0..1");
            if (learningRate <= 0 || batchSize < 1 || maxEpochs < 1 || patience < 1) {
                throw new IllegalArgumentException("learning rate, batch size, epochs and patience must be positive");
            }
        }
    }
}
