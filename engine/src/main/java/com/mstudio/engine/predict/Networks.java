package com.mstudio.engine.predict;

import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.train.NetworkZip;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * A DL4J network to and from the bytes kept in {@link com.mstudio.engine.api.PropensityModel#networkZip()} (the
 * ModelSerializer zip). The updater state is left out: a saved model is for scoring, not for more training, and
 * Adam's state would double the file. Engine thread only (ND4J objects live there).
 */
public final class Networks {
    private Networks() {}

    public static byte[] toZip(MultiLayerNetwork net) {
        return NetworkZip.of(net);
    }

    /** @throws StudioException when the bytes are not a DL4J network (a damaged or foreign file) */
    public static MultiLayerNetwork fromZip(byte[] zip) {
        if (zip == null || zip.length == 0) throw new StudioException("The model holds no network.");
        try {
            return ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(zip), false);
        } catch (IOException | RuntimeException e) {
            throw new StudioException("The model's network is damaged and cannot be read.", e);
        }
    }
}
