package com.mstudio.engine.creative.vae;

import com.mstudio.engine.creative.nn.Kernels;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * The VAE's latent layer on an encoder head {@code [b, 2·latent]} whose rows are (μ, log σ²): the reparameterised sample
 * z = μ + σ·ε, the KL divergence to N(0, I) and their gradients. Small arrays ([b, 64]): plain Java loops.
 */
final class Latent {
    /** log σ² is clipped to this range inside exp so that one bad step cannot overflow to infinity. */
    private static final float MAX_LOG_VAR = 30f;

    private Latent() {
    }

    private static float clip(float logVar) {
        return Math.max(-MAX_LOG_VAR, Math.min(MAX_LOG_VAR, logVar));
    }

    static void fillNoise(INDArray eps, SplittableRandom rng) {
        FloatBuffer e = Kernels.floats(eps);
        for (int i = 0, n = e.limit(); i < n; i++) e.put(i, (float) rng.nextGaussian());
    }

    static void sample(INDArray head, INDArray eps, INDArray z, int latent) {
        FloatBuffer h = Kernels.floats(head);
        FloatBuffer e = Kernels.floats(eps);
        FloatBuffer out = Kernels.floats(z);
        int rows = (int) z.size(0);
        for (int r = 0; r < rows; r++) {
            int hr = r * 2 * latent;
            int zr = r * latent;
            for (int j = 0; j < latent; j++) {
                float sigma = (float) Math.exp(0.5 * clip(h.get(hr + latent + j)));
                out.put(zr + j, h.get(hr + j) + sigma * e.get(zr + j));
            }
        }
    }

    /** Σ over the batch of KL(N(μ, σ²) ‖ N(0, 1)) = -½ Σ (1 + log σ² - μ² - σ²). */
    static double kl(INDArray head, int latent) {
        FloatBuffer h = Kernels.floats(head);
        int rows = (int) head.size(0);
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            int hr = r * 2 * latent;
            for (int j = 0; j < latent; j++) {
                double mu = h.get(hr + j);
                double logVar = h.get(hr + latent + j);
                sum += -0.5 * (1 + logVar - mu * mu - Math.exp(clip((float) logVar)));
            }
        }
        return sum;
    }

    /**
     * Gradient with respect to the head, from the gradient reaching z and from the KL term (weighted by {@code scale},
     * 1/batch): dμ = gz + μ·s, d log σ² = gz·ε·σ/2 + (σ² - 1)/2·s.
     */
    static void backward(INDArray head, INDArray eps, INDArray gradZ, INDArray gradHead, int latent, float scale) {
        FloatBuffer h = Kernels.floats(head);
        FloatBuffer e = Kernels.floats(eps);
        FloatBuffer gz = Kernels.floats(gradZ);
        FloatBuffer gh = Kernels.floats(gradHead);
        int rows = (int) gradZ.size(0);
        for (int r = 0; r < rows; r++) {
            int hr = r * 2 * latent;
            int zr = r * latent;
            for (int j = 0; j < latent; j++) {
                float mu = h.get(hr + j);
                float logVar = h.get(hr + latent + j);
                float variance = (float) Math.exp(clip(logVar));
                float inRange = logVar == clip(logVar) ? 1f : 0f;
                float g = gz.get(zr + j);
                gh.put(hr + j, g + mu * scale);
                gh.put(hr + latent + j, inRange * g * e.get(zr + j) * (float) Math.sqrt(variance) * 0.5f
                        + (inRange * variance - 1f) * 0.5f * scale);
            }
        }
    }

    /** The μ half of the head, as a fresh {@code [b, latent]} array. */
    static INDArray means(INDArray head, int latent) {
        INDArray out = org.nd4j.linalg.factory.Nd4j.create(org.nd4j.linalg.api.buffer.DataType.FLOAT, head.size(0), latent);
        FloatBuffer h = Kernels.floats(head);
        FloatBuffer m = Kernels.floats(out);
        int rows = (int) head.size(0);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < latent; j++) m.put(r * latent + j, h.get(r * 2 * latent + j));
        }
        return out;
    }
}
