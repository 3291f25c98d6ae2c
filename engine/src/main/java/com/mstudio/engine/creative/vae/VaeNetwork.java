package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.nn.Kernels;
import com.mstudio.engine.creative.nn.Params;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What every VAE preset shares: the reparameterised latent, the Bernoulli reconstruction + KL loss, Adam on one flat
 * parameter vector, per-batch-size buffers allocated once, and saving. Subclasses supply the encoder (images → head of
 * (μ, log σ²)) and the decoder (z → logits) with their hand-written backward passes.
 *
 * <p>Why hand-written and not DL4J's VariationalAutoencoder layer: a MultiLayerNetwork step costs about 21 ms here in
 * framework overhead (TOOLCHAIN.md) where the arithmetic of this model needs about 2 ms; a step here is a fixed list of
 * about 30 native calls into preallocated arrays. The gradients are checked against finite differences in the tests.
 */
abstract class VaeNetwork implements GenerativeNetwork {
    private static final int MAX_CACHED_BATCH_SIZES = 4;
    /** Training images encoded to fit the generation density: enough for a 64-d full covariance per class of ten. */
    static final int PRIOR_IMAGES = 10_000;

    private final CreativePreset preset;
    private final ImageShape shape;
    private final int latent;
    private final int classes;
    private final long seed;
    private final Map<Integer, Batch> batches = new LinkedHashMap<>();
    protected final Params params;
    /** Where generation latents come from; N(0, I) until {@link #afterEpoch} fits it to the training codes. */
    private LatentPrior prior;

    /** The arrays of one batch size. Subclasses add their hidden layers' activations and gradients. */
    static class Batch {
        final int size;
        final INDArray x;
        final INDArray y;
        final INDArray head;
        final INDArray gradHead;
        final INDArray eps;
        final INDArray z;
        final INDArray gradZ;
        final INDArray logits;
        final INDArray probabilities;
        final INDArray scratch;

        Batch(int size, int pixels, int latent, int classes) {
            this.size = size;
            x = floats(size, pixels);
            y = classes > 0 ? floats(size, classes) : null;
            head = floats(size, 2L * latent);
            gradHead = floats(size, 2L * latent);
            eps = floats(size, latent);
            z = floats(size, latent);
            gradZ = floats(size, latent);
            logits = floats(size, pixels);
            probabilities = floats(size, pixels);
            scratch = floats(size, pixels);
        }

        static INDArray floats(long... shape) {
            return Nd4j.zeros(DataType.FLOAT, shape);
        }
    }

    VaeNetwork(CreativeRequest request, ImageShape shape, int classCount, Params.Layout layout) {
        this.preset = request.preset();
        this.shape = shape;
        this.latent = request.latentSize();
        this.classes = classCount;
        this.seed = request.seed();
        this.params = new Params(layout, request.learningRate());
        this.prior = LatentPrior.standard(latent, Math.max(1, classCount));
    }

    /** Draws the initial weights; called once by the factory for a fresh network. */
    abstract void initWeights(SplittableRandom rng);

    abstract Batch newBatch(int size);

    /** b.x (and b.y) → b.head. */
    abstract void encoderForward(Batch b);

    /** b.z (and b.y) → b.logits. */
    abstract void decoderForward(Batch b);

    /** Gradient of the logits (in b.probabilities) → decoder weight gradients and b.gradZ. */
    abstract void decoderBackward(Batch b);

    /** b.gradHead → encoder weight gradients. */
    abstract void encoderBackward(Batch b);

    @Override
    public CreativePreset preset() {
        return preset;
    }

    @Override
    public ImageShape shape() {
        return shape;
    }

    @Override
    public int latentSize() {
        return latent;
    }

    @Override
    public int classCount() {
        return classes;
    }

    long seed() {
        return seed;
    }

    int iterations() {
        return params.iteration();
    }

    @Override
    public StepLosses step(INDArray images, INDArray labels) {
        StepLosses losses = lossAndGradients(images, labels);
        params.adamStep();
        return losses;
    }

    /** The losses of a batch and their gradients (in {@link #params}), without changing any weight. */
    StepLosses lossAndGradients(INDArray images, INDArray labels) {
        Batch b = batch(images, labels, shape.size());
        b.x.assign(images);
        if (classes > 0) b.y.assign(labels);
        encoderForward(b);
        // The noise of step t depends only on (seed, t): training resumed from saved bytes draws what it would have.
        Latent.fillNoise(b.eps, new SplittableRandom(seed * 0x9E3779B97F4A7C15L + params.iteration()));
        Latent.sample(b.head, b.eps, b.z, latent);
        decoderForward(b);
        Kernels.sigmoid(b.logits, b.probabilities);
        double reconstruction = Kernels.bernoulliNll(b.logits, b.x, b.scratch) / b.size;
        double kl = Latent.kl(b.head, latent) / b.size;
        float scale = 1f / b.size; // the loss is the batch mean of the per-image losses
        Kernels.bernoulliGrad(b.probabilities, b.x, scale);
        decoderBackward(b);
        Latent.backward(b.head, b.eps, b.gradZ, b.gradHead, latent, scale);
        encoderBackward(b);
        return new StepLosses(reconstruction, kl);
    }

    /**
     * Decodes standard-normal latents mapped through the fitted {@link LatentPrior} (z = m + L·u, the class's Gaussian
     * for a conditional model), so a tile's seed, a slider in standard deviations or an interpolation all stay meaningful.
     */
    @Override
    public INDArray generate(INDArray latents, INDArray labels) {
        if (latents.rank() != 2 || latents.size(1) != latent) {
            throw new IllegalArgumentException("latents must be [n, " + latent + "], got " + java.util.Arrays.toString(latents.shape()));
        }
        Batch b = batch(latents, labels, latent);
        b.z.assign(prior.isStandard() ? latents : mapRows(latents, labels, true));
        if (classes > 0) b.y.assign(labels);
        decoderForward(b);
        INDArray out = Batch.floats(b.size, shape.size());
        Kernels.sigmoid(b.logits, out);
        return out;
    }

    /** The latents of images in the same standard-normal coordinates {@link #generate} takes: L⁻¹(μ − m). */
    @Override
    public INDArray encode(INDArray images, INDArray labels) {
        return prior.isStandard() ? encodeMeans(images, labels) : mapRows(encodeMeans(images, labels), labels, false);
    }

    /** The encoder's means μ in the network's own latent space. */
    INDArray encodeMeans(INDArray images, INDArray labels) {
        Batch b = batch(images, labels, shape.size());
        b.x.assign(images);
        if (classes > 0) b.y.assign(labels);
        encoderForward(b);
        return Latent.means(b.head, latent);
    }

    /**
     * Ex-post density estimation: fits the generation Gaussian (per class for a conditional model) to the encoded means
     * of up to {@link #PRIOR_IMAGES} training images. Seeded by the batches' own order; costs one encoder pass over them.
     */
    @Override
    public void afterEpoch(java.util.function.IntFunction<INDArray[]> trainingBatch, int batchCount) {
        LatentPrior.Fitter fitter = new LatentPrior.Fitter(latent, Math.max(1, classes));
        int seen = 0;
        for (int i = 0; i < batchCount && seen < PRIOR_IMAGES; i++) {
            INDArray[] xy = trainingBatch.apply(i);
            float[][] mu = encodeMeans(xy[0], xy[1]).toFloatMatrix();
            int[] groups = groups(xy[1], mu.length);
            for (int r = 0; r < mu.length; r++) fitter.add(mu[r], groups[r]);
            seen += mu.length;
        }
        prior = fitter.fit();
    }

    LatentPrior prior() {
        return prior;
    }

    void setPrior(LatentPrior value) {
        if (value.groups() != Math.max(1, classes)) throw new IllegalArgumentException("the latent density does not fit");
        prior = value;
    }

    private INDArray mapRows(INDArray rows, INDArray labels, boolean toModel) {
        float[][] in = rows.castTo(DataType.FLOAT).toFloatMatrix();
        int[] groups = groups(labels, in.length);
        float[][] out = new float[in.length][];
        for (int r = 0; r < in.length; r++) {
            out[r] = toModel ? prior.toModel(in[r], groups[r]) : prior.toStandard(in[r], groups[r]);
        }
        return Nd4j.createFromArray(out);
    }

    /** Each row's class (its one-hot label's largest entry), or 0 for an unconditional model. */
    private static int[] groups(INDArray labels, int rows) {
        int[] g = new int[rows];
        if (labels == null) return g;
        float[][] y = labels.castTo(DataType.FLOAT).toFloatMatrix();
        for (int r = 0; r < rows; r++) {
            for (int c = 1; c < y[r].length; c++) if (y[r][c] > y[r][g[r]]) g[r] = c;
        }
        return g;
    }

    @Override
    public byte[] toBytes() {
        return toBytes(true);
    }

    @Override
    public byte[] toBytes(boolean withTrainingState) {
        return VaeBytes.write(this, withTrainingState);
    }

    /** The cached arrays of one batch size; for the profiling harness. */
    Batch newBatchForProfile(int size) {
        return batches.computeIfAbsent(size, this::newBatch);
    }

    private Batch batch(INDArray rows, INDArray labels, int width) {
        if (rows.rank() != 2 || rows.size(1) != width) {
            throw new IllegalArgumentException("expected [n, " + width + "] rows, got " + java.util.Arrays.toString(rows.shape()));
        }
        if ((classes > 0) != (labels != null)) {
            throw new IllegalArgumentException(classes > 0 ? "this model needs class labels" : "this model has no classes");
        }
        if (labels != null && (labels.rank() != 2 || labels.size(0) != rows.size(0) || labels.size(1) != classes)) {
            throw new IllegalArgumentException("labels must be one-hot [" + rows.size(0) + ", " + classes + "]");
        }
        int size = (int) rows.size(0);
        Batch b = batches.get(size);
        if (b == null) {
            // A training run sees two sizes (full batches and the last one) plus the preview and grid sizes.
            if (batches.size() >= MAX_CACHED_BATCH_SIZES) batches.remove(batches.keySet().iterator().next());
            b = newBatch(size);
            batches.put(size, b);
        }
        return b;
    }
}
