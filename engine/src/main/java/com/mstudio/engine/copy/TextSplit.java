package com.mstudio.engine.copy;

import com.mstudio.engine.train.EpochLoop;

import java.util.Arrays;
import java.util.Random;

/**
 * Splits labelled texts into train, validation and test so that every part has each class's share of the whole
 * (a 31% spam rate stays 31% in every part). Seeded: the same labels and seed always give the same split, so two
 * models trained on it are compared on exactly the same test texts.
 *
 * @param train      positions (indices into the labels) for learning, ascending
 * @param validation positions for early stopping, ascending
 * @param test       held-out positions, ascending (empty with a test share of 0, e.g. when a separate test file is used)
 */
public record TextSplit(int[] train, int[] validation, int[] test) {

    /**
     * @param labels  each text's class, 0 .. {@code classes - 1}
     * @param classes how many classes
     */
    public static TextSplit stratified(int[] labels, int classes, double validationShare, double testShare, long seed) {
        if (validationShare < 0 || testShare < 0 || validationShare + testShare >= 1) {
            throw new IllegalArgumentException("validation and test shares must leave rows for training");
        }
        int[][] byClass = byClass(labels, classes);
        int[][] train = new int[classes][], validation = new int[classes][], test = new int[classes][];
        for (int c = 0; c < classes; c++) {
            // One generator per class, so that adding texts of one class does not reshuffle the others.
            int[] rows = byClass[c];
            EpochLoop.shuffle(rows, new Random(seed * 1_000_003L + c + 1));
            int nTest = (int) Math.round(rows.length * testShare);
            int nValidation = (int) Math.round(rows.length * validationShare);
            // A class with very few texts keeps at least one for training.
            if (rows.length > 0 && nTest + nValidation >= rows.length) {
                nValidation = Math.max(0, Math.min(nValidation, rows.length - nTest - 1));
                nTest = Math.max(0, Math.min(nTest, rows.length - nValidation - 1));
            }
            test[c] = Arrays.copyOfRange(rows, 0, nTest);
            validation[c] = Arrays.copyOfRange(rows, nTest, nTest + nValidation);
            train[c] = Arrays.copyOfRange(rows, nTest + nValidation, rows.length);
        }
        return new TextSplit(merge(train), merge(validation), merge(test));
    }

    private static int[][] byClass(int[] labels, int classes) {
        int[] counts = new int[classes];
        for (int label : labels) {
            if (label < 0 || label >= classes) throw new IllegalArgumentException("label " + label + " out of range");
            counts[label]++;
        }
        int[][] out = new int[classes][];
        for (int c = 0; c < classes; c++) out[c] = new int[counts[c]];
        int[] fill = new int[classes];
        for (int i = 0; i < labels.length; i++) out[labels[i]][fill[labels[i]]++] = i;
        return out;
    }

    private static int[] merge(int[][] parts) {
        int[] out = Arrays.stream(parts).flatMapToInt(Arrays::stream).toArray();
        Arrays.sort(out);
        return out;
    }
}
