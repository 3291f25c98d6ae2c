package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;

/** Builds and restores the VAE presets. SCAFFOLD: the vae helper replaces these bodies. */
public final class VaeNetworks {
    private VaeNetworks() {
    }

    public static GenerativeNetwork create(CreativeRequest request, ImageShape shape, int classCount) {
        throw new UnsupportedOperationException("VAE networks are not built yet");
    }

    public static GenerativeNetwork restore(CreativeRequest request, ImageShape shape, int classCount, byte[] bytes) {
        throw new UnsupportedOperationException("VAE networks are not built yet");
    }
}
