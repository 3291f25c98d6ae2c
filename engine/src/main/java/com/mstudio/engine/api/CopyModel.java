package com.mstudio.engine.api;

import java.util.List;

/**
 * A trained copy classifier, ready to save and to classify new texts. Plain data: the network travels as bytes (the
 * attention model's own weight format, the baseline's DL4J model zip).
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written
 * @param kind          which model
 * @param createdAt     ISO-8601 instant
 * @param sourceName    the data it was trained on, for display
 * @param seed          the seed it was trained with
 * @param labels        the classes, in output order
 * @param tokenizer     the tokenizer settings
 * @param vocabulary    the tokens in index order; index 0 is padding and 1 the unknown token
 * @param idf           baseline only: the inverse document frequency of each vocabulary entry; else empty
 * @param settings      attention only: its settings; else null
 * @param test          the test-set figures
 * @param networkZip    the network: for the attention model its sizes and weights in the engine's own format
 *                      (format 2 and later; format 1 held a DL4J graph), for the baseline a DL4J ModelSerializer zip
 */
public record CopyModel(int formatVersion, Kind kind, String createdAt, String sourceName, long seed, List<String> labels,
                        CopyRequest.Tokenizer tokenizer, List<String> vocabulary, double[] idf,
                        CopyRequest.AttentionSettings settings, Metrics test, byte[] networkZip) {
    /**
     * 2: the attention model's network is the engine's own hand-written one (format 1 held a DL4J graph, which this
     * version no longer reads; format 1 baselines still load).
     */
    public static final int FORMAT_VERSION = 2;
    /** The first format whose attention networks this version reads. */
    public static final int FIRST_ATTENTION_FORMAT = 2;

    public CopyModel {
        labels = List.copyOf(labels);
        vocabulary = List.copyOf(vocabulary);
        idf = idf == null ? new double[0] : idf.clone();
    }

    public enum Kind {
        ATTENTION("Self-attention"),
        BASELINE("TF-IDF + dense network");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * @param accuracy  share of test texts labelled right
     * @param macroF1   the mean of the per-class F1
     * @param precision per class, in label order
     * @param recall    per class, in label order
     * @param testRows  how many test texts
     */
    public record Metrics(double accuracy, double macroF1, List<Double> precision, List<Double> recall, int testRows) {
        public Metrics {
            precision = List.copyOf(precision);
            recall = List.copyOf(recall);
        }
    }
}
