package com.mstudio.engine.predict;

import com.mstudio.engine.api.PropensityRequest.Imbalance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * How the training rows are balanced when positives are rare, decided from the training rows only and described in
 * words for the user. Class weights multiply each row's loss by n / (2 · its class count), so both classes carry the
 * same total weight and the mean weight stays 1 (the loss keeps its usual scale, and Adam's learning rate means the
 * same thing). Oversampling repeats randomly drawn rows of the smaller class (seeded) until the classes are level.
 *
 * @param method        what was applied: NONE, CLASS_WEIGHTS or OVERSAMPLE (never AUTO)
 * @param positiveWeight the loss weight of a positive row (1 unless class weights)
 * @param negativeWeight the loss weight of a negative row (1 unless class weights)
 * @param description   the choice in words, e.g. "class weights 1 : 2.77 (chosen automatically: positives are 26.5%
 *                      of the training rows)"
 * @param scoreOddsFactor what the trained network's odds p / (1 − p) are multiplied by to become the true odds again
 *                      (the prior correction; 1 when nothing was balanced). Weighting or repeating the positives by r
 *                      multiplies the odds the network learns by r, so the factor is 1 / r. Both methods level the
 *                      classes, so r = negatives / positives of the training rows and the factor is positives /
 *                      negatives (for class weights: negativeWeight / positiveWeight, the same number).
 */
record ClassBalance(Imbalance method, double positiveWeight, double negativeWeight, String description,
                    double scoreOddsFactor) {
    /** AUTO weighs the classes when positives are rarer than this. */
    static final double AUTO_THRESHOLD = 0.35;

    static ClassBalance choose(Imbalance requested, boolean[] trainLabels) {
        int n = trainLabels.length;
        int positives = 0;
        for (boolean b : trainLabels) if (b) positives++;
        double share = n == 0 ? 0 : positives / (double) n;
        String shareText = String.format(Locale.ROOT, "positives are %.1f%% of the training rows", 100 * share);
        return switch (requested) {
            case NONE -> none("none (" + shareText + ")");
            case AUTO -> share < AUTO_THRESHOLD || share > 1 - AUTO_THRESHOLD
                    ? weights(n, positives, " (chosen automatically: " + shareText + ")")
                    : none("none (chosen automatically: " + shareText + ", balanced enough)");
            case CLASS_WEIGHTS -> weights(n, positives, " (" + shareText + ")");
            case OVERSAMPLE -> new ClassBalance(Imbalance.OVERSAMPLE, 1, 1,
                    "oversampling: rows of the smaller class repeated until the classes are level (" + shareText + ")",
                    positives == 0 || positives == n ? 1 : positives / (double) (n - positives));
        };
    }

    private static ClassBalance none(String text) {
        return new ClassBalance(Imbalance.NONE, 1, 1, text, 1);
    }

    private static ClassBalance weights(int n, int positives, String why) {
        int negatives = n - positives;
        if (positives == 0 || negatives == 0) return none("none (the training rows hold only one class)");
        double wPos = n / (2.0 * positives);
        double wNeg = n / (2.0 * negatives);
        String ratio = wPos >= wNeg
                ? String.format(Locale.ROOT, "1 : %.2f", wPos / wNeg)
                : String.format(Locale.ROOT, "%.2f : 1", wNeg / wPos);
        return new ClassBalance(Imbalance.CLASS_WEIGHTS, wPos, wNeg, "class weights " + ratio + " (negative : positive)" + why,
                wNeg / wPos);
    }

    /** The loss weight of every row, or null when all are 1 (DL4J then skips the multiplication). */
    float[] rowWeights(boolean[] labels) {
        if (method != Imbalance.CLASS_WEIGHTS) return null;
        float[] w = new float[labels.length];
        for (int i = 0; i < labels.length; i++) w[i] = (float) (labels[i] ? positiveWeight : negativeWeight);
        return w;
    }

    /**
     * The rows to train on: {@code rows} themselves, or with OVERSAMPLE extra draws (with replacement, seeded) of the
     * smaller class appended. {@code labels[i]} belongs to {@code rows[i]}.
     */
    int[] trainingRows(int[] rows, boolean[] labels, long seed) {
        if (method != Imbalance.OVERSAMPLE) return rows;
        int positives = 0;
        for (boolean b : labels) if (b) positives++;
        int negatives = rows.length - positives;
        if (positives == 0 || negatives == 0 || positives == negatives) return rows;
        boolean minority = positives < negatives;
        int[] pool = new int[Math.min(positives, negatives)];
        for (int i = 0, k = 0; i < rows.length; i++) if (labels[i] == minority) pool[k++] = rows[i];
        int extra = Math.abs(negatives - positives);
        int[] out = Arrays.copyOf(rows, rows.length + extra);
        Random random = new Random(seed * 31 + 7);
        for (int i = 0; i < extra; i++) out[rows.length + i] = pool[random.nextInt(pool.length)];
        return out;
    }
}
