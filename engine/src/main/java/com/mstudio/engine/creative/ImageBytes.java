package com.mstudio.engine.creative;

/**
 * Pixels between the two forms they take: unsigned bytes 0..255 (image sets, generated images, files) and floats 0..1
 * (what the networks see). Also the preview grid's diversity. Pure Java.
 */
public final class ImageBytes {
    /** byte → float for all 256 values: a table lookup is cheaper than a division per pixel. */
    private static final float[] TO_FLOAT = new float[256];

    static {
        for (int i = 0; i < 256; i++) TO_FLOAT[i] = i / 255f;
    }

    private ImageBytes() {}

    /** Writes {@code count} values from {@code src[from..]} as 0..1 floats into {@code dst[at..]}. */
    public static void toFloats(byte[] src, int from, int count, float[] dst, int at) {
        for (int i = 0; i < count; i++) dst[at + i] = TO_FLOAT[src[from + i] & 0xFF];
    }

    /** One image's floats (0..1, clamped; NaN as 0) as bytes 0..255, rounded. */
    public static byte[] toBytes(float[] src, int from, int count) {
        byte[] out = new byte[count];
        for (int i = 0; i < count; i++) {
            float v = src[from + i];
            int b = v > 0 ? Math.round(Math.min(v, 1f) * 255f) : 0; // NaN > 0 is false
            out[i] = (byte) b;
        }
        return out;
    }

    /**
     * Mean pairwise pixel distance of the images (mean absolute difference per value, 0..1): about 0 when every
     * tile looks the same (mode collapse), about 0.3–0.5 for varied natural images.
     */
    public static double diversity(java.util.List<byte[]> images) {
        int n = images.size();
        if (n < 2) return 0;
        double sum = 0;
        long pairs = 0;
        for (int a = 0; a < n; a++) {
            byte[] x = images.get(a);
            for (int b = a + 1; b < n; b++) {
                byte[] y = images.get(b);
                long d = 0;
                for (int i = 0; i < x.length; i++) d += Math.abs((x[i] & 0xFF) - (y[i] & 0xFF));
                sum += d / (255.0 * x.length);
                pairs++;
            }
        }
        return sum / pairs;
    }
}
