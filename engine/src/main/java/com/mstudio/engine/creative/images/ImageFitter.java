package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageShape;

import java.awt.image.BufferedImage;

/**
 * Brings one decoded picture to a model's {@link ImageShape}: transparent pixels are composited onto white (emoji icons
 * are RGBA with a transparent background, and a model should see the icon, not whatever colour the transparent pixels
 * happen to hold), colour becomes grey (ITU-R BT.601 luma) when the shape is grey, and the size is met by
 * {@link ImageFit}. Resizing goes through the antialiased cubic {@link Resampler}.
 */
final class ImageFitter {
    private ImageFitter() {}

    /** NCHW bytes of {@code shape}, written into {@code out} at {@code offset}. */
    static void fit(BufferedImage image, ImageShape shape, ImageFit fit, byte[] out, int offset) {
        int w = image.getWidth(), h = image.getHeight();
        double[][] planes = planes(image, shape.channels());
        fit(planes, w, h, shape, fit, out, offset);
    }

    /** The same for planes that are already split (IDX files): {@code planes[c]} is {@code w × h} values 0..255. */
    static void fit(double[][] planes, int w, int h, ImageShape shape, ImageFit fit, byte[] out, int offset) {
        int tw = shape.width(), th = shape.height();
        int plane = tw * th;
        for (int c = 0; c < shape.channels(); c++) {
            double[] source = planes[Math.min(c, planes.length - 1)]; // grey source into a colour shape: repeat it
            double[] fitted = switch (fit) {
                case STRETCH -> Resampler.resize(source, w, h, tw, th);
                case CROP -> crop(source, w, h, tw, th);
                case PAD -> pad(source, w, h, tw, th);
            };
            int[] bytes = Upscaler.clampToBytes(fitted);
            for (int i = 0; i < plane; i++) out[offset + c * plane + i] = (byte) bytes[i];
        }
    }

    /** Cut the centre region with the target's aspect, then resize it: every output pixel comes from the picture. */
    private static double[] crop(double[] src, int w, int h, int tw, int th) {
        double scale = Math.max((double) tw / w, (double) th / h);
        int cw = Math.max(1, Math.min(w, (int) Math.round(tw / scale)));
        int ch = Math.max(1, Math.min(h, (int) Math.round(th / scale)));
        int left = (w - cw) / 2, top = (h - ch) / 2;
        double[] region = new double[cw * ch];
        for (int y = 0; y < ch; y++) System.arraycopy(src, (top + y) * w + left, region, y * cw, cw);
        return Resampler.resize(region, cw, ch, tw, th);
    }

    /**
     * Resize the whole picture to fit inside, then fill the margins with the mean colour of the picture's own border,
     * so a product on white stays on white and a Fashion-MNIST item on black stays on black.
     */
    private static double[] pad(double[] src, int w, int h, int tw, int th) {
        double scale = Math.min((double) tw / w, (double) th / h);
        int nw = Math.max(1, Math.min(tw, (int) Math.round(w * scale)));
        int nh = Math.max(1, Math.min(th, (int) Math.round(h * scale)));
        double[] inner = Resampler.resize(src, w, h, nw, nh);
        double[] out = new double[tw * th];
        java.util.Arrays.fill(out, borderMean(src, w, h));
        int left = (tw - nw) / 2, top = (th - nh) / 2;
        for (int y = 0; y < nh; y++) System.arraycopy(inner, y * nw, out, (top + y) * tw + left, nw);
        return out;
    }

    static double borderMean(double[] src, int w, int h) {
        double sum = 0;
        int n = 0;
        for (int x = 0; x < w; x++) {
            sum += src[x] + src[(h - 1) * w + x];
            n += 2;
        }
        for (int y = 1; y < h - 1; y++) {
            sum += src[y * w] + src[y * w + w - 1];
            n += 2;
        }
        return sum / n;
    }

    /** The picture as {@code channels} planes of 0..255 values, alpha composited onto white. */
    static double[][] planes(BufferedImage image, int channels) {
        int w = image.getWidth(), h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        double[][] planes = new double[channels][w * h];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            double a = (p >>> 24) / 255.0;
            double r = onWhite((p >> 16) & 0xFF, a), g = onWhite((p >> 8) & 0xFF, a), b = onWhite(p & 0xFF, a);
            if (channels == 1) {
                planes[0][i] = 0.299 * r + 0.587 * g + 0.114 * b;
            } else {
                planes[0][i] = r;
                planes[1][i] = g;
                planes[2][i] = b;
            }
        }
        return planes;
    }

    private static double onWhite(int value, double alpha) {
        return value * alpha + 255 * (1 - alpha);
    }
}
