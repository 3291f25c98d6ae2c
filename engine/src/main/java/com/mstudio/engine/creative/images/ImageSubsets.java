package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded, class-stratified subsets of an {@link ImageSet}: each class keeps its share (largest remainders decide the
 * odd images), the choice within a class is a seeded shuffle, and the kept images stay in their original order so a
 * subset reads like the set it came from.
 */
public final class ImageSubsets {
    private ImageSubsets() {}

    /** At most {@code limit} images, stratified by class; the set itself when it is not larger. */
    public static ImageSet limit(ImageSet set, int limit, long seed) {
        if (limit <= 0 || set.count() <= limit) return set;
        return select(set, stratifiedIndices(set.labels(), limit, seed));
    }

    /** A stratified, seeded choice of {@code n} indices into {@code labels} (label -1 counts as one group), ascending. */
    public static int[] stratifiedIndices(int[] labels, int n, long seed) {
        if (n >= labels.length) {
            int[] all = new int[labels.length];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        int groups = 0;
        for (int label : labels) groups = Math.max(groups, label + 2); // group = label + 1, so -1 → 0
        List<List<Integer>> members = new ArrayList<>();
        for (int g = 0; g < groups; g++) members.add(new ArrayList<>());
        for (int i = 0; i < labels.length; i++) members.get(labels[i] + 1).add(i);
        int[] take = shares(members.stream().mapToInt(List::size).toArray(), n);
        SplittableRandom random = new SplittableRandom(seed);
        int[] chosen = new int[n];
        int k = 0;
        for (int g = 0; g < groups; g++) {
            int[] idx = members.get(g).stream().mapToInt(Integer::intValue).toArray();
            for (int i = 0; i < take[g]; i++) { // partial Fisher–Yates: the first take[g] places are a fair draw
                int j = i + random.nextInt(idx.length - i);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                chosen[k++] = idx[i];
            }
        }
        Arrays.sort(chosen);
        return chosen;
    }

    /** The complement of {@code indices} (ascending) in {@code 0..count-1}. */
    public static int[] complement(int[] indices, int count) {
        boolean[] in = new boolean[count];
        for (int i : indices) in[i] = true;
        int[] rest = new int[count - indices.length];
        int k = 0;
        for (int i = 0; i < count; i++) if (!in[i]) rest[k++] = i;
        return rest;
    }

    /** The images at {@code indices}, in that order, with the set's classes and problems. */
    public static ImageSet select(ImageSet set, int[] indices) {
        int size = set.shape().size();
        byte[] pixels = new byte[indices.length * size];
        int[] labels = new int[indices.length];
        List<String> sources = new ArrayList<>(indices.length);
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            System.arraycopy(set.pixels(), i * size, pixels, k * size, size);
            labels[k] = set.labels()[i];
            sources.add(set.sources().get(i));
        }
        return new ImageSet(set.name(), set.shape(), set.fit(), set.classes(), labels, pixels, sources, set.problems());
    }

    /** Shares of {@code n} proportional to {@code sizes}, by largest remainder (ties to the lower group), each ≤ its size. */
    static int[] shares(int[] sizes, int n) {
        long total = Arrays.stream(sizes).asLongStream().sum();
        int[] take = new int[sizes.length];
        double[] remainder = new double[sizes.length];
        int given = 0;
        for (int g = 0; g < sizes.length; g++) {
            double exact = (double) n * sizes[g] / total;
            take[g] = (int) Math.floor(exact);
            remainder[g] = exact - take[g];
            given += take[g];
        }
        while (given < n) {
            int best = -1;
            for (int g = 0; g < sizes.length; g++) {
                if (take[g] < sizes[g] && (best < 0 || remainder[g] > remainder[best])) best = g;
            }
            take[best]++;
            remainder[best] = -1;
            given++;
        }
        return take;
    }
}
