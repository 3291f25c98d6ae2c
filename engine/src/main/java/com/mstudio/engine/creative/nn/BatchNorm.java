package com.mstudio.engine.creative.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * Batch normalisation of NCHW maps per channel, {@code y = γ·(x − μ)/σ + β}: in training with the batch's own mean and
 * variance (over its images and pixels), in generation with running averages of them, so that an image does not depend
 * on the others drawn with it (a tile is the same whatever grid it is in). γ and β live in the network's {@link Params};
 * the running averages are state of their own, saved with the model. Plain loops over the arrays' native memory.
 */
public final class BatchNorm {
    private static final double EPSILON = 1e-5;
    /** running = 0.9·running + 0.1·batch, as DL4J's decay 0.9 and PyTorch's momentum 0.1. */
    private static final float MOMENTUM = 0.1f;

    public final int channels;
    private final int gamma;
    private final int beta;
    private final float[] runningMean;
    private final float[] runningVar;

    /**
     * What a training pass keeps for its backward pass: per channel the batch mean and 1/σ; and how its loops are split
     * (by channel: every sum stays within one thread, in the same order whatever the split).
     */
    public static final class Stats {
        final float[] mean;
        final float[] invStd;
        final Parallel parallel;

        private Stats(int channels, Parallel parallel) {
            mean = new float[channels];
            invStd = new float[channels];
            this.parallel = parallel;
        }
    }

    public BatchNorm(Params.Layout layout, int channels) {
        this.channels = channels;
        gamma = layout.add(channels);
        beta = layout.add(channels);
        runningMean = new float[channels];
        runningVar = new float[channels];
        Arrays.fill(runningVar, 1f);
    }

    public Stats stats() {
        return stats(Parallel.SERIAL);
    }

    public Stats stats(Parallel parallel) {
        return new Stats(channels, parallel);
    }

    /** γ = 1, β = 0: the layer starts as a plain standardisation. */
    public void init(Params p) {
        p.value(gamma).assign(1);
        p.value(beta).assign(0);
    }

    /**
     * Normalises {@code x [n, C, …]} with its own statistics and applies the activation {@code max(v, slope·v)} that
     * follows (slope 0: ReLU; 0.2: LeakyReLU; 1: none) in the same pass: {@code xhat} gets the standardised values (kept
     * for the backward pass), {@code y} the activated output; {@code s} keeps mean and 1/σ. With {@code updateRunning}
     * the running averages move towards this batch's (only the training step does that, not a gradient check or a
     * second look).
     */
    public void forwardTraining(Params p, INDArray x, INDArray xhat, INDArray y, Stats s, boolean updateRunning,
                                float slope) {
        FloatBuffer g = Kernels.floats(p.value(gamma));
        FloatBuffer b = Kernels.floats(p.value(beta));
        int n = (int) x.size(0);
        int pixels = pixels(x);
        long count = (long) n * pixels;
        int length = (int) x.length();
        float[][] heap = heap(length);
        float[] in = heap[0];
        float[] h = heap[1];
        float[] out = heap[2];
        Kernels.floats(x).get(0, in, 0, length);
        float[] scales = new float[channels];
        float[] shifts = new float[channels];
        g.get(0, scales);
        b.get(0, shifts);
        s.parallel.run(channels, (first, last) -> {
            for (int c = first; c < last; c++) {
                double sum = 0;
                for (int img = 0; img < n; img++) {
                    int at = (img * channels + c) * pixels;
                    for (int i = 0; i < pixels; i++) sum += in[at + i];
                }
                double mean = sum / count;
                double squares = 0;
                for (int img = 0; img < n; img++) {
                    int at = (img * channels + c) * pixels;
                    for (int i = 0; i < pixels; i++) {
                        double d = in[at + i] - mean;
                        squares += d * d;
                    }
                }
                double variance = squares / count;
                float invStd = (float) (1 / Math.sqrt(variance + EPSILON));
                float m = (float) mean;
                s.mean[c] = m;
                s.invStd[c] = invStd;
                float scale = scales[c];
                float shift = shifts[c];
                for (int img = 0; img < n; img++) {
                    int at = (img * channels + c) * pixels;
                    for (int i = 0; i < pixels; i++) {
                        float v = (in[at + i] - m) * invStd;
                        h[at + i] = v;
                        float o = v * scale + shift;
                        out[at + i] = Math.max(o, o * slope);
                    }
                }
                if (updateRunning) {
                    // the unbiased variance, as PyTorch keeps
                    float unbiased = (float) (count > 1 ? squares / (count - 1) : variance);
                    runningMean[c] += MOMENTUM * (m - runningMean[c]);
                    runningVar[c] += MOMENTUM * (unbiased - runningVar[c]);
                }
            }
        });
        Kernels.floats(xhat).put(0, h, 0, length);
        Kernels.floats(y).put(0, out, 0, length);
    }

    /** Generation: normalises with the running averages, then {@code max(v, slope·v)}; {@code y} may be {@code x}. */
    public void forwardInference(Params p, INDArray x, INDArray y, float slope) {
        FloatBuffer in = Kernels.floats(x);
        FloatBuffer out = Kernels.floats(y);
        FloatBuffer g = Kernels.floats(p.value(gamma));
        FloatBuffer b = Kernels.floats(p.value(beta));
        int n = (int) x.size(0);
        int pixels = pixels(x);
        for (int c = 0; c < channels; c++) {
            float scale = (float) (g.get(c) / Math.sqrt(runningVar[c] + EPSILON));
            float shift = b.get(c) - runningMean[c] * scale;
            for (int img = 0; img < n; img++) {
                int at = (img * channels + c) * pixels;
                for (int i = 0; i < pixels; i++) {
                    float o = in.get(at + i) * scale + shift;
                    out.put(at + i, Math.max(o, o * slope));
                }
            }
        }
    }

    /**
     * From dLoss/dy to dLoss/dx ({@code gradX} may be {@code gradY}), back through the activation of
     * {@link #forwardTraining} (its output {@code y} gives the sign: ×1 where positive, else ×slope) and the batch
     * statistics: {@code dx = γ/σ · (d − mean(d) − xhat·mean(d·xhat))} with d the activation's input gradient. Writes γ's
     * and β's gradients, or adds to them with {@code accumulate} (a discriminator normalises its real and its fake half
     * separately, one set of weights).
     */
    public void backward(Params p, INDArray xhat, INDArray y, INDArray gradY, INDArray gradX, Stats s, boolean accumulate,
                         float slope) {
        FloatBuffer g = Kernels.floats(p.value(gamma));
        FloatBuffer dGamma = Kernels.floats(p.grad(gamma));
        FloatBuffer dBeta = Kernels.floats(p.grad(beta));
        int n = (int) xhat.size(0);
        int pixels = pixels(xhat);
        long count = (long) n * pixels;
        int length = (int) xhat.length();
        float[][] heap = heap(length);
        float[] h = heap[0];
        float[] dy = heap[1];
        float[] a = heap[2];
        Kernels.floats(xhat).get(0, h, 0, length);
        Kernels.floats(gradY).get(0, dy, 0, length);
        Kernels.floats(y).get(0, a, 0, length);
        // WHY bit arithmetic for the activation's slope: half the signs are random, a branch per value mispredicts
        int slopeBits = Float.floatToRawIntBits(slope);
        int oneBits = Float.floatToRawIntBits(1f);
        float[] gammas = new float[channels];
        g.get(0, gammas);
        double[] gammaGrad = new double[channels];
        double[] betaGrad = new double[channels];
        s.parallel.run(channels, (first, last) -> {
            for (int c = first; c < last; c++) {
                double sumDy = 0;
                double sumDyXhat = 0;
                for (int img = 0; img < n; img++) {
                    int at = (img * channels + c) * pixels;
                    for (int i = 0; i < pixels; i++) {
                        int bits = Float.floatToRawIntBits(a[at + i]);
                        int positive = (~(bits >> 31) & -bits) >>> 31; // 1 when y > 0; 0 for +0, −0 (ReLU of a negative) and y < 0
                        float d = dy[at + i] * Float.intBitsToFloat(slopeBits + ((oneBits - slopeBits) & -positive));
                        dy[at + i] = d;
                        sumDy += d;
                        sumDyXhat += d * h[at + i];
                    }
                }
                gammaGrad[c] = sumDyXhat;
                betaGrad[c] = sumDy;
                float scale = gammas[c] * s.invStd[c];
                float meanDy = (float) (sumDy / count);
                float meanDyXhat = (float) (sumDyXhat / count);
                for (int img = 0; img < n; img++) {
                    int at = (img * channels + c) * pixels;
                    for (int i = 0; i < pixels; i++) {
                        float v = scale * (dy[at + i] - meanDy - h[at + i] * meanDyXhat);
                        dy[at + i] = Math.abs(v) < Kernels.TINY ? 0f : v; // dy[at + i] is not read again
                    }
                }
            }
        });
        for (int c = 0; c < channels; c++) {
            dGamma.put(c, (float) (accumulate ? dGamma.get(c) + gammaGrad[c] : gammaGrad[c]));
            dBeta.put(c, (float) (accumulate ? dBeta.get(c) + betaGrad[c] : betaGrad[c]));
        }
        Kernels.floats(gradX).put(0, dy, 0, length);
    }

    /** The running mean, then the running variance. */
    public float[] running() {
        float[] both = Arrays.copyOf(runningMean, 2 * channels);
        System.arraycopy(runningVar, 0, both, channels, channels);
        return both;
    }

    public void restoreRunning(float[] both) {
        if (both.length != 2 * channels) {
            throw new IllegalArgumentException("running statistics for " + both.length / 2 + " channels, not " + channels);
        }
        System.arraycopy(both, 0, runningMean, 0, channels);
        System.arraycopy(both, channels, runningVar, 0, channels);
    }

    /**
     * Three heap arrays of at least {@code length}, per thread. WHY: the passes read every value two or three times;
     * one bulk copy into the heap and plain array loops beat element-wise access to native memory (~1 ns a value)
     * several times over.
     */
    private static float[][] heap(int length) {
        float[][] arrays = HEAP.get();
        if (arrays[0].length < length) {
            for (int i = 0; i < arrays.length; i++) arrays[i] = new float[length];
        }
        return arrays;
    }

    private static final ThreadLocal<float[][]> HEAP = ThreadLocal.withInitial(() -> new float[3][0]);

    private int pixels(INDArray maps) {
        if (maps.size(1) != channels) throw new IllegalArgumentException("maps with " + maps.size(1) + " channels, not " + channels);
        return (int) (maps.length() / (maps.size(0) * channels));
    }
}
