package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;

import java.util.SplittableRandom;

/** Builds and restores the VAE presets: the classic MLP VAE and the convolutional one, each optionally conditional. */
public final class VaeNetworks {
    private VaeNetworks() {
    }

    /**
     * Fresh networks with weights drawn from {@code request.seed()}. {@code classCount} > 0 builds a conditional VAE
     * (the caller passes 0 unless {@code request.conditional()} and the set has labels).
     */
    public static GenerativeNetwork create(CreativeRequest request, ImageShape shape, int classCount) {
        VaeNetwork net = build(request, shape, classCount);
        net.initWeights(new SplittableRandom(request.seed()));
        return net;
    }

    /** Networks from {@link GenerativeNetwork#toBytes()} of a network built for the same request, shape and classes. */
    public static GenerativeNetwork restore(CreativeRequest request, ImageShape shape, int classCount, byte[] bytes) {
        VaeNetwork net = build(request, shape, classCount);
        VaeBytes.read(bytes, net);
        return net;
    }

    private static VaeNetwork build(CreativeRequest request, ImageShape shape, int classCount) {
        CreativePreset preset = request.preset();
        if (preset.family() != CreativePreset.Family.VAE) throw new IllegalArgumentException(preset.title() + " is not a VAE");
        if (!preset.supports(shape)) {
            throw new IllegalArgumentException(preset.title() + " cannot work on " + shape.describe() + " images");
        }
        if (classCount < 0) throw new IllegalArgumentException("negative class count");
        return switch (preset) {
            case CLASSIC_VAE -> MlpVae.build(request, shape, classCount);
            case CONV_VAE -> ConvVae.build(request, shape, classCount);
            default -> throw new IllegalArgumentException(preset.title() + " is not a VAE");
        };
    }
}
