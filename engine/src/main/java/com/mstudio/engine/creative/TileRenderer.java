package com.mstudio.engine.creative;

import com.mstudio.engine.api.GeneratedImage;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * Latents in, {@link GeneratedImage}s out: one forward pass of the generator (or decoder) per chunk, pixels turned into
 * bytes. Used by the live preview and by every generation the user asks for. Engine thread only.
 */
final class TileRenderer {
    /** Latents per forward pass: bounds the memory a large grid needs. */
    static final int CHUNK = 256;

    private TileRenderer() {}

    /**
     * @param seeds       each tile's seed (-1 for latents made by hand)
     * @param classIndex  each tile's class for a conditional network (ignored when it has none)
     */
    static List<GeneratedImage> render(GenerativeNetwork net, float[][] latents, long[] seeds, int[] classIndex) {
        int n = latents.length, size = net.shape().size(), classes = net.classCount();
        List<GeneratedImage> out = new ArrayList<>(n);
        for (int from = 0; from < n; from += CHUNK) {
            int m = Math.min(CHUNK, n - from);
            float[][] z = new float[m][];
            for (int k = 0; k < m; k++) {
                if (latents[from + k].length != net.latentSize()) {
                    throw new IllegalArgumentException("a latent of " + latents[from + k].length + " values for a model with "
                            + net.latentSize());
                }
                z[k] = latents[from + k];
            }
            INDArray labels = null;
            if (classes > 0) {
                labels = Nd4j.zeros(DataType.FLOAT, m, classes);
                for (int k = 0; k < m; k++) labels.putScalar(k, Math.floorMod(classIndex[from + k], classes), 1f);
            }
            INDArray images = net.generate(Nd4j.createFromArray(z), labels);
            float[] flat = images.castTo(DataType.FLOAT).dup('c').data().asFloat();
            for (int k = 0; k < m; k++) {
                int c = classes > 0 ? Math.floorMod(classIndex[from + k], classes) : -1;
                out.add(new GeneratedImage(seeds[from + k], c, latents[from + k].clone(), net.shape(),
                        ImageBytes.toBytes(flat, k * size, size)));
            }
        }
        return out;
    }

    /** Latents of tiles {@code seed, seed+1, …}; classes cycle when {@code classIndex} < 0 on a conditional model. */
    static List<GeneratedImage> fromSeeds(GenerativeNetwork net, int count, long seed, int classIndex) {
        float[][] z = new float[count][];
        long[] seeds = new long[count];
        int[] classes = new int[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = seed + i;
            z[i] = LatentMath.latent(seeds[i], net.latentSize());
            classes[i] = classIndex >= 0 ? classIndex : i;
        }
        return render(net, z, seeds, classes);
    }
}
