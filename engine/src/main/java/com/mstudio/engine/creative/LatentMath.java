package com.mstudio.engine.creative;

import java.util.Random;

/**
 * The latent vectors behind every generated tile. A tile's latent comes from its seed alone (N(0,1) per component,
 * drawn with {@link Random}, whose sequence Java fixes for a given seed on every platform), so a tile can be made again
 * from its seed, on another machine, after a restart. Pure Java: no ND4J, any thread.
 */
public final class LatentMath {
    /** Below this angle (radians) two latents are treated as parallel and interpolated linearly: slerp divides by sin. */
    static final double PARALLEL_ANGLE = 1e-4;

    private LatentMath() {}

    /** The latent of the tile with {@code seed}: {@code size} standard normal values from that seed alone. */
    public static float[] latent(long seed, int size) {
        Random random = new Random(seed);
        float[] z = new float[size];
        for (int i = 0; i < size; i++) z[i] = (float) random.nextGaussian();
        return z;
    }

    /**
     * {@code count} latents near {@code of}: each is {@code of} plus Gaussian noise of standard deviation
     * {@code spread}, the noise of variation i drawn from {@code seed + i} (one variation can be made again alone).
     */
    public static float[][] variations(float[] of, int count, double spread, long seed) {
        if (count < 1) throw new IllegalArgumentException("ask for at least one variation");
        if (!(spread >= 0)) throw new IllegalArgumentException("the spread must be 0 or more");
        float[][] out = new float[count][];
        for (int v = 0; v < count; v++) {
            float[] noise = latent(seed + v, of.length);
            float[] z = new float[of.length];
            for (int i = 0; i < of.length; i++) z[i] = (float) (of[i] + spread * noise[i]);
            out[v] = z;
        }
        return out;
    }

    /**
     * {@code frames} latents from {@code from} to {@code to}, both included, along the great-circle (spherical) path:
     * Gaussian latents lie near a sphere, and a straight line between two of them passes through the low-norm middle
     * where the decoder has seen few latents (washed-out frames). Norms are interpolated linearly along the way.
     */
    public static float[][] interpolate(float[] from, float[] to, int frames) {
        if (from.length != to.length) throw new IllegalArgumentException("the latents differ in size");
        if (frames < 2) throw new IllegalArgumentException("an interpolation needs at least 2 frames");
        float[][] out = new float[frames][];
        for (int f = 0; f < frames; f++) out[f] = slerp(from, to, f / (double) (frames - 1));
        out[0] = from.clone();
        out[frames - 1] = to.clone();
        return out;
    }

    /** The point at {@code t} (0..1) on the spherical path; linear when the two are (nearly) parallel or zero. */
    public static float[] slerp(float[] a, float[] b, double t) {
        double na = norm(a), nb = norm(b);
        double angle = 0;
        if (na > 0 && nb > 0) {
            double cos = dot(a, b) / (na * nb);
            angle = Math.acos(Math.max(-1, Math.min(1, cos)));
        }
        float[] out = new float[a.length];
        if (angle < PARALLEL_ANGLE || Math.PI - angle < PARALLEL_ANGLE) {
            // Parallel: slerp degenerates to lerp. Opposite: the great circle is not unique; lerp is a defined answer.
            for (int i = 0; i < a.length; i++) out[i] = (float) ((1 - t) * a[i] + t * b[i]);
            return out;
        }
        double sin = Math.sin(angle);
        double wa = Math.sin((1 - t) * angle) / sin, wb = Math.sin(t * angle) / sin;
        // Slerp of the unit directions, then the norm interpolated: two latents of different length stay in range.
        double norm = (1 - t) * na + t * nb;
        double[] dir = new double[a.length];
        double dirNorm = 0;
        for (int i = 0; i < a.length; i++) {
            dir[i] = wa * a[i] / na + wb * b[i] / nb;
            dirNorm += dir[i] * dir[i];
        }
        dirNorm = Math.sqrt(dirNorm);
        for (int i = 0; i < a.length; i++) out[i] = (float) (dir[i] / dirNorm * norm);
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (double) a[i] * b[i];
        return s;
    }

    static double norm(float[] a) {
        return Math.sqrt(dot(a, a));
    }
}
