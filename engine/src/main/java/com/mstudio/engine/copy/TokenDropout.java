package com.mstudio.engine.copy;

import java.util.SplittableRandom;

/**
 * Training batches of the attention network in which each real token is replaced by the unknown token with
 * probability {@code rate}, drawn afresh every batch (seeded). Why: on a few thousand texts the token embedding learns
 * the training texts by their rare words within three epochs; hiding a share of the words each time makes the model
 * rely on many of them, as word dropout does in text classifiers. Validation and test batches never use it.
 */
final class TokenDropout implements CopyBatches.Tokens {
    private final CopyBatches.Sequences texts;
    private final double rate;
    private final SplittableRandom random;

    TokenDropout(CopyBatches.Sequences texts, double rate, long seed) {
        if (rate < 0 || rate >= 1) throw new IllegalArgumentException("token dropout must be in [0, 1)");
        this.texts = texts;
        this.rate = rate;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int rows() {
        return texts.rows();
    }

    @Override
    public int classes() {
        return texts.classes();
    }

    @Override
    public int label(int r) {
        return texts.label(r);
    }

    @Override
    public TokenBatch tokens(int[] order, int from, int to) {
        TokenBatch batch = texts.tokens(order, from, to);
        int[] tokens = batch.ids();
        for (int i = 0; i < tokens.length; i++) {
            // padding (0) stays padding; the mask is unchanged, so a hidden word still counts as a position
            if (tokens[i] > Vocabulary.UNKNOWN && random.nextDouble() < rate) tokens[i] = Vocabulary.UNKNOWN;
        }
        return batch;
    }
}
