package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobContext;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The small classifier whose features the quality score compares: a dense layer of 256 ReLU units, then
 * {@link #FEATURES} ReLU units (the features), then a softmax over the classes. It learns what tells the set's images
 * apart (sleeves from soles, food from animals), which is what a generated image should share with the real ones.
 *
 * <p>Why not convolutions: measured on the shared 2-core machine (noisy), a DL4J M2.1 CPU step of two strided 3×3
 * convolutions cost 6 ms per 28×28 image and 20 ms per 64×64 colour image, against 0.5 and 1.7 ms for this
 * network at batch 256; the score runs at the end of every training, and a 100-second classifier would dwarf a
 * classic GAN's 2-second epochs. The dense features still separate noise, blur and darkening from real images by
 * large factors (QualityScoreTest). Seeded: the same images and seed give the same weights.
 */
final class QualityClassifier {
    static final int HIDDEN = 256;
    static final int FEATURES = 64;
    static final int FEATURE_LAYER = 1;
    static final int LAYERS = 3;
    static final int BATCH = 128;
    static final double LEARNING_RATE = 2e-3;

    private QualityClassifier() {}

    static MultiLayerNetwork create(ImageShape shape, int classes, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.FLOAT).updater(new Adam(LEARNING_RATE)).weightInit(WeightInit.RELU)
                .list()
                .layer(new DenseLayer.Builder().nIn(shape.size()).nOut(HIDDEN).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(FEATURES).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build())
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Trains on {@code images} with {@code labels} (0..classes-1) for {@code epochs}; progress goes to {@code ctx}. */
    static MultiLayerNetwork train(ImageSet images, int[] labels, int classes, int epochs, long seed, JobContext ctx) {
        MultiLayerNetwork net = create(images.shape(), classes, seed);
        INDArray x = FeatureExtractor.asInput(images);
        int n = images.count();
        float[] oneHot = new float[n * classes];
        for (int i = 0; i < n; i++) oneHot[i * classes + labels[i]] = 1;
        INDArray y = Nd4j.create(oneHot, new long[] {n, classes}, 'c');
        SplittableRandom random = new SplittableRandom(seed * 31 + 7);
        int batches = (n + BATCH - 1) / BATCH;
        for (int epoch = 0; epoch < epochs; epoch++) {
            int[] order = shuffled(n, random);
            for (int b = 0; b < batches; b++) {
                ctx.checkCancelled();
                int from = b * BATCH, to = Math.min(n, from + BATCH);
                int[] rows = java.util.Arrays.copyOfRange(order, from, to);
                INDArray bx = x.getRows(rows), by = y.getRows(rows);
                net.fit(bx, by);
                if (b % 10 == 0 || b == batches - 1) {
                    double done = (epoch + (b + 1.0) / batches) / epochs;
                    ctx.progress(done, String.format(Locale.ROOT, "Quality classifier: epoch %d of %d", epoch + 1, epochs));
                }
            }
        }
        return net;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
