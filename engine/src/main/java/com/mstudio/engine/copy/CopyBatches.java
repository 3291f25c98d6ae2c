package com.mstudio.engine.copy;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Labelled texts in the form a network takes them, cut into mini-batches on demand. Two forms: token id sequences
 * with a padding mask (the attention network) and TF-IDF rows (the baseline). Labels are class indexes; a batch
 * carries them one-hot. Engine thread only: batches are ND4J arrays.
 */
interface CopyBatches {
    int rows();

    int classes();

    /** The class index of row {@code r}. */
    int label(int r);

    /** Rows {@code order[from..to)} as one batch (inputs, masks and one-hot labels). */
    MultiDataSet batch(int[] order, int from, int to);

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

    /** Token ids padded to a fixed length, with their lengths: the attention network's input. */
    record Sequences(int[][] ids, int[] lengths, int maxLength, int[] labels, int classes) implements CopyBatches {
        @Override
        public int rows() {
            return ids.length;
        }

        @Override
        public int label(int r) {
            return labels[r];
        }

        @Override
        public MultiDataSet batch(int[] order, int from, int to) {
            INDArray[] inputs = inputs(order, from, to);
            INDArray mask = inputs[2];
            return new MultiDataSet(new INDArray[] {inputs[0], inputs[1]}, new INDArray[] {oneHot(this, order, from, to)},
                    new INDArray[] {mask, mask}, null);
        }

        /**
         * {tokens, positions, mask} for rows {@code order[from..to)}, as long as the batch's longest text rather than
         * {@code maxLength}: attention costs the square of the length, and subject lines are a few tokens long, so
         * trimming the common padding makes a batch many times cheaper without changing any output (padding is masked
         * anyway). A text with no token at all keeps one unmasked padding position: a fully masked row would make the
         * mean pooling divide by zero.
         */
        INDArray[] inputs(int[] order, int from, int to) {
            int n = to - from, t = 1;
            for (int i = from; i < to; i++) t = Math.max(t, Math.min(maxLength, lengths[order[i]]));
            float[] tokens = new float[n * t];
            float[] mask = new float[n * t];
            for (int i = 0; i < n; i++) {
                int r = order[from + i];
                int len = Math.min(t, lengths[r]);
                for (int j = 0; j < len; j++) {
                    tokens[i * t + j] = ids[r][j];
                    mask[i * t + j] = 1f;
                }
                if (len == 0) mask[i * t] = 1f;
            }
            return new INDArray[] {Nd4j.create(tokens, new long[] {n, t}, 'c'), positions(n, t),
                    Nd4j.create(mask, new long[] {n, t}, 'c')};
        }
    }

    /** The constant second input of the attention network: 0..length-1 in every row. */
    static INDArray positions(int rows, int length) {
        float[] p = new float[rows * length];
        for (int i = 0; i < rows; i++) for (int j = 0; j < length; j++) p[i * length + j] = j;
        return Nd4j.create(p, new long[] {rows, length}, 'c');
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

        @Override
        public MultiDataSet batch(int[] order, int from, int to) {
            return new MultiDataSet(new INDArray[] {features(order, from, to)}, new INDArray[] {oneHot(this, order, from, to)});
        }

        INDArray features(int[] order, int from, int to) {
            EncodedTexts rows = texts.subset(java.util.Arrays.copyOfRange(order, from, to));
            return Nd4j.create(TfIdf.features(rows, idf), new long[] {to - from, idf.length}, 'c');
        }
    }
}
