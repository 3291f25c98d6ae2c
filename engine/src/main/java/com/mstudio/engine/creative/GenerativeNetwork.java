package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.ImageShape;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One generative model's networks while training or generating. Engine thread only (ND4J objects are not thread-safe).
 * Images cross this interface flat and in 0..1: {@code [batch, shape.size()]} floats in NCHW order per row; each network
 * rescales (e.g. to -1..1 for a tanh GAN) and reshapes (for convolutions) itself.
 */
public interface GenerativeNetwork {
    CreativePreset preset();

    ImageShape shape();

    int latentSize();

    /** Classes the model is conditioned on; 0 when unconditional. */
    int classCount();

    /**
     * One optimisation step on a batch of real images.
     *
     * @param images 0..1, {@code [b, shape.size()]}
     * @param labels one-hot {@code [b, classCount]}, or null when unconditional
     * @return GAN: (discriminator loss, generator loss); VAE: (reconstruction loss, KL) per image
     */
    StepLosses step(INDArray images, INDArray labels);

    /**
     * Images from latents, in inference mode (no dropout, batch-norm running statistics). Deterministic.
     *
     * @param latents {@code [n, latentSize]}
     * @param labels  one-hot {@code [n, classCount]}, or null when unconditional
     * @return 0..1, {@code [n, shape.size()]}
     */
    INDArray generate(INDArray latents, INDArray labels);

    /** VAE: the latent means {@code [n, latentSize]} of images. GAN: unsupported. */
    default INDArray encode(INDArray images, INDArray labels) {
        throw new UnsupportedOperationException(preset().title() + " has no encoder");
    }

    /**
     * Called by the trainer after every finished epoch, before its checkpoint is saved, with that epoch's training
     * batches ({@code batch.apply(i)} for i below {@code count}: images and labels as {@link #step} takes them). A VAE
     * fits the density it draws generation latents from; other networks do nothing.
     */
    default void afterEpoch(java.util.function.IntFunction<INDArray[]> batch, int count) {
    }

    /**
     * The native (OpenMP/OpenBLAS) threads to train with, given the studio's own count for this machine. The trainer sets
     * them for the epochs and puts the studio's count back afterwards. Small products (the classic models' 128-wide
     * layers) run best on the studio's count: a second thread mostly spins and made them 2.5-3.5× slower on 2 cores;
     * convolutions over image batches split well and should ask for
     * {@link com.mstudio.engine.runtime.NativeThreading#largeProductThreads}.
     */
    default int nativeThreads(int studioThreads) {
        return studioThreads;
    }

    /** Everything needed to generate again (and to go on training): weights and updater state, as bytes. */
    byte[] toBytes();

    /**
     * The networks as bytes, with or without the optimiser's state. Without it (a model shipped only to generate from,
     * such as the demo models) the file is about a third of the size; the images are the same, and training could still
     * go on from those weights, with the optimiser starting afresh. {@code GenerativeNetworks.restore} reads both forms.
     * A network that cannot leave its state out writes it anyway.
     */
    default byte[] toBytes(boolean withTrainingState) {
        return toBytes();
    }

    /** The two losses of one step. */
    record StepLosses(double first, double second) {
        public boolean finite() {
            return Double.isFinite(first) && Double.isFinite(second);
        }
    }
}
