package com.mstudio.engine.copy;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Labelled texts in the form a network takes them, cut into mini-batches on demand. Two forms: token id sequences
 * with a padding mask ({@link Tokens}, the attention network) and TF-IDF rows (the baseline, as ND4J arrays with
 * one-hot labels; engine thread only). Labels are class indexes.
 */
interface CopyBatches {
    int rows();

    int classes();

    /** The class index of row {@code r}. */
    int label(int r);

    /** Row indexes {@code 0..n-1}. */
    static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        return order;
    }

    static INDArray oneHot(CopyBatches data, int[] order, int from, int to) {
        int n = to - from, k = data.classes();
        float[] y = new float[n * k];
        for (int i = 0; i < n; i++) y[i * k + data.label(order[from + i])] = 1f;
        return Nd4j.create(y, new long[] {n, k}, 'c');
    }

    /** Texts as token sequences: what the attention network takes. */
    interface Tokens extends CopyBatches {
        /** Rows {@code order[from..to)} as one batch. */
        TokenBatch tokens(int[] order, int from, int to);
    }

    /** Token ids padded to a fixed length, with their lengths: the attention network's input. */
    record Sequences(int[][] ids, int[] lengths, int maxLength, int[] labels, int classes) implements Tokens {
        @Override
        public int rows() {
            return ids.length;
        }

        @Override
        public int label(int r) {
            return labels[r];
        }

        /**
         * Rows {@code order[from..to)}, as long as the batch's longest text rather than {@code maxLength}: attention
         * costs the square of the length, and subject lines are a few tokens long, so trimming the common padding makes
         * a batch many times cheaper without changing any output (padding is masked anyway). A text with no token at
         * all keeps one unmasked padding position: a fully masked row would make the mean pooling divide by zero.
         */
        @Override
        public TokenBatch tokens(int[] order, int from, int to) {
            int n = to - from, t = 1;
            for (int i = from; i < to; i++) t = Math.max(t, Math.min(maxLength, lengths[order[i]]));
            int[] tokens = new int[n * t], y = new int[n];
            float[] mask = new float[n * t];
            for (int i = 0; i < n; i++) {
                int r = order[from + i];
                y[i] = labels[r];
                int len = Math.min(t, lengths[r]);
                for (int j = 0; j < len; j++) {
                    tokens[i * t + j] = ids[r][j];
                    mask[i * t + j] = 1f;
                }
                if (len == 0) mask[i * t] = 1f;
            }
            return new TokenBatch(n, t, tokens, mask, y);
        }
    }

    /**
     * TF-IDF rows of encoded texts, computed a batch at a time: all rows at once would take texts × vocabulary floats.
     */
    record Features(EncodedTexts texts, double[] idf, int[] labels, int classes) implements CopyBatches {
        @Override
        public int rows() {
            return labels.length;
        }

        @Override
        public int label(int r) {
            return labels[r];
        }

        /** Rows {@code order[from..to)} as one batch: TF-IDF rows and one-hot labels. */
        public MultiDataSet batch(int[] order, int from, int to) {
            return new MultiDataSet(new INDArray[] {features(order, from, to)}, new INDArray[] {oneHot(this, order, from, to)});
        }

        INDArray features(int[] order, int from, int to) {
            EncodedTexts rows = texts.subset(java.util.Arrays.copyOfRange(order, from, to));
            return Nd4j.create(TfIdf.features(rows, idf), new long[] {to - from, idf.length}, 'c');
        }
    }
}
