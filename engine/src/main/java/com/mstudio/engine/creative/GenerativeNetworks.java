package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.gan.GanNetworks;
import com.mstudio.engine.creative.vae.VaeNetworks;

/** Builds or restores the networks of a preset: the one place that maps presets to implementations. */
public final class GenerativeNetworks {
    private GenerativeNetworks() {
    }

    /** Fresh networks, initialised from {@code request.seed()}. */
    public static GenerativeNetwork create(CreativeRequest request, ImageShape shape, int classCount) {
        return switch (request.preset().family()) {
            case GAN -> GanNetworks.create(request, shape, classCount);
            case VAE -> VaeNetworks.create(request, shape, classCount);
        };
    }

    /** Networks written by {@link GenerativeNetwork#toBytes()} for the same request, shape and classes. */
    public static GenerativeNetwork restore(CreativeRequest request, ImageShape shape, int classCount, byte[] bytes) {
        return switch (request.preset().family()) {
            case GAN -> GanNetworks.restore(request, shape, classCount, bytes);
            case VAE -> VaeNetworks.restore(request, shape, classCount, bytes);
        };
    }
}
