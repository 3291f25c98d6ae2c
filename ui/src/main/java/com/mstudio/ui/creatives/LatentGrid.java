package com.mstudio.ui.creatives;

import com.mstudio.engine.api.GeneratedImage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The latents behind a 2-D latent map, and which latent dimensions are worth mapping. Plain arithmetic on float
 * arrays (the decoding itself is an engine job), so it is tested without a model.
 */
final class LatentGrid {
    /** The map spans −2.5σ..+2.5σ on both axes: nearly all of a VAE's prior (N(0,1)) and a little past it. */
    static final double EXTENT = 2.5;
    /** Where each dimension is probed to see how much it changes the image: ±2σ, well inside what the decoder saw. */
    static final double PROBE = 2.0;

    private LatentGrid() {}

    /** The value of axis position {@code i} of {@code side}: −EXTENT at 0, +EXTENT at side−1, evenly between. */
    static float offset(int i, int side) {
        return (float) (-EXTENT + 2 * EXTENT * i / (side - 1));
    }

    /**
     * {@code side × side} latents, row by row from the top: {@code base} with dimension {@code x} running from −2.5σ
     * (left) to +2.5σ (right) and dimension {@code y} from +2.5σ (top) to −2.5σ (bottom), like a chart's axes.
     */
    static List<float[]> map(float[] base, int x, int y, int side) {
        if (side < 2) throw new IllegalArgumentException("a map needs at least 2 × 2 cells");
        if (x == y || x < 0 || y < 0 || x >= base.length || y >= base.length) {
            throw new IllegalArgumentException("pick two different dimensions of " + base.length);
        }
        List<float[]> out = new ArrayList<>(side * side);
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                float[] z = base.clone();
                z[x] = offset(col, side);
                z[y] = offset(side - 1 - row, side);
                out.add(z);
            }
        }
        return out;
    }

    /** Two latents per dimension d (at 2d: −2σ, at 2d+1: +2σ), every other value at the prior's centre, 0. */
    static List<float[]> probes(int latentSize) {
        List<float[]> out = new ArrayList<>(2 * latentSize);
        for (int d = 0; d < latentSize; d++) {
            for (double at : new double[] {-PROBE, PROBE}) {
                float[] z = new float[latentSize];
                z[d] = (float) at;
                out.add(z);
            }
        }
        return out;
    }

    /**
     * How much each dimension changes the image, from the decoded {@link #probes}: the mean absolute pixel
     * difference between its −2σ and +2σ images, 0 (nothing changes: a dimension the VAE does not use) .. 1.
     */
    static double[] change(List<GeneratedImage> decodedProbes) {
        if (decodedProbes.size() % 2 != 0) throw new IllegalArgumentException("probes come in pairs");
        double[] out = new double[decodedProbes.size() / 2];
        for (int d = 0; d < out.length; d++) {
            byte[] low = decodedProbes.get(2 * d).pixels(), high = decodedProbes.get(2 * d + 1).pixels();
            long sum = 0;
            for (int p = 0; p < low.length; p++) sum += Math.abs((low[p] & 0xFF) - (high[p] & 0xFF));
            out[d] = sum / (255.0 * low.length);
        }
        return out;
    }

    /** Dimensions from the one that changes the image most to the least (ties: the lower index first). */
    static List<Integer> ranking(double[] change) {
        return IntStream.range(0, change.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(d -> -change[d]).thenComparing(d -> d))
                .toList();
    }
}
