package com.mstudio.engine.creative.images;

/**
 * Resizes one channel plane with a separable Catmull-Rom cubic filter. When shrinking, the filter is widened by the
 * scale factor so that every source pixel contributes (an antialiased, area-weighted average, like good photo
 * editors): thin lines and fine textures blur a little instead of breaking into stairs and moiré as nearest-neighbour
 * or plain bilinear would. When enlarging, the cubic keeps edges smooth instead of blocky. Pure double arithmetic in a
 * fixed order, so the same input gives the same output on every machine.
 */
final class Resampler {
    /** Catmull-Rom (cubic with a = -0.5): sharp, interpolating (keeps pixel values at the sample points), mild overshoot. */
    private static final double SUPPORT = 2.0;

    private Resampler() {}

    /** {@code plane} is {@code width × height} row-major values; returns {@code newWidth × newHeight} values (unclamped). */
    static double[] resize(double[] plane, int width, int height, int newWidth, int newHeight) {
        if (width == newWidth && height == newHeight) return plane.clone();
        double[] rows = horizontal(plane, width, height, newWidth);
        return vertical(rows, newWidth, height, newHeight);
    }

    private static double[] horizontal(double[] src, int width, int height, int newWidth) {
        if (width == newWidth) return src.clone();
        Weights w = Weights.of(width, newWidth);
        double[] out = new double[newWidth * height];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < newWidth; x++) {
                double sum = 0;
                int first = w.first[x];
                double[] k = w.weights[x];
                for (int i = 0; i < k.length; i++) sum += k[i] * src[row + first + i];
                out[y * newWidth + x] = sum;
            }
        }
        return out;
    }

    private static double[] vertical(double[] src, int width, int height, int newHeight) {
        if (height == newHeight) return src;
        Weights w = Weights.of(height, newHeight);
        double[] out = new double[width * newHeight];
        for (int y = 0; y < newHeight; y++) {
            int first = w.first[y];
            double[] k = w.weights[y];
            for (int x = 0; x < width; x++) {
                double sum = 0;
                for (int i = 0; i < k.length; i++) sum += k[i] * src[(first + i) * width + x];
                out[y * width + x] = sum;
            }
        }
        return out;
    }

    static double cubic(double x) {
        x = Math.abs(x);
        if (x < 1) return (1.5 * x - 2.5) * x * x + 1;
        if (x < 2) return ((-0.5 * x + 2.5) * x - 4) * x + 2;
        return 0;
    }

    /** For each output position: the first source index it reads and the normalised weights from there on. */
    private record Weights(int[] first, double[][] weights) {
        static Weights of(int inSize, int outSize) {
            double scale = (double) outSize / inSize;
            double stretch = Math.max(1, 1 / scale); // widen the filter when shrinking
            double support = SUPPORT * stretch;
            int[] first = new int[outSize];
            double[][] weights = new double[outSize][];
            for (int o = 0; o < outSize; o++) {
                double centre = (o + 0.5) / scale - 0.5; // output pixel centre in source coordinates
                int lo = Math.max(0, (int) Math.floor(centre - support) + 1);
                int hi = Math.min(inSize - 1, (int) Math.ceil(centre + support) - 1);
                if (hi < lo) hi = lo = Math.min(inSize - 1, Math.max(0, (int) Math.round(centre)));
                double[] k = new double[hi - lo + 1];
                double total = 0;
                for (int i = lo; i <= hi; i++) {
                    k[i - lo] = cubic((i - centre) / stretch);
                    total += k[i - lo];
                }
                if (total == 0) {
                    k = new double[] {1};
                    hi = lo;
                } else {
                    for (int i = 0; i < k.length; i++) k[i] /= total;
                }
                first[o] = lo;
                weights[o] = k;
            }
            return new Weights(first, weights);
        }
    }
}
