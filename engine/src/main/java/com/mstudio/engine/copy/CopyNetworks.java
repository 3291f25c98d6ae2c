package com.mstudio.engine.copy;

import com.mstudio.engine.api.StudioException;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A copy network to and from the bytes kept in {@link com.mstudio.engine.api.CopyModel#networkZip()}. The propensity
 * {@code Networks} does the same for MultiLayerNetworks; the copy networks are graphs (two inputs for the attention
 * model). Without the updater state: a saved model is for classifying, not for more training. Engine thread only.
 */
final class CopyNetworks {
    private CopyNetworks() {}

    static byte[] toZip(ComputationGraph net) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ModelSerializer.writeModel(net, out, false);
            return out.toByteArray();
        } catch (IOException e) {
            throw new StudioException("Could not pack the trained network: " + e.getMessage(), e);
        }
    }

    /** @throws StudioException when the bytes are not a DL4J graph (a damaged or foreign file) */
    static ComputationGraph fromZip(byte[] zip) {
        if (zip == null || zip.length == 0) throw new StudioException("The model holds no network.");
        try {
            return ModelSerializer.restoreComputationGraph(new ByteArrayInputStream(zip), false);
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The model's network is damaged and cannot be read.", e);
        }
    }
}
