package com.mstudio.engine.copy;

import java.util.Arrays;
import java.util.Random;

/**
 * Every weight of the hand-written {@link AttentionModel} in one flat float array, with the gradient array of the same
 * layout, L2 and one Adam state for all of them. Layout: token embedding [vocabulary × e], position embedding
 * [maxLength × e], per block the query/key/value projection [e × 3e] (columns: queries, keys, values; head h owns
 * columns h·d..h·d+d−1 of each) and the output projection [e × e], then dense [e × e], output [e × classes], and the
 * two biases last, so that L2 covers exactly the range before them (DL4J's rule: weights, not biases).
 */
final class AttentionParameters {
    static final double BETA1 = 0.9;
    static final double BETA2 = 0.999;
    static final double EPSILON = 1e-8;

    final AttentionShape shape;
    final float[] w;
    final float[] g;
    final int tokens;
    final int positions;
    final int[] qkv;
    final int[] projection;
    final int dense;
    final int output;
    final int denseBias;
    final int outputBias;
    private final float[] m;
    private final float[] v;
    private int step;

    AttentionParameters(AttentionShape s) {
        this.shape = s;
        int e = s.embedding(), at = 0;
        tokens = at;
        at += s.vocabulary() * e;
        positions = at;
        at += s.maxLength() * e;
        qkv = new int[s.blocks()];
        projection = new int[s.blocks()];
        for (int b = 0; b < s.blocks(); b++) {
            qkv[b] = at;
            at += e * 3 * e;
            projection[b] = at;
            at += e * e;
        }
        dense = at;
        at += e * e;
        output = at;
        at += e * s.classes();
        denseBias = at;
        at += e;
        outputBias = at;
        at += s.classes();
        w = new float[at];
        g = new float[at];
        m = new float[at];
        v = new float[at];
    }

    int count() {
        return w.length;
    }

    /**
     * DL4J's initialisations of the same layers, seeded: Xavier (normal, variance 2 / (fan-in + fan-out)) for the
     * embeddings (with fan-in 1, as DL4J's embedding layers: the scale must not depend on the vocabulary's size), the
     * query/key/value projections (fan-out: one head's width, as DL4J's attention layer), the output projection and
     * the output layer; He (variance 2 / fan-in) for the ReLU layer; biases zero. Measured: with fan-in = vocabulary the
     * token vectors started three times smaller than the position vectors and 600 subject lines stayed at "always ham"
     * for six epochs.
     */
    void initialise(long seed) {
        Random r = new Random(seed);
        AttentionShape s = shape;
        int e = s.embedding();
        gaussian(r, tokens, s.vocabulary() * e, Math.sqrt(2.0 / (1 + e)));
        gaussian(r, positions, s.maxLength() * e, Math.sqrt(2.0 / (1 + e)));
        for (int b = 0; b < s.blocks(); b++) {
            gaussian(r, qkv[b], 3 * e * e, Math.sqrt(2.0 / (e + s.headSize())));
            gaussian(r, projection[b], e * e, Math.sqrt(2.0 / (e + e)));
        }
        gaussian(r, dense, e * e, Math.sqrt(2.0 / e));
        gaussian(r, output, e * s.classes(), Math.sqrt(2.0 / (e + s.classes())));
    }

    private void gaussian(Random r, int from, int n, double sd) {
        for (int i = from; i < from + n; i++) w[i] = (float) (r.nextGaussian() * sd);
    }

    void zeroGradients() {
        Arrays.fill(g, 0f);
    }

    /** Adds the gradient of {@code l2/2 · Σ w²} over the weights (not the biases), as DL4J's {@code l2(x)} does. */
    void addL2(double l2) {
        float c = (float) l2;
        for (int i = 0; i < denseBias; i++) g[i] += c * w[i];
    }

    /** {@code l2/2 · Σ w²} over the weights: the part of the loss that {@link #addL2} differentiates. */
    double l2Penalty(double l2) {
        double sum = 0;
        for (int i = 0; i < denseBias; i++) sum += (double) w[i] * w[i];
        return 0.5 * l2 * sum;
    }

    /** One Adam step (DL4J's form: bias correction folded into the step size) with the gradients in {@link #g}. */
    void adam(double learningRate) {
        step++;
        float b1 = (float) BETA1, b2 = (float) BETA2, eps = (float) EPSILON;
        float alpha = (float) (learningRate * Math.sqrt(1 - Math.pow(BETA2, step)) / (1 - Math.pow(BETA1, step)));
        for (int i = 0; i < w.length; i++) {
            float gi = g[i];
            float mi = m[i] = b1 * m[i] + (1 - b1) * gi;
            float vi = v[i] = b2 * v[i] + (1 - b2) * gi * gi;
            w[i] -= alpha * mi / ((float) Math.sqrt(vi) + eps);
        }
    }
}
