package com.mstudio.engine.copy;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The brief's simple approach, untrained: TF-IDF features → dense 64 ReLU → dense 32 ReLU → softmax. A graph (not a
 * MultiLayerNetwork) only so that one training loop, scorer and file format serve both copy models.
 */
final class BaselineNetwork {
    static final String FEATURES = "features";
    /** A little L2: TF-IDF rows are wide and sparse, and a rare word should not be memorised. */
    static final double L2 = 1e-4;

    private BaselineNetwork() {}

    static ComputationGraph create(int vocabularySize, int classes, double learningRate, long seed) {
        ComputationGraph net = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT)
                .updater(new Adam(learningRate)).l2(L2).graphBuilder().addInputs(FEATURES)
                .addLayer("hidden1", new DenseLayer.Builder().nIn(vocabularySize).nOut(64).activation(Activation.RELU)
                        .weightInit(WeightInit.RELU).build(), FEATURES)
                .addLayer("hidden2", new DenseLayer.Builder().nIn(64).nOut(32).activation(Activation.RELU)
                        .weightInit(WeightInit.RELU).build(), "hidden1")
                .addLayer("output", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(32).nOut(classes)
                        .activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(), "hidden2")
                .setOutputs("output").build());
        net.init();
        return net;
    }
}
