package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobContext;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
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
 * The small classifier whose features the quality score compares: two strided 3×3 convolutions (16 and 32 maps, ReLU)
 * and a dense layer of {@link #FEATURES} ReLU units (the features) before a softmax over the classes. It is small on
 * purpose: it trains in seconds on the engine thread, yet it learns what tells the set's images apart (sleeves from
 * soles, food from animals), which is what a generated image should share with the real ones. Seeded: the same
 * images and seed give the same weights.
 */
final class QualityClassifier {
    static final int FEATURES = 64;
    static final int FEATURE_LAYER = 2;
    static final int LAYERS = 4;
    static final int BATCH = 64;
    static final double LEARNING_RATE = 2e-3;

    private QualityClassifier() {}

    static MultiLayerNetwork create(ImageShape shape, int classes, long seed) {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
                .seed(seed).dataType(DataType.FLOAT).updater(new Adam(LEARNING_RATE)).weightInit(WeightInit.RELU)
                .convolutionMode(ConvolutionMode.Same)
                .list()
                .layer(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(16).activation(Activation.RELU).build())
                .layer(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(32).activation(Activation.RELU).build())
                .layer(new DenseLayer.Builder().nOut(FEATURES).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build())
                .setInputType(InputType.convolutionalFlat(shape.height(), shape.width(), shape.channels()))
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
