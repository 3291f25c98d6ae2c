package com.mstudio.engine.creative.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.ScalarMin;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.SoftPlus;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;

/**
 * The element-wise work of a VAE step. Cheap element-wise passes run as plain Java loops over the arrays' native memory
 * (an ND4J op costs 12-35 µs of dispatch however small its array, TOOLCHAIN.md); anything needing exp/log on a whole
 * image batch goes to ND4J, whose vectorised transcendental loops beat Java's scalar Math.exp.
 */
public final class Kernels {
    /**
     * Values below this become 0. Denormal floats cost the CPU a microcode assist per operation (about 100 cycles);
     * gradients of always-black border pixels decay into that range and slow training down as it goes on.
     */
    public static final float TINY = 1e-30f;

    private Kernels() {
    }

    /** The array's memory as a float buffer whose index 0 is the array's first element. Contiguous C-order only. */
    public static FloatBuffer floats(INDArray a) {
        FloatBuffer all = a.data().asNioFloat();
        long offset = a.offset();
        if (offset == 0 && all.capacity() == a.length()) return all;
        return all.position((int) offset).slice().limit((int) a.length());
    }

    public static void reluInPlace(INDArray a) {
        FloatBuffer f = floats(a);
        for (int i = 0, n = f.limit(); i < n; i++) {
            if (!(f.get(i) > 0f)) f.put(i, 0f);
        }
    }

    /** grad *= (activation > 0), flushing tiny values to zero. */
    public static void reluBackward(INDArray activation, INDArray grad) {
        FloatBuffer h = floats(activation);
        FloatBuffer g = floats(grad);
        for (int i = 0, n = g.limit(); i < n; i++) {
            float v = g.get(i);
            if (!(h.get(i) > 0f) || Math.abs(v) < TINY) g.put(i, 0f);
        }
    }

    /** x = max(x, slope·x), in place. */
    public static void leakyReluInPlace(INDArray a, float slope) {
        FloatBuffer f = floats(a);
        for (int i = 0, n = f.limit(); i < n; i++) {
            float v = f.get(i);
            f.put(i, Math.max(v, v * slope)); // branch-free: half the signs are random, a branch mispredicts on them
        }
    }

    /**
     * grad *= 1 where the activation is positive, else {@code slope}, flushing denormals to zero. The activation's
     * sign is the input's (slope > 0), so the output of {@link #leakyReluInPlace} is all the backward pass needs.
     * <p>
     * WHY chunks through heap arrays and bit arithmetic: half the signs are random, so a branch per value mispredicts
     * (3.5 ns a value, 5% of a DCGAN step); integer masks on heap arrays run branch-free and vectorised.
     */
    public static void leakyReluBackward(INDArray activation, INDArray grad, float slope) {
        FloatBuffer h = floats(activation);
        FloatBuffer g = floats(grad);
        float[][] chunk = CHUNKS.get();
        float[] a = chunk[0];
        float[] d = chunk[1];
        int slopeBits = Float.floatToRawIntBits(slope);
        int oneBits = Float.floatToRawIntBits(1f);
        for (int from = 0, n = g.limit(); from < n; from += CHUNK) {
            int length = Math.min(CHUNK, n - from);
            h.get(from, a, 0, length);
            g.get(from, d, 0, length);
            for (int i = 0; i < length; i++) {
                int bits = Float.floatToRawIntBits(a[i]);
                int positive = -bits >>> 31; // 1 when a > 0: a positive float's bits are a positive int
                float scale = Float.intBitsToFloat(slopeBits + ((oneBits - slopeBits) & -positive));
                int v = Float.floatToRawIntBits(d[i] * scale);
                int exponent = (v >>> 23) & 0xFF;
                d[i] = Float.intBitsToFloat(v & -((exponent + 0xFF) >>> 8)); // exponent 0 (denormal or zero) → 0
            }
            g.put(from, d, 0, length);
        }
    }

    /**
     * {@code grad[i] *= activation[i] > 0 ? 1 : slope} for the first {@code length} values of two heap arrays, branch-free,
     * flushing denormals to zero (see {@link #leakyReluBackward}). A zero activation, +0 or −0, takes the slope.
     */
    static void slopeBackward(float[] activation, float[] grad, int length, float slope) {
        int slopeBits = Float.floatToRawIntBits(slope);
        int oneBits = Float.floatToRawIntBits(1f);
        for (int i = 0; i < length; i++) {
            int bits = Float.floatToRawIntBits(activation[i]);
            int positive = (~(bits >> 31) & -bits) >>> 31;
            float scale = Float.intBitsToFloat(slopeBits + ((oneBits - slopeBits) & -positive));
            int v = Float.floatToRawIntBits(grad[i] * scale);
            int exponent = (v >>> 23) & 0xFF;
            grad[i] = Float.intBitsToFloat(v & -((exponent + 0xFF) >>> 8));
        }
    }

    private static final int CHUNK = 4096;
    private static final ThreadLocal<float[][]> CHUNKS = ThreadLocal.withInitial(() -> new float[2][CHUNK]);

    public static void sigmoid(INDArray logits, INDArray out) {
        Nd4j.exec(new Sigmoid(logits, out));
    }

    /**
     * Sum over the batch of the Bernoulli negative log-likelihood, from logits: softplus(l) - x*l per value. Uses
     * {@code scratch} (same shape) and leaves the logits alone. Logits are capped at 80 first: the native softplus is
     * log(1+exp(l)) and would overflow; softplus(80) differs from 80 by 1e-35.
     */
    public static double bernoulliNll(INDArray logits, INDArray images, INDArray scratch) {
        double dot = Nd4j.getBlasWrapper().dot(logits.reshape(logits.length()), images.reshape(images.length()));
        Nd4j.exec(new ScalarMin(logits, null, scratch, 80.0));
        Nd4j.exec(new SoftPlus(scratch, scratch));
        return scratch.sumNumber().doubleValue() - dot;
    }

    /** grad = (p - x) * scale, the gradient of the Bernoulli NLL with respect to the logits; written over {@code p}. */
    public static void bernoulliGrad(INDArray p, INDArray images, float scale) {
        FloatBuffer pf = floats(p);
        FloatBuffer xf = floats(images);
        for (int i = 0, n = pf.limit(); i < n; i++) {
            float g = (pf.get(i) - xf.get(i)) * scale;
            pf.put(i, Math.abs(g) < TINY ? 0f : g);
        }
    }
}
