package com.mstudio.engine.creative.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.FloatBuffer;

/**
 * The data movement around a 4×4, stride-2, padding-1 convolution done as one matrix product: image ↔ patch rows
 * (im2col / col2im) and NCHW maps ↔ one row per pixel position. Plain loops over native memory; the products themselves
 * go to BLAS.
 */
public final class Patches {
    public static final int K = 4;

    private Patches() {
    }

    /**
     * {@code image [b, c, s, s]} → {@code cols [b·(s/2)², c·16]}: row (b, oy, ox) holds the 4×4 window of every channel
     * around output pixel (oy, ox), zeros where the window hangs over the edge.
     */
    public static void im2col(INDArray image, INDArray cols) {
        FloatBuffer x = Kernels.floats(image);
        FloatBuffer col = Kernels.floats(cols);
        int b = (int) image.size(0);
        int c = (int) image.size(1);
        int s = (int) image.size(2);
        int o = s / 2;
        int width = c * K * K;
        int row = 0;
        for (int n = 0; n < b; n++) {
            for (int oy = 0; oy < o; oy++) {
                for (int ox = 0; ox < o; ox++, row++) {
                    int base = row * width;
                    for (int ch = 0; ch < c; ch++) {
                        int plane = (n * c + ch) * s;
                        for (int ky = 0; ky < K; ky++) {
                            int iy = 2 * oy - 1 + ky;
                            int at = base + (ch * K + ky) * K;
                            boolean rowInside = iy >= 0 && iy < s;
                            for (int kx = 0; kx < K; kx++) {
                                int ix = 2 * ox - 1 + kx;
                                col.put(at + kx, rowInside && ix >= 0 && ix < s ? x.get((plane + iy) * s + ix) : 0f);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The adjoint of {@link #im2col}: every patch value is added back to its pixel of {@code image}, which is zeroed first. */
    public static void col2im(INDArray cols, INDArray image) {
        FloatBuffer x = Kernels.floats(image);
        FloatBuffer col = Kernels.floats(cols);
        int b = (int) image.size(0);
        int c = (int) image.size(1);
        int s = (int) image.size(2);
        int o = s / 2;
        int width = c * K * K;
        for (int i = 0, n = x.limit(); i < n; i++) x.put(i, 0f);
        int row = 0;
        for (int n = 0; n < b; n++) {
            for (int oy = 0; oy < o; oy++) {
                for (int ox = 0; ox < o; ox++, row++) {
                    int base = row * width;
                    for (int ch = 0; ch < c; ch++) {
                        int plane = (n * c + ch) * s;
                        for (int ky = 0; ky < K; ky++) {
                            int iy = 2 * oy - 1 + ky;
                            if (iy < 0 || iy >= s) continue;
                            int at = base + (ch * K + ky) * K;
                            for (int kx = 0; kx < K; kx++) {
                                int ix = 2 * ox - 1 + kx;
                                if (ix < 0 || ix >= s) continue;
                                int p = (plane + iy) * s + ix;
                                x.put(p, x.get(p) + col.get(at + kx));
                            }
                        }
                    }
                }
            }
        }
    }

    /** {@code rows [b·p, c]} (one row per pixel position) → {@code maps [b, c, p]} (NCHW), plus {@code bias} per channel if given. */
    public static void rowsToMaps(INDArray rows, INDArray maps, INDArray bias) {
        FloatBuffer r = Kernels.floats(rows);
        FloatBuffer m = Kernels.floats(maps);
        FloatBuffer add = bias == null ? null : Kernels.floats(bias);
        int b = (int) maps.size(0);
        int c = (int) maps.size(1);
        int p = (int) (maps.length() / ((long) b * c));
        for (int n = 0; n < b; n++) {
            for (int ch = 0; ch < c; ch++) {
                float shift = add == null ? 0f : add.get(ch);
                int out = (n * c + ch) * p;
                int in = n * p * c + ch;
                for (int i = 0; i < p; i++) m.put(out + i, r.get(in + i * c) + shift);
            }
        }
    }

    /** {@code maps [b, c, p]} → {@code rows [b·p, c]}. */
    public static void mapsToRows(INDArray maps, INDArray rows) {
        FloatBuffer r = Kernels.floats(rows);
        FloatBuffer m = Kernels.floats(maps);
        int b = (int) maps.size(0);
        int c = (int) maps.size(1);
        int p = (int) (maps.length() / ((long) b * c));
        for (int n = 0; n < b; n++) {
            for (int ch = 0; ch < c; ch++) {
                int from = (n * c + ch) * p;
                int to = n * p * c + ch;
                for (int i = 0; i < p; i++) r.put(to + i * c, m.get(from + i));
            }
        }
    }

    /** Adds {@code bias[c]} to every pixel of channel c of {@code maps [b, c, …]}. */
    public static void addChannelBias(INDArray maps, INDArray bias) {
        FloatBuffer m = Kernels.floats(maps);
        FloatBuffer add = Kernels.floats(bias);
        int b = (int) maps.size(0);
        int c = (int) maps.size(1);
        int p = (int) (maps.length() / ((long) b * c));
        for (int n = 0; n < b; n++) {
            for (int ch = 0; ch < c; ch++) {
                float shift = add.get(ch);
                int at = (n * c + ch) * p;
                for (int i = 0; i < p; i++) m.put(at + i, m.get(at + i) + shift);
            }
        }
    }

    /** {@code sums[c]} = Σ over images and pixels of channel c of {@code maps}. */
    public static void channelSums(INDArray maps, INDArray sums) {
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
