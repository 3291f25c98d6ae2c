package com.mstudio.engine.creative;

import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.creative.quality.FeatureExtractor;
import com.mstudio.engine.creative.quality.QualityScorer;
import com.mstudio.engine.testsupport.ImageSamples;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Locale;

/**
 * How well a conditional model makes the class it is asked for: images drawn for class k through the same path the
 * grid uses ({@link TileRenderer#fromSeeds}), labelled by the quality classifier trained on the real Fashion-MNIST
 * sample. Chance is 1/10; the classifier's own accuracy on held-out real images is the ceiling.
 */
final class ClassRecognition {
    private static FeatureExtractor classifier;
    private static double realAccuracy;

    private ClassRecognition() {
    }

    /** The quality classifier trained on the 5,000 sample images (seeded, shared by the tests of one JVM). */
    static synchronized FeatureExtractor classifier() {
        if (classifier == null) {
            classifier = new QualityScorer(5).train(ImageSamples.fashion(0), 7, new PlainJobContext());
            var held = ImageSamples.fashionHeldOut(0);
            int[] guess = classifier.classify(FeatureExtractor.asInput(held));
            int right = 0;
            for (int i = 0; i < guess.length; i++) if (guess[i] == held.labels()[i]) right++;
            realAccuracy = right / (double) guess.length;
        }
        return classifier;
    }

    /** The classifier's accuracy on the 1,000 held-out real images: what a perfect generator would score. */
    static double realAccuracy() {
        classifier();
        return realAccuracy;
    }

    /** Per class k, the share of {@code perClass} images drawn for k that the classifier calls k. */
    static double[] rates(GenerativeNetwork net, int perClass, long seed) {
        FeatureExtractor judge = classifier();
        double[] rates = new double[net.classCount()];
        for (int c = 0; c < rates.length; c++) {
            List<GeneratedImage> tiles = TileRenderer.fromSeeds(net, perClass, seed, c);
            int[] guess = judge.classify(asArray(tiles, net.shape().size()));
            int right = 0;
            for (int g : guess) if (g == c) right++;
            rates[c] = right / (double) perClass;
        }
        return rates;
    }

    static double mean(double[] rates) {
        return java.util.Arrays.stream(rates).average().orElse(0);
    }

    static String describe(double[] rates) {
        StringBuilder s = new StringBuilder();
        for (double r : rates) s.append(String.format(Locale.ROOT, " %.2f", r));
        return String.format(Locale.ROOT, "mean %.3f, per class%s (real held-out accuracy %.3f)", mean(rates), s, realAccuracy());
    }

    private static INDArray asArray(List<GeneratedImage> tiles, int size) {
        float[] flat = new float[tiles.size() * size];
        for (int i = 0; i < tiles.size(); i++) {
            byte[] px = tiles.get(i).pixels();
            for (int k = 0; k < size; k++) flat[i * size + k] = (px[k] & 0xFF) / 255f;
        }
        return Nd4j.create(flat, new long[] {tiles.size(), size}, 'c').castTo(DataType.FLOAT);
    }
}
