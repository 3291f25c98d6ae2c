package com.mstudio.engine.creative.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;
import java.util.Arrays;

/**
 * The data movement around a 4×4, stride-2, padding-1 convolution done as one matrix product: image ↔ patch rows
 * (im2col / col2im) and NCHW maps ↔ one row per pixel position. Plain loops over native memory; the products themselves
 * go to BLAS. Every pass splits its images over a {@link Parallel} (one image's work never crosses threads).
 */
final class Patches {
    static final int K = 4;

    private Patches() {
    }

    /** Per-thread heap scratch: one image, its zero-padded copy and its block of patch rows (a few hundred KB). */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        float[] image = new float[0];
        float[] padded = new float[0];
        float[] block = new float[0];
        float[] extra = new float[0];

        float[] extra(int n) {
            if (extra.length < n) extra = new float[n];
            return extra;
        }

        float[] image(int n) {
            if (image.length < n) image = new float[n];
            return image;
        }

        float[] padded(int n) {
            if (padded.length < n) padded = new float[n];
            return padded;
        }

        float[] block(int n) {
            if (block.length < n) block = new float[n];
            return block;
        }
    }

    /**
     * {@code image [b, c, s, s]} → {@code cols [b·(s/2)², c·16]}: row (b, oy, ox) holds the 4×4 window of every channel
     * around output pixel (oy, ox), zeros where the window hangs over the edge.
     * <p>
     * WHY image by image through heap arrays: element-wise access to the arrays' native memory cost ~2.5 ns a value
     * (bounds and liveness checks, a branch per edge test); one bulk copy of the image into a zero-padded heap array,
     * branch-free gathering into a heap block and one bulk copy of the block out run several times faster.
     */
    static void im2col(INDArray image, INDArray cols, Parallel parallel) {
        FloatBuffer x = Kernels.floats(image);
        FloatBuffer col = Kernels.floats(cols);
        int b = (int) image.size(0);
        int c = (int) image.size(1);
        int s = (int) image.size(2);
        int o = s / 2;
        int ps = s + 2;
        int plane = s * s;
        int paddedPlane = ps * ps;
        int blockLength = o * o * c * K * K;
        parallel.run(b, (first, last) -> {
            Scratch scratch = SCRATCH.get();
            float[] img = scratch.image(c * plane);
            float[] pad = scratch.padded(c * paddedPlane);
            float[] block = scratch.block(blockLength);
            Arrays.fill(pad, 0, c * paddedPlane, 0f); // the border stays zero; the interior is overwritten per image
            for (int n = first; n < last; n++) {
                x.get(n * c * plane, img, 0, c * plane);
                for (int ch = 0; ch < c; ch++) {
                    for (int y = 0; y < s; y++) System.arraycopy(img, ch * plane + y * s, pad, ch * paddedPlane + (y + 1) * ps + 1, s);
                }
                int at = 0;
                for (int oy = 0; oy < o; oy++) {
                    for (int ox = 0; ox < o; ox++) {
                        int origin = 2 * oy * ps + 2 * ox; // padded (iy + 1, ix + 1) of tap (0, 0)
                        for (int ch = 0; ch < c; ch++) {
                            int from = ch * paddedPlane + origin;
                            for (int ky = 0; ky < K; ky++, at += K, from += ps) {
                                block[at] = pad[from];
                                block[at + 1] = pad[from + 1];
                                block[at + 2] = pad[from + 2];
                                block[at + 3] = pad[from + 3];
                            }
                        }
                    }
                }
                col.put(n * blockLength, block, 0, blockLength);
            }
        });
    }

    /**
     * The adjoint of {@link #im2col}: every patch value is added back to its pixel of {@code image}, which is overwritten,
     * plus {@code bias} per channel if given (in the same pass).
     */
    static void col2im(INDArray cols, INDArray image, INDArray bias, Parallel parallel) {
        FloatBuffer x = Kernels.floats(image);
        FloatBuffer col = Kernels.floats(cols);
        int b = (int) image.size(0);
        int c = (int) image.size(1);
        int s = (int) image.size(2);
        int o = s / 2;
        int ps = s + 2;
        int plane = s * s;
        int paddedPlane = ps * ps;
        int blockLength = o * o * c * K * K;
        float[] shift = new float[c];
        if (bias != null) Kernels.floats(bias).get(0, shift);
        parallel.run(b, (first, last) -> {
            Scratch scratch = SCRATCH.get();
            float[] img = scratch.image(c * plane);
            float[] pad = scratch.padded(c * paddedPlane);
            float[] block = scratch.block(blockLength);
            for (int n = first; n < last; n++) {
                col.get(n * blockLength, block, 0, blockLength);
                Arrays.fill(pad, 0, c * paddedPlane, 0f);
                int at = 0;
                for (int oy = 0; oy < o; oy++) {
                    for (int ox = 0; ox < o; ox++) {
                        int origin = 2 * oy * ps + 2 * ox;
                        for (int ch = 0; ch < c; ch++) {
                            int to = ch * paddedPlane + origin;
                            for (int ky = 0; ky < K; ky++, at += K, to += ps) {
                                pad[to] += block[at];
                                pad[to + 1] += block[at + 1];
                                pad[to + 2] += block[at + 2];
                                pad[to + 3] += block[at + 3];
                            }
                        }
                    }
                }
                for (int ch = 0; ch < c; ch++) {
                    float add = shift[ch];
                    for (int y = 0; y < s; y++) {
                        int from = ch * paddedPlane + (y + 1) * ps + 1;
                        int to = ch * plane + y * s;
                        for (int i = 0; i < s; i++) img[to + i] = pad[from + i] + add;
                    }
                }
                x.put(n * c * plane, img, 0, c * plane);
            }
        });
    }

    /**
     * {@code rows [b·p, c]} (one row per pixel position) → {@code maps [b, c, p]} (NCHW), plus {@code bias} per channel if
     * given, then {@code max(v, slope·v)} (1: no activation), in one pass.
     */
    static void rowsToMaps(INDArray rows, INDArray maps, INDArray bias, float slope, Parallel parallel) {
        FloatBuffer r = Kernels.floats(rows);
        FloatBuffer m = Kernels.floats(maps);
        float[] shift = new float[(int) maps.size(1)];
        if (bias != null) Kernels.floats(bias).get(0, shift);
        int b = (int) maps.size(0);
        int c = (int) maps.size(1);
        int p = (int) (maps.length() / ((long) b * c));
        parallel.run(b, (first, last) -> {
            Scratch scratch = SCRATCH.get();
            float[] from = scratch.image(p * c);
            float[] to = scratch.block(p * c);
            for (int n = first; n < last; n++) {
                r.get(n * p * c, from, 0, p * c);
                for (int ch = 0; ch < c; ch++) {
                    float add = shift[ch];
                    for (int i = 0; i < p; i++) {
                        float v = from[i * c + ch] + add;
                        to[ch * p + i] = Math.max(v, v * slope);
                    }
                }
                m.put(n * p * c, to, 0, p * c);
            }
        });
    }

    /**
     * {@code maps [b, c, p]} → {@code rows [b·p, c]}, in the same pass: times 1 where {@code activation} (same shape;
     * null: none) is positive, else {@code slope} (the backward pass of {@code max(v, slope·v)}), flushing denormals to
     * zero; and, when {@code sums} is given, each channel's sum of what was written (a bias's gradient), image by image
     * and pixel by pixel, in double. The images are split over {@code parallel}'s threads; the sums come out the same
     * whatever the split (kept per image, added in image order here).
     */
    static void mapsToRows(INDArray maps, INDArray rows, INDArray activation, float slope, double[] sums, Parallel parallel) {
        FloatBuffer r = Kernels.floats(rows);
        FloatBuffer m = Kernels.floats(maps);
        FloatBuffer act = activation == null ? null : Kernels.floats(activation);
        int b = (int) maps.size(0);
        int c = (int) maps.size(1);
        int p = (int) (maps.length() / ((long) b * c));
        double[][] perImage = sums == null ? null : new double[b][c];
        parallel.run(b, (first, last) -> {
            Scratch scratch = SCRATCH.get();
            float[] from = scratch.image(p * c);
            float[] to = scratch.block(p * c);
            float[] a = act == null ? null : scratch.extra(p * c);
            for (int n = first; n < last; n++) {
                m.get(n * p * c, from, 0, p * c);
                if (act != null) {
                    act.get(n * p * c, a, 0, p * c);
                    Kernels.slopeBackward(a, from, p * c, slope);
                }
                if (sums != null) {
                    for (int ch = 0; ch < c; ch++) {
                        double sum = 0;
                        for (int i = 0; i < p; i++) sum += from[ch * p + i];
                        perImage[n][ch] = sum;
                    }
                }
                for (int i = 0; i < p; i++) {
                    for (int ch = 0; ch < c; ch++) to[i * c + ch] = from[ch * p + i];
                }
                r.put(n * p * c, to, 0, p * c);
            }
        });
        if (sums == null) return;
        java.util.Arrays.fill(sums, 0);
        for (double[] image : perImage) {
            for (int ch = 0; ch < c; ch++) sums[ch] += image[ch];
        }
    }

    /** {@code sums[c]} = Σ over images and pixels of channel c of {@code maps}. */
    static void channelSums(INDArray maps, INDArray sums) {
        FloatBuffer m = Kernels.floats(maps);
        FloatBuffer out = Kernels.floats(sums);
        int b = (int) maps.size(0);
        int c = (int) maps.size(1);
        int p = (int) (maps.length() / ((long) b * c));
        for (int ch = 0; ch < c; ch++) {
            double sum = 0;
            for (int n = 0; n < b; n++) {
                int at = (n * c + ch) * p;
                for (int i = 0; i < p; i++) sum += m.get(at + i);
            }
            out.put(ch, (float) sum);
        }
    }
}
