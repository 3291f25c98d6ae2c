package com.mstudio.engine.copy;

/**
 * The baseline's features: each text as a vector over the vocabulary with weight (1 + ln tf) × idf per token,
 * idf = ln((1 + n) / (1 + df)) + 1 from the n training texts (scikit-learn's smoothed idf, so a token in every text
 * still counts a little and none divides by zero), and each row scaled to unit length so long and short texts
 * compare. Padding never counts; the unknown token counts like any other (rare words are a signal of their own).
 */
public final class TfIdf {
    private TfIdf() {}

    /** Inverse document frequency of every vocabulary index, from the training texts only; 0 for padding. */
    public static double[] fitIdf(EncodedTexts training, int vocabularySize) {
        int n = training.size();
        int[] df = new int[vocabularySize];
        int[] lastSeen = new int[vocabularySize];
        java.util.Arrays.fill(lastSeen, -1);
        for (int i = 0; i < n; i++) {
            int[] ids = training.ids()[i];
            for (int k = 0; k < training.lengths()[i]; k++) {
                int id = ids[k];
                if (lastSeen[id] != i) { // count each token once per text
                    lastSeen[id] = i;
                    df[id]++;
                }
            }
        }
        double[] idf = new double[vocabularySize];
        for (int t = 0; t < vocabularySize; t++) idf[t] = Math.log((1.0 + n) / (1.0 + df[t])) + 1;
        idf[Vocabulary.PAD] = 0;
        return idf;
    }

    /** All texts' features, row-major: texts × vocabulary size. */
    public static float[] features(EncodedTexts texts, double[] idf) {
        return features(texts, 0, texts.size(), idf);
    }

    /**
     * Features of texts {@code from} (inclusive) to {@code to} (exclusive), row-major: a batch at a time keeps memory
     * at batch × vocabulary instead of texts × vocabulary.
     */
    public static float[] features(EncodedTexts texts, int from, int to, double[] idf) {
        int v = idf.length;
        long cells = (long) (to - from) * v;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException((to - from) + " texts × " + v + " tokens is too large for one array");
        }
        float[] out = new float[(int) cells];
        double[] row = new double[v];
        int[] seen = new int[texts.maxLength()];
        for (int i = from; i < to; i++) {
            int[] ids = texts.ids()[i];
            int length = texts.lengths()[i];
            int distinct = 0;
            for (int k = 0; k < length; k++) {
                if (row[ids[k]] == 0) seen[distinct++] = ids[k];
                row[ids[k]]++;
            }
            double norm = 0;
            for (int d = 0; d < distinct; d++) {
                int t = seen[d];
                row[t] = (1 + Math.log(row[t])) * idf[t];
                norm += row[t] * row[t];
            }
            norm = Math.sqrt(norm);
            int base = (i - from) * v;
            for (int d = 0; d < distinct; d++) {
                int t = seen[d];
                if (norm > 0) out[base + t] = (float) (row[t] / norm);
                row[t] = 0;
            }
        }
        return out;
    }
}
