package com.mstudio.engine.creative.vae;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fitted generation density: it recovers a known Gaussian, maps both ways, and survives its bytes. */
class LatentPriorTest {
    private static final int D = 3;
    /** A known lower-triangular factor and mean: codes are drawn as m + A·e. */
    private static final double[][] A = {{2, 0, 0}, {1, 0.5, 0}, {-1, 0.3, 0.2}};
    private static final double[] M = {1, -2, 0.5};

    private static float[] code(SplittableRandom rng, double shift) {
        double[] e = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
        float[] z = new float[D];
        for (int i = 0; i < D; i++) {
            double v = M[i] + shift;
            for (int k = 0; k < D; k++) v += A[i][k] * e[k];
            z[i] = (float) v;
        }
        return z;
    }

    private static LatentPrior fitted(int groups, int perGroup, long seed) {
        LatentPrior.Fitter fitter = new LatentPrior.Fitter(D, groups);
        SplittableRandom rng = new SplittableRandom(seed);
        for (int g = 0; g < groups; g++) for (int i = 0; i < perGroup; i++) fitter.add(code(rng, 10 * g), g);
        return fitter.fit();
    }

    @Test
    void recoversTheMeanAndSpreadOfTheCodes() {
        LatentPrior prior = fitted(1, 20_000, 1);
        assertFalse(prior.isStandard());
        float[] mean = prior.mean(0);
        double[] spread = prior.spread(0);
        double[] expectedSpread = {2, Math.sqrt(1.25), Math.sqrt(1 + 0.09 + 0.04)};
        for (int i = 0; i < D; i++) {
            assertEquals(M[i], mean[i], 0.05, "mean " + i);
            assertEquals(expectedSpread[i], spread[i], 0.05, "spread " + i);
        }
        // The origin of the standard coordinates is the mean; one standard deviation along u0 is A's first column.
        assertArrayEquals(mean, prior.toModel(new float[D], 0), 1e-6f);
        float[] step = prior.toModel(new float[]{1, 0, 0}, 0);
        for (int i = 0; i < D; i++) assertEquals(M[i] + A[i][0], step[i], 0.06, "column " + i);
    }

    @Test
    void encodingCoordinatesInvertTheGenerationMapping() {
        LatentPrior prior = fitted(2, 500, 2);
        float[] u = {0.3f, -1.2f, 2.0f};
        for (int g = 0; g < 2; g++) assertArrayEquals(u, prior.toStandard(prior.toModel(u, g), g), 1e-4f);
    }

    @Test
    void eachClassGetsItsOwnMeanAndAClassWithFewCodesStaysUsable() {
        LatentPrior.Fitter fitter = new LatentPrior.Fitter(D, 3);
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < 400; i++) fitter.add(code(rng, 0), 0);
        for (int i = 0; i < 400; i++) fitter.add(code(rng, 10), 1);
        fitter.add(code(rng, 20), 2); // one image of class 2: its covariance alone would be zero
        LatentPrior prior = fitter.fit();
        assertEquals(M[0], prior.mean(0)[0], 0.3);
        assertEquals(M[0] + 10, prior.mean(1)[0], 0.3);
        double[] lonely = prior.spread(2);
        for (double s : lonely) assertTrue(s > 0.1 && Double.isFinite(s), "the lonely class borrows the pooled spread: " + s);
    }

    @Test
    void collapsedCodesStillGiveAnInvertibleDensity() {
        LatentPrior.Fitter fitter = new LatentPrior.Fitter(D, 1);
        for (int i = 0; i < 50; i++) fitter.add(new float[]{i, 2 * i, 0}, 0); // rank one: a singular covariance
        LatentPrior prior = fitter.fit();
        float[] u = {1, 1, 1};
        float[] back = prior.toStandard(prior.toModel(u, 0), 0);
        for (int i = 0; i < D; i++) assertTrue(Float.isFinite(back[i]), "finite " + i);
    }

    @Test
    void fittingIsDeterministicAndSurvivesItsBytes() throws IOException {
        LatentPrior a = fitted(2, 300, 4), b = fitted(2, 300, 4);
        byte[] bytesA = bytes(a);
        assertArrayEquals(bytesA, bytes(b));
        LatentPrior back = LatentPrior.read(new DataInputStream(new ByteArrayInputStream(bytesA)), D, 2);
        float[] u = {0.5f, -0.5f, 1.5f};
        for (int g = 0; g < 2; g++) assertArrayEquals(a.toModel(u, g), back.toModel(u, g), 0f);
        assertThrows(IOException.class, () -> LatentPrior.read(new DataInputStream(new ByteArrayInputStream(bytesA)), D, 3));
    }

    @Test
    void theStandardDensityLeavesLatentsAlone() {
        LatentPrior prior = LatentPrior.standard(D, 1);
        float[] u = {0.1f, 0.2f, -3f};
        assertArrayEquals(u, prior.toModel(u, 0), 0f);
        assertArrayEquals(u, prior.toStandard(u, 0), 0f);
    }

    private static byte[] bytes(LatentPrior prior) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            prior.write(data);
        }
        return out.toByteArray();
    }
}
