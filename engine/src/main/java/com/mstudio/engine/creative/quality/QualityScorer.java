package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.runtime.ProgressSpan;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The creative quality score (see {@link CreativeQuality}): a Fréchet distance between classifier features of
 * generated and of held-out real images, next to the same distance between two halves of the real images (the floor).
 *
 * <p>How to use it (engine thread; both steps are seeded):
 * <ol>
 * <li>{@link #train} a {@link FeatureExtractor} on the real training images, once per set: a small classifier learns
 * the set's classes (or k-means clusters when the set has none) in a few seconds.</li>
 * <li>{@link #score} generated images against the held-out real images. The held-out images are split in two
 * class-stratified halves A and B: {@code floor = d(B, A)} and {@code fid = d(generated, A)}. Both compare against the
 * same half A, so with as many generated images as B holds the two numbers share the same small-sample bias and can be
 * read side by side; the distance of a Gaussian fit to few vectors is biased upwards, so give it at least a few
 * hundred images.</li>
 * </ol>
 * The same features also give the share of generated images that pass for real ones ({@link RealisticShare}, against
 * half A), next to that share for half B: the floor.
 */
public final class QualityScorer {
    /** Epochs of the classifier: enough to separate Fashion-MNIST classes (about 85% accuracy), quick on 2 cores. */
    public static final int DEFAULT_EPOCHS = 3;
    public static final int FEATURES = QualityClassifier.FEATURES;
    /** Fewer real images than this cannot train a meaningful classifier. */
    public static final int MIN_IMAGES = 20;

    private final int epochs;

    public QualityScorer() {
        this(DEFAULT_EPOCHS);
    }

    public QualityScorer(int epochs) {
        if (epochs < 1) throw new IllegalArgumentException("at least one epoch");
        this.epochs = epochs;
    }

    /** Trains the feature classifier on {@code real} (engine thread). Progress 0..1 goes to {@code ctx}. */
    public FeatureExtractor train(ImageSet real, long seed, JobContext ctx) {
        if (real.count() < MIN_IMAGES) {
            throw new StudioException("The quality score needs at least " + MIN_IMAGES + " real images to learn from; \""
                    + real.name() + "\" has " + real.count() + ".");
        }
        int[] labels;
        int classes;
        String source;
        if (real.labelled() && real.classes().size() >= 2) {
            labels = real.labels();
            classes = real.classes().size();
            source = "the set's " + classes + " classes";
        } else {
            labels = PseudoLabels.of(real, seed, ctx);
            classes = 0;
            for (int l : labels) classes = Math.max(classes, l + 1);
            classes = Math.max(2, classes);
            source = classes + " k-means clusters (the set has no classes)";
        }
        ProgressSpan span = new ProgressSpan(ctx, real.labelled() ? 0 : 0.1, 1);
        JobContext inner = new SpanContext(ctx, span);
        return new FeatureExtractor(QualityClassifier.train(real, labels, classes, epochs, seed, inner), real.shape(),
                QualityClassifier.FEATURE_LAYER, source);
    }

    /**
     * Scores {@code generated} ({@code [n, shape.size()]}, 0..1) against {@code heldOut} real images.
     *
     * @param seed chooses the two halves of the held-out images
     */
    public CreativeQuality score(FeatureExtractor extractor, INDArray generated, ImageSet heldOut, long seed) {
        if (heldOut.count() < 4) {
            throw new StudioException("The quality score needs at least 4 held-out real images; there are " + heldOut.count() + ".");
        }
        if (generated.rows() < 2) throw new IllegalArgumentException("at least 2 generated images are needed");
        int[] a = ImageSubsets.stratifiedIndices(heldOut.labels(), heldOut.count() / 2, seed);
        int[] b = ImageSubsets.complement(a, heldOut.count());
        double[][] featuresA = extractor.features(ImageSubsets.select(heldOut, a));
        double[][] featuresB = extractor.features(ImageSubsets.select(heldOut, b));
        double[][] featuresFake = extractor.features(generated);
        GaussianStats halfA = GaussianStats.of(featuresA);
        GaussianStats halfB = GaussianStats.of(featuresB);
        GaussianStats fake = GaussianStats.of(featuresFake);
        // Against the same half A as FID, so that generated and real-vs-real shares read side by side.
        Double realistic = a.length > RealisticShare.K ? RealisticShare.of(featuresA, featuresFake) : null;
        Double realisticFloor = a.length > RealisticShare.K ? RealisticShare.of(featuresA, featuresB) : null;
        return new CreativeQuality(FrechetDistance.between(fake, halfA), FrechetDistance.between(halfB, halfA),
                (int) generated.rows(), heldOut.count(), extractor.featureSize(), realistic, realisticFloor);
    }

    /** The same for generated images as one 0..1 float row each. */
    public CreativeQuality score(FeatureExtractor extractor, float[][] generated, ImageSet heldOut, long seed) {
        return score(extractor, Nd4j.create(generated), heldOut, seed);
    }

    /** Reports a sub-step's 0..1 progress into its span of the job's progress. */
    private record SpanContext(JobContext outer, ProgressSpan span) implements JobContext {
        @Override public void progress(double fraction, String message) { span.report(fraction, message); }
        @Override public void metric(String series, long step, double value) { outer.metric(series, step, value); }
        @Override public void preview(String kind, Object payload) { outer.preview(kind, payload); }
        @Override public boolean isCancelled() { return outer.isCancelled(); }
    }
}
