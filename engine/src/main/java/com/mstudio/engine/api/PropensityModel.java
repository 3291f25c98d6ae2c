package com.mstudio.engine.api;

import java.util.List;

/**
 * A trained propensity model, ready to save and to score new rows. Plain data: the network itself is carried as the
 * bytes of its DL4J model zip, so no library type crosses the API.
 *
 * @param formatVersion  {@link #FORMAT_VERSION} when written
 * @param kind           which model
 * @param createdAt      ISO-8601 instant
 * @param sourceName     the data it was trained on, for display
 * @param seed           the seed it was trained with
 * @param target         the predicted column
 * @param positiveValue  its positive value
 * @param features       the input columns
 * @param transform      the fitted cleaning transform (impute, scale, one-hot) applied before the network
 * @param settings       the MLP settings it was trained with (the logistic model: null)
 * @param imbalance      how imbalance was handled, in words ("class weights 1 : 2.8")
 * @param scoreOddsFactor the prior correction applied to the network's output so that scores are probabilities again:
 *                       score odds = network odds × this. Class weights or oversampling make the network's odds
 *                       those of level classes; this factor (positives / negatives of the training rows) undoes that.
 *                       1 means none (no balancing, and every model saved before format 2)
 * @param test           the test-set figures at the default threshold (its threshold is the model's default)
 * @param networkZip     the DL4J network (ModelSerializer zip bytes)
 */
public record PropensityModel(int formatVersion, Kind kind, String createdAt, String sourceName, long seed, String target,
                              String positiveValue, List<String> features, FittedTransform transform,
                              PropensityRequest.MlpSettings settings, String imbalance, double scoreOddsFactor, Metrics test,
                              byte[] networkZip) {
    /** 2: adds {@code scoreOddsFactor} (a version-1 file reads as 1.0, i.e. the network's output as it is). */
    public static final int FORMAT_VERSION = 2;

    public PropensityModel {
        features = List.copyOf(features);
        if (!(scoreOddsFactor > 0) || Double.isInfinite(scoreOddsFactor)) {
            throw new IllegalArgumentException("scoreOddsFactor must be positive and finite: " + scoreOddsFactor);
        }
    }

    public enum Kind {
        MLP("Neural network (MLP)"),
        LOGISTIC("Logistic regression");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Headline test-set figures, kept in the model's sidecar. */
    public record Metrics(double accuracy, double precision, double recall, double f1, double rocAuc, double prAuc,
                          double threshold, int testRows) {}
}
