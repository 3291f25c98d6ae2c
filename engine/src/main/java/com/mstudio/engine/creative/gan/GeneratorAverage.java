package com.mstudio.engine.creative.gan;

import com.mstudio.engine.creative.nn.Kernels;

import java.nio.FloatBuffer;
import java.util.Random;

/**
 * An exponential moving average of the DCGAN generator's weights, the generator that previews and generation use (as in
 * progressive GAN and BigGAN): a GAN's generator circles around a good solution, step by step chasing the
 * discriminator, and single snapshots carry that step's artefacts; the average smooths them out, which on the Fashion
 * sample turns malformed tiles into garments (docs/benchmarks.md "DCGAN quality").
 * <p>
 * avg ← β·avg + (1 − β)·w after every Adam step of G, with β = min({@value #DECAY}, (1 + t)/(10 + t)) at G's step t: the
 * warm-up lets the average follow the fast early changes instead of dragging the random initial weights along.
 * <p>
 * The batch norm running averages that generation uses belong to the raw weights' history, not to the averaged ones;
 * they are recomputed for the averaged generator ("standing statistics"): {@value #STANDING_BATCHES} training-mode passes
 * of {@value #STANDING_BATCH} images from fixed noise (and evenly cycled classes), pooled per channel. That happens only
 * when the averaged generator is next used after a step (a preview, the epoch's checkpoint, generation), never per step:
 * 256 images cost a few steps' worth of G's forward pass (4 × 128 measured 1.2–1.8 s with the machine shared four ways,
 * ~10% of an epoch of 141 steps at three previews an epoch, so it was halved; 256 still pin the statistics to a few
 * hundredths of a standard deviation, DcganAverageTest). The update itself is one pass over G's weights per step.
 * Deterministic: the same weights give the same statistics, whenever they are computed.
 */
final class GeneratorAverage {
    static final double DECAY = 0.999;
    static final int STANDING_BATCHES = 2;
    static final int STANDING_BATCH = 128;
    private static final long STANDING_SEED = 0x57A4D1L;

    private final DcganArchitecture arch;
    private final DcganGenerator source;
    private final DcganGenerator averaged;
    private final float[] average;
    private final float[] noState;
    private final float[] latest; // G's weights, read into here at each update (no allocation per step)
    private DcganGenerator.Pass standing; // the standing passes' arrays, made on first use and kept
    private boolean stale;

    GeneratorAverage(DcganArchitecture arch, DcganGenerator source) {
        this.arch = arch;
        this.source = source;
        averaged = new DcganGenerator(arch, 1e-4); // never trained: its optimiser is unused
        average = source.params.valuesCopy();
        noState = new float[2 * average.length];
        latest = new float[average.length];
        stale = true;
    }

    /** Moves the average towards G's weights; call after each of G's Adam steps. */
    void update() {
        float[] w = latest;
        source.params.valuesInto(w);
        int t = source.params.iteration();
        float rate = (float) (1 - Math.min(DECAY, (1.0 + t) / (10.0 + t)));
        for (int i = 0; i < average.length; i++) average[i] += rate * (w[i] - average[i]);
        stale = true;
    }

    /** The averaged generator, its batch norm statistics up to date. */
    DcganGenerator current() {
        if (stale) {
            averaged.params.restore(average, noState, 0);
            averaged.restoreRunning(standingStatistics());
            stale = false;
        }
        return averaged;
    }

    float[] weights() {
        return average.clone();
    }

    /** Puts saved averaged weights and their statistics back (no recomputation: generation gives what it gave). */
    void restore(float[] weights, float[] running) {
        if (weights.length != average.length) throw new IllegalArgumentException("weights " + weights.length);
        System.arraycopy(weights, 0, average, 0, weights.length);
        averaged.params.restore(average, noState, 0);
        averaged.restoreRunning(running);
        stale = false;
    }

    /** Per batch norm: the mean and variance of its input over the standing passes, pooled over batches. */
    private float[] standingStatistics() {
        if (standing == null) standing = averaged.pass(STANDING_BATCH);
        DcganGenerator.Pass p = standing;
        int norms = arch.upsamplings();
        int[] channels = arch.generatorChannels();
        double[][] sum = new double[norms][], squares = new double[norms][];
        for (int i = 0; i < norms; i++) {
            sum[i] = new double[channels[i]];
            squares[i] = new double[channels[i]];
        }
        Random noise = new Random(STANDING_SEED);
        FloatBuffer z = Kernels.floats(p.z);
        for (int b = 0; b < STANDING_BATCHES; b++) {
            for (int i = 0, n = z.limit(); i < n; i++) z.put(i, (float) noise.nextGaussian());
            if (p.y != null) {
                FloatBuffer y = Kernels.floats(p.y);
                int classes = arch.classCount();
                for (int r = 0; r < STANDING_BATCH; r++) {
                    for (int c = 0; c < classes; c++) y.put(r * classes + c, (b * STANDING_BATCH + r) % classes == c ? 1 : 0);
                }
            }
            averaged.forward(p, true);
            for (int i = 0; i < norms; i++) accumulate(Kernels.floats(p.pre[i]), channels[i], sum[i], squares[i]);
        }
        int total = 0;
        for (int i = 0; i < norms; i++) total += 2 * channels[i];
        float[] running = new float[total];
        int at = 0;
        for (int i = 0; i < norms; i++) {
            int c = channels[i];
            long count = (long) STANDING_BATCHES * STANDING_BATCH * (arch.generatorSide(i) * arch.generatorSide(i));
            for (int k = 0; k < c; k++) {
                double mean = sum[i][k] / count;
                running[at + k] = (float) mean;
                running[at + c + k] = (float) Math.max(0, squares[i][k] / count - mean * mean);
            }
            at += 2 * c;
        }
        return running;
    }

    /** Adds one [b, C, s, s] batch's per-channel sums of x and x². */
    private static void accumulate(FloatBuffer x, int channels, double[] sum, double[] squares) {
        int n = x.limit();
        int pixels = n / STANDING_BATCH / channels;
        for (int img = 0; img < STANDING_BATCH; img++) {
            for (int c = 0; c < channels; c++) {
                int from = (img * channels + c) * pixels;
                double s = 0, q = 0;
                for (int i = from; i < from + pixels; i++) {
                    double v = x.get(i);
                    s += v;
                    q += v * v;
                }
                sum[c] += s;
                squares[c] += q;
            }
        }
    }
}
