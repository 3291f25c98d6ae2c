package com.mstudio.engine.api;

/**
 * How to train a generative model on an {@link ImageSet}.
 *
 * @param preset         which model
 * @param conditional    learn per class (conditional GAN / CVAE) so the user can ask for one class; needs a labelled set
 * @param latentSize     size of z (brief: 100 for the GAN, 64 for the VAE)
 * @param epochs         passes over the training images
 * @param batchSize      images per step (brief: 128)
 * @param learningRate   Adam's learning rate (brief: 1e-4 classic GAN, 2e-4 DCGAN, 1e-3 VAE)
 * @param heldOutShare   share of images kept out of training to measure quality against (e.g. 0.1)
 * @param previewEvery   iterations between live preview grids (a few hundred)
 * @param seed           seeds the weights, the batches, the preview latents and the held-out choice
 */
public record CreativeRequest(CreativePreset preset, boolean conditional, int latentSize, int epochs, int batchSize,
                              double learningRate, double heldOutShare, int previewEvery, long seed) {
    public static final long DEFAULT_SEED = 42;

    public CreativeRequest {
        if (preset == null) throw new IllegalArgumentException("pick a model");
        if (latentSize < 2 || latentSize > 512) throw new IllegalArgumentException("the latent size must be 2..512");
        if (epochs < 1 || batchSize < 1 || learningRate <= 0 || previewEvery < 1) {
            throw new IllegalArgumentException("epochs, batch size, learning rate and preview interval must be positive");
        }
        if (heldOutShare < 0 || heldOutShare >= 0.5) throw new IllegalArgumentException("hold out less than half");
    }

    /** The brief's settings for {@code preset}. */
    public static CreativeRequest defaults(CreativePreset preset) {
        return switch (preset) {
            case CLASSIC_GAN -> new CreativeRequest(preset, false, 100, 20, 128, 1e-4, 0.1, 200, DEFAULT_SEED);
            case DCGAN -> new CreativeRequest(preset, false, 100, 10, 128, 2e-4, 0.1, 100, DEFAULT_SEED);
            case CLASSIC_VAE -> new CreativeRequest(preset, false, 64, 20, 128, 1e-3, 0.1, 200, DEFAULT_SEED);
            case CONV_VAE -> new CreativeRequest(preset, false, 32, 15, 128, 1e-3, 0.1, 100, DEFAULT_SEED);
        };
    }

    public CreativeRequest withEpochs(int value) {
        return new CreativeRequest(preset, conditional, latentSize, value, batchSize, learningRate, heldOutShare,
                previewEvery, seed);
    }

    public CreativeRequest withSeed(long value) {
        return new CreativeRequest(preset, conditional, latentSize, epochs, batchSize, learningRate, heldOutShare,
                previewEvery, value);
    }

    public CreativeRequest withConditional(boolean value) {
        return new CreativeRequest(preset, value, latentSize, epochs, batchSize, learningRate, heldOutShare,
                previewEvery, seed);
    }
}
