package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.nn.Kernels;
import com.mstudio.engine.creative.nn.Parallel;
import com.mstudio.engine.runtime.NativeThreading;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The convolutional GAN ({@link DcganArchitecture}), trained like PyTorch's DCGAN example: D on the real and the fake
 * batch (batch norm on each separately), one Adam step; then G through the updated D with the non-saturating loss, all
 * on stable BCE of D's logit. A class-conditional model gets the one-hot label as a side input of G's projection and as
 * constant planes appended to D's input.
 * <p>
 * WHY by hand: with DL4J's ConvolutionLayer/Deconvolution2D/BatchNormalization a 28×28 step took ~2.4 s, 80% of it in
 * libnd4j's im2col and deconvolution around a gemm that did 10% (docs/benchmarks.md). Here each convolution pass is one
 * BLAS product over patch rows ({@code creative.nn.Conv}), batch norm and the activations are loops over preallocated
 * arrays, and no array is allocated per step. The gradients are checked against finite differences (DcganGradientTest).
 */
final class Dcgan implements GenerativeNetwork {
    private static final int MAX_CACHED_BATCH_SIZES = 4;

    private final DcganArchitecture architecture;
    private final DcganGenerator generator;
    private final DcganDiscriminator discriminator;
    private final Random rng;
    private final long noiseSeed;
    private final Map<Integer, DcganStep> steps = new LinkedHashMap<>();
    /** Splits a training step's loops around the products over as many threads as the products run on. */
    private final Parallel loops = new Parallel(NativeThreading.largeProductThreads(Runtime.getRuntime().availableProcessors()));
    private final Map<Integer, DcganGenerator.Pass> generation = new LinkedHashMap<>();
    private final Map<Integer, DcganGenerator.Pass> rawGeneration = new LinkedHashMap<>();
    /** The generator that previews and generation use: G's weights averaged over the steps. */
    private final GeneratorAverage average;
    /** Restored from a file holding only the averaged generator: it generates but cannot train (no D). */
    private boolean generationOnly;

    Dcgan(DcganArchitecture architecture, double learningRate, long seed) {
        this.architecture = architecture;
        generator = new DcganGenerator(architecture, learningRate);
        discriminator = new DcganDiscriminator(architecture, learningRate);
        generator.init(new SplittableRandom(seed));
        discriminator.init(new SplittableRandom(seed + 1));
        noiseSeed = seed ^ 0x5DEECE66DL;
        rng = Nd4j.getRandomFactory().getNewRandomInstance(noiseSeed);
        average = new GeneratorAverage(architecture, generator);
    }

    @Override
    public CreativePreset preset() {
        return CreativePreset.DCGAN;
    }

    @Override
    public ImageShape shape() {
        return architecture.shape();
    }

    @Override
    public int latentSize() {
        return architecture.latentSize();
    }

    @Override
    public int classCount() {
        return architecture.classCount();
    }

    /** Its 4×4 convolutions are products of hundreds of MFLOP: every core helps (21% faster on 2 cores). */
    @Override
    public int nativeThreads(int studioThreads) {
        return Math.max(studioThreads, NativeThreading.largeProductThreads(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public StepLosses step(INDArray images, INDArray labels) {
        loops.parts(NativeThreading.threadsOfThisThread());
        DcganStep s = stepFor((int) images.rows());
        s.load(images, GanChecks.labels(labels, images.rows(), classCount(), DataType.FLOAT));
        if (generationOnly) {
            throw new StudioException("This Convolutional GAN was saved for generating only (without its discriminator "
                    + "and training state), so it cannot train further; train a new one.");
        }
        // Each step's noise is seeded by the step number, so that a restored model goes on exactly as the original would.
        rng.setSeed(noiseSeed + 1_000_003L * generator.params.iteration());
        Nd4j.randn(s.g.z, rng);
        generatorForward(s);
        double dLoss = discriminatorGradients(s);
        discriminator.params.adamStep();
        double gLoss = generatorGradients(s);
        generator.params.adamStep();
        average.update();
        return new StepLosses(dLoss, gLoss);
    }

    /** z → fakes (training mode), copied under the real images into D's input. */
    void generatorForward(DcganStep s) {
        generator.forward(s.g, true);
        s.loadFakes();
    }

    /** L_D = mean softplus(−D(x)) + mean softplus(D(G(z))) over [real; fake] in one pass; fills D's gradients. */
    double discriminatorGradients(DcganStep s) {
        discriminator.forward(s.both);
        double loss = bce(s.both.logits, s.both.delta, s.size, s.size, s.size);
        discriminator.backward(s.both, true);
        return loss;
    }

    /**
     * L_G = mean softplus(−D(G(z))) through D (its weights untouched) back into G, whose last training-mode forward
     * pass made the fakes in D's input; fills G's gradients.
     */
    double generatorGradients(DcganStep s) {
        discriminator.forward(s.fakes);
        double loss = bce(s.fakes.logits, s.fakes.delta, s.size, s.size, s.size); // G wants its fakes called real
        discriminator.backward(s.fakes, false);
        generator.backward(s.g, s.fakeGradient());
        return loss;
    }

    /**
     * Binary cross-entropy of logits a, the first {@code realRows} meant "real" (softplus(−a)), the rest "fake"
     * (softplus(a)), each half's mean over {@code batch}; writes dLoss/da = (σ(a) − target)/batch into {@code delta}.
     */
    private static double bce(INDArray logits, INDArray delta, int batch, int rows, int realRows) {
        FloatBuffer a = Kernels.floats(logits);
        FloatBuffer d = Kernels.floats(delta);
        double loss = 0;
        int n = (int) logits.length();
        for (int i = 0; i < n; i++) {
            double v = a.get(i);
            boolean real = i < realRows;
            double signed = real ? -v : v;
            loss += Ops.softPlus(signed);
            double sigmoid = 1 / (1 + Math.exp(-v));
            d.put(i, (float) ((sigmoid - (real ? 1 : 0)) / batch));
        }
        return loss / batch;
    }

    @Override
    public INDArray generate(INDArray latents, INDArray labels) {
        return generate(average.current(), generation, latents, labels);
    }

    /** Generation from G's own last weights, not their average: only to measure what the average brings. */
    INDArray generateFromLastWeights(INDArray latents, INDArray labels) {
        return generate(generator, rawGeneration, latents, labels);
    }

    private INDArray generate(DcganGenerator from, Map<Integer, DcganGenerator.Pass> passes, INDArray latents,
                              INDArray labels) {
        GanChecks.requireLatents(latents, latentSize());
        int n = (int) latents.rows();
        INDArray y = GanChecks.labels(labels, n, classCount(), DataType.FLOAT);
        DcganGenerator.Pass p = cached(passes, n, () -> from.pass(n));
        p.z.assign(latents);
        if (y != null) p.y.assign(y);
        from.forward(p, false);
        return p.out.reshape('c', n, shape().size()).add(1).muli(0.5);
    }

    @Override
    public byte[] toBytes() {
        return toBytes(true);
    }

    @Override
    public byte[] toBytes(boolean withTrainingState) {
        return DcganBytes.write(this, withTrainingState);
    }

    void restore(byte[] bytes) {
        DcganBytes.restore(this, bytes);
    }

    DcganGenerator generator() {
        return generator;
    }

    DcganDiscriminator discriminator() {
        return discriminator;
    }

    GeneratorAverage average() {
        return average;
    }

    boolean generationOnly() {
        return generationOnly;
    }

    void markGenerationOnly() {
        generationOnly = true;
    }

    DcganArchitecture architecture() {
        return architecture;
    }

    /** The step's arrays for a batch of {@code b}; the last, smaller batch of an epoch gets its own, kept for the next. */
    DcganStep stepFor(int b) {
        return cached(steps, b, () -> new DcganStep(architecture, generator, discriminator, b, loops));
    }

    private static <T> T cached(Map<Integer, T> cache, int size, java.util.function.Supplier<T> make) {
        T found = cache.get(size);
        if (found != null) return found;
        if (cache.size() >= MAX_CACHED_BATCH_SIZES) cache.remove(cache.keySet().iterator().next());
        T made = make.get();
        cache.put(size, made);
        return made;
    }

    static INDArray rows(INDArray a, long from, long to) {
        return a.get(NDArrayIndex.interval(from, to), NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all());
    }
}
