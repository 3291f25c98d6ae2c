package com.mstudio.engine.train;

import com.mstudio.engine.api.StudioException;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.util.ModelSerializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * A DL4J network as the bytes a model file keeps (the ModelSerializer zip). The updater state is left out: a saved
 * network is for scoring, not for more training, and Adam's state would double the file. Engine thread only.
 */
public final class NetworkZip {
    private NetworkZip() {}

    public static byte[] of(Model net) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ModelSerializer.writeModel(net, out, false);
            return out.toByteArray();
        } catch (IOException e) {
            throw new StudioException("Could not pack the trained network: " + e.getMessage(), e);
        }
    }
}
