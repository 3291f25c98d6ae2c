package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.creative.quality.FeatureExtractor;
import com.mstudio.engine.creative.quality.QualityScorer;
import com.mstudio.engine.runtime.ProgressSpan;

import java.util.List;

/**
 * The quality score of a generator: img-data's classifier-based Fréchet distance ({@link QualityScorer}). The feature
 * classifier learns from (at most {@link #CLASSIFIER_IMAGES} of) the training images, never the held-out ones; the
 * generator then makes as many images as the held-out half that gives the floor (so both numbers carry the same
 * small-sample bias), a conditional one in the held-out images' own class mix. Engine thread only.
 */
final class FidQuality implements CreativeTrainer.QualityScorer {
    /** Enough for the classifier's features to separate the classes; more only costs time. */
    static final int CLASSIFIER_IMAGES = 5_000;
    /** The generated images are drawn from seeds far from the preview's and the user's first grids. */
    static final long SEED_OFFSET = 1_000_000;

    private final QualityScorer scorer = new QualityScorer();

    @Override
    public CreativeQuality score(GenerativeNetwork net, ImageSet images, ImageSplit split, long seed, JobContext ctx) {
        int[] train = split.train();
        if (train.length > CLASSIFIER_IMAGES) {
            int[] labels = new int[train.length];
            for (int i = 0; i < train.length; i++) labels[i] = images.labels()[train[i]];
            int[] chosen = ImageSubsets.stratifiedIndices(labels, CLASSIFIER_IMAGES, seed);
            int[] picked = new int[chosen.length];
            for (int i = 0; i < chosen.length; i++) picked[i] = train[chosen[i]];
            train = picked;
        }
        return score(net, ImageSubsets.select(images, train), ImageSubsets.select(images, split.heldOut()), seed, ctx);
    }

    /** Trains the feature classifier on {@code real} and scores the generator against {@code heldOut}. */
    CreativeQuality score(GenerativeNetwork net, ImageSet real, ImageSet heldOut, long seed, JobContext ctx) {
        if (real.count() < QualityScorer.MIN_IMAGES || heldOut.count() < 4) {
            throw new StudioException("The quality score needs at least " + QualityScorer.MIN_IMAGES
                    + " real images and 4 held-out ones; this set has too few.");
        }
        ProgressSpan span = new ProgressSpan(ctx, 0, 1);
        FeatureExtractor extractor = scorer.train(real, seed, new SpanContext(ctx, span.sub(0, 0.8)));
        ctx.checkCancelled();
        span.report(0.85, "Generating images for the quality score");
        int n = heldOut.count() - heldOut.count() / 2;
        float[][] latents = new float[n][];
        long[] seeds = new long[n];
        int[] classes = new int[n];
        for (int i = 0; i < n; i++) {
            seeds[i] = seed + SEED_OFFSET + i;
            latents[i] = LatentMath.latent(seeds[i], net.latentSize());
            classes[i] = Math.max(0, heldOut.labels()[i % heldOut.count()]);
        }
        List<GeneratedImage> generated = TileRenderer.render(net, latents, seeds, classes);
        // Through bytes, as the real images are: both sides see the same 256 grey levels.
        int size = net.shape().size();
        float[][] pixels = new float[n][size];
        for (int i = 0; i < n; i++) ImageBytes.toFloats(generated.get(i).pixels(), 0, size, pixels[i], 0);
        span.report(0.9, "Comparing generated and real images");
        return scorer.score(extractor, pixels, heldOut, seed);
    }
}
