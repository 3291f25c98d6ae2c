package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;

/** Builds and restores the GAN presets. SCAFFOLD: the gan helper replaces these bodies. */
public final class GanNetworks {
    private GanNetworks() {
    }

    public static GenerativeNetwork create(CreativeRequest request, ImageShape shape, int classCount) {
        throw new UnsupportedOperationException("GAN networks are not built yet");
    }

    public static GenerativeNetwork restore(CreativeRequest request, ImageShape shape, int classCount, byte[] bytes) {
        throw new UnsupportedOperationException("GAN networks are not built yet");
    }
}
