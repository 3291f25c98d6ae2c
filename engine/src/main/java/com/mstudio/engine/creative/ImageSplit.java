package com.mstudio.engine.creative;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.train.EpochLoop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Which images train and which are held out for the quality score: per class, a seeded shuffle and the first
 * {@code share} of each class held out, so that every class is in both parts in its own proportion (an unlabelled set
 * is one class). The same seed gives the same split.
 *
 * @param train   image indices to train on, ascending
 * @param heldOut image indices kept out, ascending
 */
public record ImageSplit(int[] train, int[] heldOut) {
    /** The held-out generator is seeded {@code seed * 31 + SALT}, apart from the batch order's. */
    static final long SALT = 17;

    public static ImageSplit of(ImageSet images, double share, long seed) {
        int classes = Math.max(1, images.classes().size());
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) byClass.add(new ArrayList<>());
        int[] labels = images.labels();
        for (int i = 0; i < labels.length; i++) byClass.get(labels[i] < 0 || labels[i] >= classes ? 0 : labels[i]).add(i);
        Random random = new Random(seed * 31 + SALT);
        int[] train = new int[labels.length], held = new int[labels.length];
        int nTrain = 0, nHeld = 0;
        for (List<Integer> members : byClass) {
            int[] order = members.stream().mapToInt(Integer::intValue).toArray();
            EpochLoop.shuffle(order, random);
            // A class of one image trains: holding it out would leave the model without that class.
            int out = order.length < 2 ? 0 : (int) Math.round(order.length * share);
            for (int k = 0; k < order.length; k++) {
                if (k < out) held[nHeld++] = order[k]; else train[nTrain++] = order[k];
            }
        }
        int[] t = Arrays.copyOf(train, nTrain), h = Arrays.copyOf(held, nHeld);
        Arrays.sort(t);
        Arrays.sort(h);
        return new ImageSplit(t, h);
    }
}
