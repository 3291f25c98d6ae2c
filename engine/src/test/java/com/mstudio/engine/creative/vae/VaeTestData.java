package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.ImageShape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.SplittableRandom;

/** Seeded inputs for the shape and gradient tests (the training tests read the real samples instead). */
final class VaeTestData {
    private VaeTestData() {
    }

    static INDArray randomImages(int n, ImageShape shape, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[n * shape.size()];
        for (int i = 0; i < v.length; i++) v[i] = (float) rng.nextDouble();
        return Nd4j.createFromArray(v).reshape(n, shape.size());
    }

    /** An image set's pixels as 0..1 floats {@code [n, size]}. */
    static INDArray floats(com.mstudio.engine.api.ImageSet set) {
        byte[] px = set.pixels();
        float[] v = new float[px.length];
        for (int i = 0; i < v.length; i++) v[i] = (px[i] & 0xff) / 255f;
        return Nd4j.createFromArray(v).reshape(set.count(), set.shape().size());
    }

    /** A seeded shuffle of 0..n-1. */
    static int[] permutation(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    static INDArray oneHot(int[] classes, int classCount) {
        INDArray out = Nd4j.zeros(DataType.FLOAT, classes.length, classCount);
        for (int i = 0; i < classes.length; i++) out.putScalar(i, classes[i], 1.0);
        return out;
    }

    static INDArray latents(int n, int latent, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[n * latent];
        for (int i = 0; i < v.length; i++) v[i] = (float) rng.nextGaussian();
        return Nd4j.createFromArray(v).reshape(n, latent);
    }
}
