package com.mstudio.engine.creative.nn;

/**
 * Adam (Kingma and Ba) on Java arrays. ND4J's fused adam_updater op took about 6 ns per weight here (3 ms a step for the
 * classic VAE's half a million weights, a quarter of the step); this plain loop is auto-vectorised by the JIT.
 */
final class Adam {
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;
    /** How often the moments are swept for denormals: rarely-used weights' moments decay geometrically into that range. */
    private static final int FLUSH_EVERY = 64;

    private final float learningRate;
    private final float beta1;
    final float[] m;
    final float[] v;

    /** @param beta1 the first moment's decay: 0.9 by default, 0.5 for GANs (the DCGAN paper: 0.9 oscillated) */
    Adam(double learningRate, double beta1, int size) {
        this.learningRate = (float) learningRate;
        this.beta1 = (float) beta1;
        m = new float[size];
        v = new float[size];
    }

    /** One update of {@code weights} from {@code grads}; {@code iteration} counts from 0. */
    void update(float[] weights, float[] grads, int iteration) {
        int t = iteration + 1;
        double correction1 = 1 - Math.pow(beta1, t);
        double correction2 = 1 - Math.pow(BETA2, t);
        float stepSize = (float) (learningRate * Math.sqrt(correction2) / correction1);
        float epsilon = (float) (EPSILON * Math.sqrt(correction2));
        float[] m = this.m;
        float[] v = this.v;
        float beta1 = this.beta1;
        for (int i = 0; i < weights.length; i++) {
            float g = grads[i];
            float mi = beta1 * m[i] + (1 - beta1) * g;
            float vi = BETA2 * v[i] + (1 - BETA2) * g * g;
            m[i] = mi;
            v[i] = vi;
            weights[i] -= stepSize * mi / ((float) Math.sqrt(vi) + epsilon);
        }
        if (t % FLUSH_EVERY == 0) {
            flushDenormals(m);
            flushDenormals(v);
        }
    }

    private static void flushDenormals(float[] values) {
        for (int i = 0; i < values.length; i++) {
            if (Math.abs(values[i]) < Kernels.TINY) values[i] = 0f;
        }
    }
}
