package com.mstudio.engine.copy;

import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.train.NetworkZip;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.io.ByteArrayInputStream;
import java.io.IOException;

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
 * MultiLayerNetwork) as it always was; {@link Graph} makes it a {@link CopyNetwork} like the attention model.
 */
final class BaselineNetwork {
    static final String FEATURES = "features";
    /** A little L2: TF-IDF rows are wide and sparse, and a rare word should not be memorised. */
    static final double L2 = 1e-4;

    private BaselineNetwork() {}

    static Graph create(int vocabularySize, int classes, double learningRate, long seed) {
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
        return new Graph(net);
    }

    /** @throws StudioException when the bytes are not a DL4J graph (a damaged or foreign file) */
    static Graph fromBytes(byte[] zip) {
        if (zip == null || zip.length == 0) throw new StudioException("The model holds no network.");
        try {
            return new Graph(ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(zip), false));
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The model's network is damaged and cannot be read.", e);
        }
    }

    /** The DL4J graph behind the {@link CopyNetwork} calls; it takes {@link CopyBatches.Features}. */
    record Graph(ComputationGraph net) implements CopyNetwork {
        @Override
        public void fit(CopyBatches data, int[] order, int from, int to) {
            net.fit(((CopyBatches.Features) data).batch(order, from, to));
        }

        @Override
        public double[][] probabilities(CopyBatches data, int[] order, int from, int to) {
            INDArray p = net.output(false, ((CopyBatches.Features) data).features(order, from, to))[0];
            int n = to - from, k = data.classes();
            float[] flat = p.dup('c').data().asFloat();
            double[][] out = new double[n][k];
            for (int i = 0; i < n; i++) for (int c = 0; c < k; c++) out[i][c] = flat[i * k + c];
            return out;
        }

        @Override
        public INDArray params() {
            return net.params();
        }

        @Override
        public void setParams(INDArray params) {
            net.setParams(params);
        }

        /** DL4J's model zip, without the updater state: a saved model is for classifying, not for more training. */
        @Override
        public byte[] toBytes() {
            return NetworkZip.of(net);
        }
    }
}
