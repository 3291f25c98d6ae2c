package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest.AttentionSettings;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SelfAttentionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The self-attention classifier, untrained: token embedding + learned position embedding → {@code blocks} ×
 * (multi-head self-attention with a residual connection) → masked mean pooling → dense ReLU → softmax.
 *
 * <p>Why a ComputationGraph: positions need a second embedding added to the token embedding, and a
 * MultiLayerNetwork has one input. The graph takes two inputs of the same shape [texts, maxLength]: the token ids
 * and the constant positions 0..maxLength-1 ({@link CopyBatches#positions}); an {@link ElementWiseVertex} adds the
 * two embeddings. Both inputs carry the same padding mask, which DL4J passes through the vertices so that attention
 * never looks at padding and the mean pooling averages the real tokens only.
 *
 * <p>M2.1 pitfalls avoided: no {@code setInputTypes} (it would reset the embeddings' nIn to 1), every nIn is set by
 * hand; {@code LearnedSelfAttentionLayer} fails on its first forward pass, so the plain {@link SelfAttentionLayer}
 * (with {@code projectInput}) is used.
 */
final class AttentionNetwork {
    static final String TOKENS = "tokens";
    static final String POSITIONS = "positions";

    private AttentionNetwork() {}

    static ComputationGraph create(int vocabularySize, int maxLength, int classes, AttentionSettings s, long seed) {
        int e = s.embedding();
        ComputationGraphConfiguration.GraphBuilder g = new NeuralNetConfiguration.Builder().seed(seed)
                .dataType(DataType.FLOAT).updater(new Adam(s.learningRate())).weightInit(WeightInit.XAVIER)
                .graphBuilder().addInputs(TOKENS, POSITIONS)
                .addLayer("tokenEmbedding", new EmbeddingSequenceLayer.Builder().nIn(vocabularySize).nOut(e)
                        .inputLength(maxLength).hasBias(false).build(), TOKENS)
                .addLayer("positionEmbedding", new EmbeddingSequenceLayer.Builder().nIn(maxLength).nOut(e)
                        .inputLength(maxLength).hasBias(false).build(), POSITIONS)
                .addVertex("embedded", new ElementWiseVertex(ElementWiseVertex.Op.Add), "tokenEmbedding", "positionEmbedding");
        String previous = "embedded";
        for (int b = 1; b <= s.blocks(); b++) {
            SelfAttentionLayer.Builder attention = new SelfAttentionLayer.Builder().nIn(e).nOut(e).nHeads(s.heads())
                    .headSize(e / s.heads()).projectInput(true);
            if (s.dropout() > 0) attention.dropOut(new Dropout(1 - s.dropout()));
            g.addLayer("attention" + b, attention.build(), previous);
            // the residual keeps each token's own embedding next to what it attended to, as in a transformer block
            g.addVertex("block" + b, new ElementWiseVertex(ElementWiseVertex.Op.Add), previous, "attention" + b);
            previous = "block" + b;
        }
        g.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), previous);
        DenseLayer.Builder dense = new DenseLayer.Builder().nIn(e).nOut(e).activation(Activation.RELU).weightInit(WeightInit.RELU);
        g.addLayer("dense", dense.build(), "pool");
        OutputLayer.Builder out = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(e).nOut(classes)
                .activation(Activation.SOFTMAX);
        if (s.dropout() > 0) out.dropOut(new Dropout(1 - s.dropout()));
        g.addLayer("output", out.build(), "dense").setOutputs("output");
        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        return net;
    }
}
