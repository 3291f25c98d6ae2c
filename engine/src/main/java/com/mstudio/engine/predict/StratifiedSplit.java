package com.mstudio.engine.predict;

import com.mstudio.engine.train.EpochLoop;

import java.util.Arrays;
import java.util.Random;

/**
 * Splits rows into train, validation and test so that each part has the whole table's share of positives (a 26%
 * churn rate stays 26% in every part). Seeded: the same rows, labels and seed always give the same split, so a user
 * can train again and compare models on exactly the same test rows.
 *
 * @param train      row indices for fitting, ascending
 * @param validation row indices for early stopping, ascending
 * @param test       held-out row indices, ascending (empty when a separate test file is used)
 */
record StratifiedSplit(int[] train, int[] validation, int[] test) {

    /**
     * @param rows   the usable rows (the target is known), ascending
     * @param labels {@code labels[i]} is whether {@code rows[i]} is positive
     */
    static StratifiedSplit of(int[] rows, boolean[] labels, double validationShare, double testShare, long seed) {
        if (rows.length != labels.length) throw new IllegalArgumentException("one label per row expected");
        int positives = 0;
        for (boolean b : labels) if (b) positives++;
        int[] pos = new int[positives];
        int[] neg = new int[rows.length - positives];
        for (int i = 0, p = 0, n = 0; i < rows.length; i++) {
            if (labels[i]) pos[p++] = rows[i]; else neg[n++] = rows[i];
        }
        // One generator per class, so that adding rows of one class does not reshuffle the other.
        Parts a = cut(pos, validationShare, testShare, new Random(seed * 31 + 1));
        Parts b = cut(neg, validationShare, testShare, new Random(seed * 31 + 2));
        return new StratifiedSplit(merge(a.train, b.train), merge(a.validation, b.validation), merge(a.test, b.test));
    }

    private record Parts(int[] train, int[] validation, int[] test) {}

    private static Parts cut(int[] rows, double validationShare, double testShare, Random random) {
        int[] shuffled = rows.clone();
        EpochLoop.shuffle(shuffled, random);
        int nTest = (int) Math.round(shuffled.length * testShare);
        int nValidation = (int) Math.round(shuffled.length * validationShare);
        // A class with very few rows still leaves at least one for training when it can.
        if (nTest + nValidation >= shuffled.length && shuffled.length > 0) {
            nValidation = Math.max(0, Math.min(nValidation, shuffled.length - nTest - 1));
            nTest = Math.max(0, Math.min(nTest, shuffled.length - nValidation - 1));
        }
        int[] test = Arrays.copyOfRange(shuffled, 0, nTest);
        int[] validation = Arrays.copyOfRange(shuffled, nTest, nTest + nValidation);
        int[] train = Arrays.copyOfRange(shuffled, nTest + nValidation, shuffled.length);
        return new Parts(train, validation, test);
    }

    private static int[] merge(int[] a, int[] b) {
        int[] out = new int[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        Arrays.sort(out);
        return out;
    }
}
