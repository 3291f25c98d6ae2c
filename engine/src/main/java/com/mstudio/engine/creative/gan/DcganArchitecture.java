package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.ImageShape;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The DCGAN of issue #5 as two DL4J networks without loss layers (the GAN computes its BCE on D's logit itself):
 * <ul>
 * <li>G: [z, one-hot] → dense projection to base×base×{@code width·2} → BN ReLU → Deconvolution2D(k4 s2) {@code width}
 * → BN ReLU → … → Deconvolution2D(k4 s2) channels, tanh. base = size/4 (7 for 28, 8 for 32); 64 gets one more
 * up-sampling from 8.</li>
 * <li>D: [image channels + one label plane per class] → Conv(k4 s2) {@code width} LeakyReLU 0.2 → Conv(k4 s2)
 * {@code width·2} → BN LeakyReLU 0.2 → (64: one more) → dense → 1 logit.</li>
 * </ul>
 * Weights N(0, 0.02) and Adam β1 0.5 as in the DCGAN paper. Deconvolution2D and BatchNormalization train on CPU in M2.1
 * (the gradients are checked in DcganGradientTest).
 *
 * @param width channels of G's last hidden and D's first layer (64 in the reference architecture; tests use less)
 */
record DcganArchitecture(ImageShape shape, int latentSize, int classCount, int width) {
    static final int REFERENCE_WIDTH = 64;
    private static final double LEAK = 0.2;

    /** How many stride-2 steps bring the base grid to the image size. */
    int upsamplings() {
        return shape.width() == 64 ? 3 : 2;
    }

    int base() {
        return shape.width() >> upsamplings();
    }

    /** Channels of G's projection and of D's last convolution. */
    int deepChannels() {
        return width << (upsamplings() - 1);
    }

    MultiLayerNetwork generator(double learningRate, long seed, DataType type) {
        int base = base();
        var list = common(learningRate, seed, type).list()
                .layer(new DenseLayer.Builder().nIn(latentSize + classCount).nOut((long) base * base * deepChannels())
                        .activation(Activation.IDENTITY).hasBias(false).build())
                .inputPreProcessor(1, new FeedForwardToCnnPreProcessor(base, base, deepChannels()))
                .layer(new BatchNormalization.Builder().nIn(deepChannels()).nOut(deepChannels()).activation(Activation.RELU).build());
        int channels = deepChannels();
        for (int i = 1; i < upsamplings(); i++) {
            list.layer(deconvolution(channels, channels / 2, Activation.IDENTITY, false));
            list.layer(new BatchNormalization.Builder().nIn(channels / 2).nOut(channels / 2).activation(Activation.RELU).build());
            channels /= 2;
        }
        list.layer(deconvolution(channels, shape.channels(), Activation.TANH, true));
        return init(list.build());
    }

    MultiLayerNetwork discriminator(double learningRate, long seed, DataType type) {
        var list = common(learningRate, seed, type).list()
                .layer(new ConvolutionLayer.Builder(4, 4).stride(2, 2).padding(1, 1).nIn(shape.channels() + classCount)
                        .nOut(width).activation(new ActivationLReLU(LEAK)).convolutionMode(ConvolutionMode.Truncate).build());
        int channels = width;
        int side = shape.width() / 2;
        for (int i = 1; i < upsamplings(); i++) {
            list.layer(new ConvolutionLayer.Builder(4, 4).stride(2, 2).padding(1, 1).nIn(channels).nOut(channels * 2)
                    .activation(Activation.IDENTITY).hasBias(false).convolutionMode(ConvolutionMode.Truncate).build());
            list.layer(new BatchNormalization.Builder().nIn(channels * 2).nOut(channels * 2)
                    .activation(new ActivationLReLU(LEAK)).build());
            channels *= 2;
            side /= 2;
        }
        int flatIndex = 1 + 2 * (upsamplings() - 1);
        list.inputPreProcessor(flatIndex, new CnnToFeedForwardPreProcessor(side, side, channels));
        list.layer(new DenseLayer.Builder().nIn((long) side * side * channels).nOut(1).activation(Activation.IDENTITY).build());
        return init(list.build());
    }

    private static Deconvolution2D deconvolution(int in, int out, Activation activation, boolean bias) {
        return new Deconvolution2D.Builder(4, 4).stride(2, 2).padding(1, 1).nIn(in).nOut(out).activation(activation)
                .hasBias(bias).convolutionMode(ConvolutionMode.Truncate).build();
    }

    private static NeuralNetConfiguration.Builder common(double learningRate, long seed, DataType type) {
        // Workspaces on: feedForward(train, keep inputs) hands back detached activations, so the hand-driven backward
        // passes still find the layers' inputs, and the large im2col buffers are reused instead of allocated per op
        // (allocation was ~10% of a step without them; the losses are bit-identical either way).
        return new NeuralNetConfiguration.Builder().seed(seed).dataType(type)
                .updater(new Adam(learningRate, 0.5, 0.999, 1e-8)).weightInit(new NormalDistribution(0, 0.02))
                .trainingWorkspaceMode(WorkspaceMode.ENABLED).inferenceWorkspaceMode(WorkspaceMode.ENABLED);
    }

    private static MultiLayerNetwork init(MultiLayerConfiguration conf) {
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
