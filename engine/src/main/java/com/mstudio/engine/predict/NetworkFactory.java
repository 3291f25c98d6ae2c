package com.mstudio.engine.predict;

import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityRequest.MlpSettings;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.List;

/**
 * The two networks, untrained. Both end in one sigmoid unit with binary cross-entropy, so the same training loop,
 * loss and early stopping serve both, and the comparison is fair: the logistic regression is exactly the MLP without
 * hidden layers.
 */
final class NetworkFactory {
    /**
     * The logistic regression is convex, so a larger step is safe and reaches the optimum in a few epochs instead of
     * crawling at the MLP's rate.
     */
    static final double LOGISTIC_RATE_FACTOR = 10;
    /** A little L2 keeps the logistic weights finite when a feature separates the classes perfectly. */
    static final double LOGISTIC_L2 = 1e-4;

    private NetworkFactory() {}

    static MultiLayerNetwork create(Kind kind, int inputs, MlpSettings settings, long seed) {
        MultiLayerNetwork net = new MultiLayerNetwork(kind == Kind.MLP ? mlp(inputs, settings, seed) : logistic(inputs, settings, seed));
        net.init();
        return net;
    }

    /**
     * Dense ReLU layers with He initialisation, then a sigmoid output with Xavier. DL4J's dropout applies to a
     * layer's INPUT and takes the probability of KEEPING a unit, so "dropout p after each hidden layer" is a
     * Dropout(1 - p) on every layer that follows a hidden layer.
     */
    private static org.deeplearning4j.nn.conf.MultiLayerConfiguration mlp(int inputs, MlpSettings s, long seed) {
        NeuralNetConfiguration.ListBuilder list = base(seed, s.learningRate()).list();
        List<Integer> hidden = s.hiddenLayers();
        int in = inputs;
        for (int i = 0; i < hidden.size(); i++) {
            DenseLayer.Builder layer = new DenseLayer.Builder().nIn(in).nOut(hidden.get(i)).activation(Activation.RELU)
                    .weightInit(WeightInit.RELU);
            if (i > 0 && s.dropout() > 0) layer.dropOut(new Dropout(1 - s.dropout()));
            list.layer(layer.build());
            in = hidden.get(i);
        }
        OutputLayer.Builder out = new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(in).nOut(1)
                .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER);
        if (s.dropout() > 0) out.dropOut(new Dropout(1 - s.dropout()));
        return list.layer(out.build()).build();
    }

    private static org.deeplearning4j.nn.conf.MultiLayerConfiguration logistic(int inputs, MlpSettings s, long seed) {
        return base(seed, s.learningRate() * LOGISTIC_RATE_FACTOR).l2(LOGISTIC_L2).list()
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.XENT).nIn(inputs).nOut(1)
                        .activation(Activation.SIGMOID).weightInit(WeightInit.XAVIER).build())
                .build();
    }

    private static NeuralNetConfiguration.Builder base(long seed, double learningRate) {
        return new NeuralNetConfiguration.Builder().seed(seed).dataType(DataType.FLOAT).updater(new Adam(learningRate));
    }
}
