package com.mstudio.engine.api;

import java.util.List;

/**
 * A trained generative model, ready to save and to generate from. Plain data: the networks travel as the bytes of
 * one zip (the engine restores and caches them on the engine thread).
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written
 * @param name          what the user sees ("Fashion · Classic GAN · 20 epochs")
 * @param createdAt     ISO-8601 instant
 * @param sourceName    the image set it learned from
 * @param request       the settings it was trained with (preset, seed, latent size…)
 * @param shape         the image size it generates
 * @param classes       class names in label order when conditional; else empty
 * @param epochsTrained epochs completed (the checkpoint's epoch)
 * @param quality       the quality score after training, or null when not measured
 * @param curve         per-epoch mean losses, for showing again later
 * @param networks      the networks (an engine-private zip: DL4J model files plus their layout)
 */
public record CreativeModel(int formatVersion, String name, String createdAt, String sourceName,
                            CreativeRequest request, ImageShape shape, List<String> classes, int epochsTrained,
                            CreativeQuality quality, List<EpochLosses> curve, byte[] networks) {
    public static final int FORMAT_VERSION = 1;

    public CreativeModel {
        classes = List.copyOf(classes);
        curve = List.copyOf(curve);
    }

    public CreativePreset preset() {
        return request.preset();
    }

    public boolean conditional() {
        return !classes.isEmpty();
    }

    public int latentSize() {
        return request.latentSize();
    }

    /**
     * One epoch's mean losses. GAN: first = discriminator, second = generator. VAE: first = reconstruction, second =
     * KL (per image).
     */
    public record EpochLosses(int epoch, double first, double second) {}
}
