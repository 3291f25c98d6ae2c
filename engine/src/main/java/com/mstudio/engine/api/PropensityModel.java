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
 * @param test           the test-set figures at the default threshold
 * @param networkZip     the DL4J network (ModelSerializer zip bytes)
 */
public record PropensityModel(int formatVersion, Kind kind, String createdAt, String sourceName, long seed, String target,
                              String positiveValue, List<String> features, FittedTransform transform,
                              PropensityRequest.MlpSettings settings, String imbalance, Metrics test, byte[] networkZip) {
    public static final int FORMAT_VERSION = 1;

    public PropensityModel {
        features = List.copyOf(features);
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
