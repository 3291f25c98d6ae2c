package com.mstudio.engine.creative;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class LatentMathTest {
    @Test
    void aTilesLatentDependsOnItsSeedAlone() {
        assertArrayEquals(LatentMath.latent(7, 64), LatentMath.latent(7, 64));
        assertFalse(java.util.Arrays.equals(LatentMath.latent(7, 64), LatentMath.latent(8, 64)));
        // Standard normal: over many values the mean is near 0 and the variance near 1.
        float[] z = LatentMath.latent(1, 20_000);
        double mean = 0, sq = 0;
        for (float v : z) {
            mean += v;
            sq += v * v;
        }
        mean /= z.length;
        assertEquals(0, mean, 0.03);
        assertEquals(1, sq / z.length - mean * mean, 0.05);
    }

    @Test
    void variationsStayNearTheLatentByTheSpreadAndAreSeeded() {
        float[] of = LatentMath.latent(3, 100);
        float[][] near = LatentMath.variations(of, 4, 0.1, 99);
        float[][] far = LatentMath.variations(of, 4, 1.0, 99);
        assertEquals(4, near.length);
        for (int v = 0; v < 4; v++) {
            double dNear = distance(of, near[v]) / Math.sqrt(100), dFar = distance(of, far[v]) / Math.sqrt(100);
            assertEquals(0.1, dNear, 0.03, "noise of sd 0.1 per component");
            assertEquals(1.0, dFar, 0.3);
        }
        assertArrayEquals(near[2], LatentMath.variations(of, 4, 0.1, 99)[2]);
        assertArrayEquals(near[1], LatentMath.variations(of, 1, 0.1, 100)[0], "variation i is drawn from seed + i");
        assertArrayEquals(of, LatentMath.variations(of, 1, 0, 5)[0], "no spread, no change");
    }

    @Test
    void interpolationKeepsTheEndsAndFollowsTheSphere() {
        float[] a = LatentMath.latent(1, 64), b = LatentMath.latent(2, 64);
        float[][] path = LatentMath.interpolate(a, b, 9);
        assertEquals(9, path.length);
        assertArrayEquals(a, path[0]);
        assertArrayEquals(b, path[8]);
        double na = LatentMath.norm(a), nb = LatentMath.norm(b);
        float[] mid = path[4];
        // A straight line through two near-orthogonal Gaussian latents shrinks by ~1/sqrt(2) in the middle; slerp does not.
        assertEquals((na + nb) / 2, LatentMath.norm(mid), 1e-3);
        float[] lerpMid = new float[64];
        for (int i = 0; i < 64; i++) lerpMid[i] = (a[i] + b[i]) / 2;
        assertTrue(LatentMath.norm(lerpMid) < 0.85 * LatentMath.norm(mid));
        // The frames move steadily: equal angles between neighbours.
        double first = angle(path[0], path[1]), last = angle(path[7], path[8]);
        assertEquals(first, last, 1e-3);
    }

    @Test
    void parallelAndOppositeLatentsFallBackToAStraightLine() {
        float[] a = {1, 2, 3}, twice = {2, 4, 6};
        float[] mid = LatentMath.slerp(a, twice, 0.5);
        assertArrayEquals(new float[]{1.5f, 3f, 4.5f}, mid, 1e-6f);
        float[] opposite = {-1, -2, -3};
        assertArrayEquals(new float[]{0, 0, 0}, LatentMath.slerp(a, opposite, 0.5), 1e-6f);
        float[] zero = {0, 0, 0};
        assertArrayEquals(new float[]{0.5f, 1f, 1.5f}, LatentMath.slerp(zero, a, 0.5), 1e-6f);
        for (float v : LatentMath.slerp(a, new float[]{1, 2, 3.0000001f}, 0.3)) assertTrue(Float.isFinite(v));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LatentMath.interpolate(new float[2], new float[3], 5));
        assertThrows(IllegalArgumentException.class, () -> LatentMath.interpolate(new float[2], new float[2], 1));
        assertThrows(IllegalArgumentException.class, () -> LatentMath.variations(new float[2], 0, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> LatentMath.variations(new float[2], 1, Double.NaN, 1));
    }

    private static double distance(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += (a[i] - b[i]) * (a[i] - b[i]);
        return Math.sqrt(s);
    }

    private static double angle(float[] a, float[] b) {
        return Math.acos(Math.min(1, LatentMath.dot(a, b) / (LatentMath.norm(a) * LatentMath.norm(b))));
    }
}
