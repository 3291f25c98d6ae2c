package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.runtime.ProgressSpan;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The quality score of a trained {@link GenerativeNetwork}: trains the feature classifier on the real training images,
 * generates as many images as half the held-out set (seeded latents; for a conditional model, the same classes as that
 * half), and scores them with {@link QualityScorer}. Engine thread only.
 */
public final class ModelQuality {
    private static final int GENERATE_BATCH = 256;
    private final QualityScorer scorer;

    public ModelQuality() {
        this(new QualityScorer());
    }

    public ModelQuality(QualityScorer scorer) {
        this.scorer = scorer;
    }

    /**
     * For a training run: {@code heldOut} indexes the images of {@code images} that training did not see; the rest
     * train the classifier.
     */
    public CreativeQuality measure(GenerativeNetwork net, ImageSet images, int[] heldOut, long seed, JobContext ctx) {
        int[] sorted = heldOut.clone();
        java.util.Arrays.sort(sorted);
        ImageSet real = ImageSubsets.select(images, ImageSubsets.complement(sorted, images.count()));
        return measure(net, real, ImageSubsets.select(images, sorted), seed, ctx);
    }

    /** For a saved model: {@code train} teaches the classifier, {@code heldOut} are the real images to compare with. */
    public CreativeQuality measure(GenerativeNetwork net, ImageSet train, ImageSet heldOut, long seed, JobContext ctx) {
        if (!train.shape().equals(net.shape()) || !heldOut.shape().equals(net.shape())) {
            throw new IllegalArgumentException("the model makes " + net.shape().describe() + " images; the real ones are "
                    + train.shape().describe());
        }
        ProgressSpan span = new ProgressSpan(ctx, 0, 1);
        FeatureExtractor extractor = scorer.train(train, seed, new SpanContext(ctx, new ProgressSpan(ctx, 0, 0.9)));
        span.report(0.9, "Generating images for the quality score");
        int n = Math.max(2, heldOut.count() - heldOut.count() / 2); // the size of the floor's second half
        INDArray generated = generate(net, n, classesLike(net, heldOut, n, seed), seed);
        span.report(0.95, "Comparing generated and real images");
        CreativeQuality quality = scorer.score(extractor, generated, heldOut, seed);
        span.report(1, quality.describe());
        return quality;
    }

    /**
     * For a conditional model: classes in the held-out images' own proportions (a stratified choice of their labels),
     * so that generated and real images share a class mix; null for an unconditional model.
     */
    static int[] classesLike(GenerativeNetwork net, ImageSet heldOut, int n, long seed) {
        if (net.classCount() == 0) return null;
        int[] out = new int[n];
        if (!heldOut.labelled()) {
            for (int i = 0; i < n; i++) out[i] = i % net.classCount();
            return out;
        }
        int[] labels = heldOut.labels();
        int[] chosen = ImageSubsets.stratifiedIndices(labels, Math.min(n, labels.length), seed);
        for (int i = 0; i < n; i++) out[i] = Math.min(net.classCount() - 1, Math.max(0, labels[chosen[i % chosen.length]]));
        return out;
    }

    /** {@code n} images from N(0, 1) latents drawn from {@code seed}, 0..1, {@code [n, shape.size()]}. */
    static INDArray generate(GenerativeNetwork net, int n, int[] classes, long seed) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + 17);
        List<INDArray> parts = new ArrayList<>();
        for (int from = 0; from < n; from += GENERATE_BATCH) {
            int b = Math.min(GENERATE_BATCH, n - from);
            float[] z = new float[b * net.latentSize()];
            for (int i = 0; i < z.length; i++) z[i] = (float) random.nextGaussian();
            INDArray latents = Nd4j.create(z, new long[] {b, net.latentSize()}, 'c');
            INDArray labels = null;
            if (classes != null) {
                float[] oneHot = new float[b * net.classCount()];
                for (int i = 0; i < b; i++) oneHot[i * net.classCount() + classes[from + i]] = 1;
                labels = Nd4j.create(oneHot, new long[] {b, net.classCount()}, 'c');
            }
            parts.add(net.generate(latents, labels).dup());
        }
        return parts.size() == 1 ? parts.get(0) : Nd4j.vstack(parts.toArray(new INDArray[0]));
    }

    /** Reports a sub-step's 0..1 progress into its span of the job's progress. */
    record SpanContext(JobContext outer, ProgressSpan span) implements JobContext {
        @Override public void progress(double fraction, String message) { span.report(fraction, message); }
        @Override public void metric(String series, long step, double value) { outer.metric(series, step, value); }
        @Override public void preview(String kind, Object payload) { outer.preview(kind, payload); }
        @Override public boolean isCancelled() { return outer.isCancelled(); }
    }
}
