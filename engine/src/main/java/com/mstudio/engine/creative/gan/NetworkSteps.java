package com.mstudio.engine.creative.gan;

import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Forward, backward and update of one DL4J network driven by hand, for a GAN: the loss lives outside the network, the
 * error at its output comes from the other network, and the gradient with respect to its input is needed (D's, to train G).
 * No combined generator+discriminator network and no parameter copies between networks.
 */
final class NetworkSteps {
    private final MultiLayerNetwork net;
    private final LayerWorkspaceMgr workspaces = LayerWorkspaceMgr.noWorkspaces();
    private Gradient gradient;
    private INDArray accumulated;

    NetworkSteps(MultiLayerNetwork net) {
        this.net = net;
    }

    MultiLayerNetwork net() {
        return net;
    }

    /** Training-mode forward pass that keeps every layer's input for {@link #backward}. */
    INDArray forwardTraining(INDArray input) {
        net.setInput(input);
        java.util.List<INDArray> activations = net.feedForward(true, false);
        return activations.get(activations.size() - 1);
    }

    INDArray forwardInference(INDArray input) {
        return net.output(input, false);
    }

    /**
     * Back-propagates {@code outputError} (dLoss/dOutput, summed over the batch: the updater divides by the batch size)
     * through the last {@link #forwardTraining} pass: writes the parameter gradients, returns dLoss/dInput.
     */
    INDArray backward(INDArray outputError) {
        Pair<Gradient, INDArray> result = net.backpropGradient(outputError, workspaces);
        gradient = result.getFirst();
        return result.getSecond();
    }

    /** Keeps the current gradients so that the next {@link #backward} adds to them (D sees real and fake separately). */
    void holdGradients() {
        INDArray current = net.getFlattenedGradients();
        if (accumulated == null) accumulated = current.dup();
        else accumulated.assign(current);
    }

    void addHeldGradients() {
        net.getFlattenedGradients().addi(accumulated);
    }

    /** One Adam step with the last gradients; {@code batchSize} is what they are summed over. */
    void update(int batchSize) {
        int iteration = net.getIterationCount();
        net.getUpdater().update(net, gradient, iteration, net.getEpochCount(), batchSize, workspaces);
        INDArray params = net.params();
        params.subi(net.getFlattenedGradients().reshape(params.shape()));
        net.setIterationCount(iteration + 1);
    }
}
