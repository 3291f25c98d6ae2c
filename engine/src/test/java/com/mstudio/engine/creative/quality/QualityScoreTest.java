package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.Job;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The score on the shipped Fashion-MNIST sample, with a real classifier trained on the engine thread: real images
 * score near the floor, damaged ones worse, noise far worse; the same seed gives the same numbers.
 */
class QualityScoreTest {
    private static final long SEED = 11;
    private static JobEngine engine;
    private static ImageSet train, heldOut, otherReal;
    private static FeatureExtractor extractor;

    @BeforeAll
    static void trainOnce() throws Exception {
        engine = new JobEngine(new JobEngine.Config(0, true, 1));
        engine.nativeSetup().get(120, TimeUnit.SECONDS);
        ImageSet all = ImageSamples.fashion(0);
        int[] trainRows = ImageSubsets.stratifiedIndices(all.labels(), 1_500, SEED);
        train = ImageSubsets.select(all, trainRows);
        otherReal = ImageSubsets.limit(ImageSubsets.select(all, ImageSubsets.complement(trainRows, all.count())), 500, SEED);
        heldOut = ImageSamples.fashionHeldOut(0);
        long start = System.nanoTime();
        extractor = onEngine(ctx -> new QualityScorer().train(train, SEED, ctx));
        System.out.printf(Locale.ROOT, "quality classifier: %d images, %d epochs, %.1f s (noisy: shared machine)%n",
                train.count(), QualityScorer.DEFAULT_EPOCHS, (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static <T> T onEngine(Job<T> job) {
        return engine.submit("quality test", job).await();
    }

    @Test
    void featuresAreThePenultimateLayerAndTheClassesWereLearned() {
        assertEquals(QualityScorer.FEATURES, extractor.featureSize());
        assertEquals("the set's 10 classes", extractor.labelSource());
        double accuracy = onEngine(ctx -> {
            double[][] f = extractor.features(heldOut);
            assertEquals(heldOut.count(), f.length);
            assertEquals(64, f[0].length);
            // The classifier itself must have learned: a nearest-class-mean rule on its features beats chance by far.
            double[][] means = new double[10][64];
            int[] counts = new int[10];
            double[][] tf = extractor.features(train);
            for (int i = 0; i < tf.length; i++) {
                counts[train.labels()[i]]++;
                for (int j = 0; j < 64; j++) means[train.labels()[i]][j] += tf[i][j];
            }
            for (int c = 0; c < 10; c++) for (int j = 0; j < 64; j++) means[c][j] /= counts[c];
            int right = 0;
            for (int i = 0; i < f.length; i++) {
                int best = 0;
                double bestD = Double.MAX_VALUE;
                for (int c = 0; c < 10; c++) {
                    double d = 0;
                    for (int j = 0; j < 64; j++) d += (f[i][j] - means[c][j]) * (f[i][j] - means[c][j]);
                    if (d < bestD) { bestD = d; best = c; }
                }
                if (best == heldOut.labels()[i]) right++;
            }
            return (double) right / f.length;
        });
        System.out.printf(Locale.ROOT, "held-out nearest-class-mean accuracy on the features: %.3f%n", accuracy);
        assertTrue(accuracy > 0.6, "accuracy " + accuracy);
    }

    @Test
    void realImagesScoreNearTheFloorDamagedOnesWorseAndNoiseFarWorse() {
        CreativeQuality real = onEngine(ctx -> new QualityScorer().score(extractor, FeatureExtractor.asInput(otherReal), heldOut, SEED));
        CreativeQuality blurred = onEngine(ctx -> new QualityScorer().score(extractor, damaged(otherReal, 0.35, 1), heldOut, SEED));
        CreativeQuality shifted = onEngine(ctx -> new QualityScorer().score(extractor, shifted(otherReal, 5), heldOut, SEED));
        CreativeQuality noise = onEngine(ctx -> new QualityScorer().score(extractor, noise(500, 2), heldOut, SEED));
        System.out.println("real: " + real.describe() + " · shifted: " + shifted.describe() + " · noised: " + blurred.describe()
                + " · noise: " + noise.describe());
        assertTrue(shifted.fid() > 2 * real.fid(), "items moved off-centre are worse: " + shifted.describe());
        assertEquals(500, real.generated());
        assertEquals(1_000, real.real());
        assertEquals(64, real.featureSize());
        assertTrue(real.floor() > 0, "two different halves differ a little");
        assertEquals(real.floor(), noise.floor(), 1e-9, "the floor depends only on the held-out images and the seed");
        assertTrue(real.fid() < 3 * real.floor(), "other real images sit near the floor: " + real.describe());
        assertTrue(blurred.fid() > 2 * real.fid(), "noised and darkened images are worse: " + blurred.describe());
        assertTrue(noise.fid() > 20 * real.floor(), "random noise is far from real: " + noise.describe());
        assertTrue(noise.fid() > blurred.fid());
        System.out.printf(Locale.ROOT, "pass for real: other real %.2f, floor %.2f, shifted %.2f, noised %.2f, noise %.2f%n",
                real.realisticShare(), real.realisticFloor(), shifted.realisticShare(), blurred.realisticShare(),
                noise.realisticShare());
        assertTrue(real.realisticFloor() > 0.7, "most held-out real images pass for real: " + real.realisticFloor());
        assertTrue(Math.abs(real.realisticShare() - real.realisticFloor()) < 0.1, "other real images score like the floor");
        assertTrue(noise.realisticShare() < 0.02, "noise never passes: " + noise.realisticShare());
        // noise and darkening keep the garment's shape (0.66 measured against 0.82); a shift of 5 pixels does not (0.39)
        assertTrue(blurred.realisticShare() < real.realisticShare() - 0.05, "noised, darkened images pass less often");
        assertTrue(shifted.realisticShare() < real.realisticShare() * 0.6, "off-centre items pass far less often");
    }

    @Test
    void anUntrainedGeneratorsImagesDoNotPassForReal() {
        CreativeQuality q = onEngine(ctx -> {
            GenerativeNetwork g = GenerativeNetworks.create(CreativeRequest.defaults(CreativePreset.DCGAN).withSeed(SEED),
                    ImageShape.GREY_28, 0);
            INDArray z = org.nd4j.linalg.factory.Nd4j.randn(
                    org.nd4j.linalg.factory.Nd4j.getRandomFactory().getNewRandomInstance(SEED), 500, 100)
                    .castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
            return new QualityScorer().score(extractor, g.generate(z, null), heldOut, SEED);
        });
        System.out.println("untrained DCGAN: " + q.describe() + "; " + q.describeRealistic());
        assertTrue(q.realisticShare() < 0.02, q.describeRealistic());
        assertTrue(q.realisticFloor() > 0.7, q.describeRealistic());
    }

    @Test
    void theSameImagesGiveZeroAndTheSameSeedGivesTheSameScore() {
        double[] again = onEngine(ctx -> {
            double[][] f = extractor.features(heldOut);
            double self = FrechetDistance.between(GaussianStats.of(f), GaussianStats.of(f));
            // Two short trainings on a small subset: enough to show that the seed fixes every weight.
            ImageSet small = ImageSubsets.limit(train, 300, SEED);
            FeatureExtractor first = new QualityScorer(1).train(small, SEED, ctx);
            FeatureExtractor second = new QualityScorer(1).train(small, SEED, ctx);
            CreativeQuality a = new QualityScorer().score(first, noise(200, 5), heldOut, SEED);
            CreativeQuality b = new QualityScorer().score(second, noise(200, 5), heldOut, SEED);
            return new double[] {self, a.fid(), b.fid(), a.floor(), b.floor()};
        });
        assertEquals(0, again[0], 1e-6);
        assertEquals(again[1], again[2], 1e-9, "retrained with the same seed: same weights, same score");
        assertEquals(again[3], again[4], 1e-9);
    }

    @Test
    void theClassifierSurvivesBytesAndDamagedBytesAreRefused() {
        boolean same = onEngine(ctx -> {
            FeatureExtractor back = FeatureExtractor.fromBytes(extractor.toBytes(), ImageShape.GREY_28, extractor.labelSource());
            ImageSet few = ImageSubsets.limit(heldOut, 50, 1);
            return java.util.Arrays.deepEquals(extractor.features(few), back.features(few));
        });
        assertTrue(same, "the restored classifier gives the same features");
        byte[] damaged = java.util.Arrays.copyOf(extractor.toBytes(), 300);
        com.mstudio.engine.api.StudioException e = assertThrows(com.mstudio.engine.api.StudioException.class,
                () -> onEngine(ctx -> FeatureExtractor.fromBytes(damaged, ImageShape.GREY_28, "x")));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        e = assertThrows(com.mstudio.engine.api.StudioException.class,
                () -> onEngine(ctx -> FeatureExtractor.fromBytes(extractor.toBytes(), ImageShape.COLOUR_32, "x")));
        assertTrue(e.getMessage().contains("does not fit 32×32 colour"), e.getMessage());
    }

    @Test
    void anUnlabelledColourSetUsesClustersAndStillSeparatesNoise() {
        ImageSet icons = ImageSamples.icons(ImageShape.COLOUR_32);
        int[] labels = new int[icons.count()];
        java.util.Arrays.fill(labels, -1);
        ImageSet unlabelled = new ImageSet("icons", icons.shape(), icons.fit(), List.of(), labels, icons.pixels(),
                icons.sources(), List.of());
        int[] trainRows = ImageSubsets.stratifiedIndices(labels, 439, SEED);
        ImageSet iconTrain = ImageSubsets.select(unlabelled, trainRows);
        ImageSet iconHeld = ImageSubsets.select(unlabelled, ImageSubsets.complement(trainRows, icons.count()));
        CreativeQuality[] scores = onEngine(ctx -> {
            FeatureExtractor f = new QualityScorer().train(iconTrain, SEED, new PlainJobContext());
            assertTrue(f.labelSource().contains("k-means"), f.labelSource());
            return new CreativeQuality[] {
                new QualityScorer().score(f, FeatureExtractor.asInput(ImageSubsets.limit(iconTrain, 100, 1)), iconHeld, SEED),
                new QualityScorer().score(f, noise(100, icons.shape().size(), 3), iconHeld, SEED)};
        });
        System.out.println("icons, real: " + scores[0].describe() + " · noise: " + scores[1].describe());
        assertTrue(scores[1].fid() > 5 * scores[0].fid(), scores[1].describe() + " vs " + scores[0].describe());
        assertTrue(scores[1].fid() > 5 * scores[1].floor());
    }

    /** Real images with Gaussian noise of {@code sigma} (0..1 scale) added and the brightness halved. */
    static INDArray damaged(ImageSet set, double sigma, long seed) {
        Random random = new Random(seed);
        float[][] rows = FeatureExtractor.asInput(set).toFloatMatrix();
        for (float[] row : rows) {
            for (int j = 0; j < row.length; j++) row[j] = (float) Math.min(1, Math.max(0, row[j] * 0.5 + random.nextGaussian() * sigma));
        }
        return org.nd4j.linalg.factory.Nd4j.create(rows);
    }

    /** Real images moved {@code by} pixels right and down (the product off-centre), black coming in. */
    static INDArray shifted(ImageSet set, int by) {
        float[][] rows = FeatureExtractor.asInput(set).toFloatMatrix();
        float[][] out = new float[rows.length][784];
        for (int i = 0; i < rows.length; i++) {
            for (int y = by; y < 28; y++) System.arraycopy(rows[i], (y - by) * 28, out[i], y * 28 + by, 28 - by);
        }
        return org.nd4j.linalg.factory.Nd4j.create(out);
    }

    static float[][] noise(int n, long seed) {
        return noise(n, 784, seed);
    }

    static float[][] noise(int n, int size, long seed) {
        Random random = new Random(seed);
        float[][] rows = new float[n][size];
        for (float[] row : rows) for (int j = 0; j < size; j++) row[j] = random.nextFloat();
        return rows;
    }
}
