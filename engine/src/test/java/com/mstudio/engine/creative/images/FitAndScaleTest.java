package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageShape;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.*;

/** Pad, crop and stretch do what their names say; shrinking averages instead of sampling; enlarging is smooth. */
class FitAndScaleTest {
    /** 60×20: left third red, middle green, right blue, on nothing else. */
    private static BufferedImage stripes() {
        BufferedImage image = new BufferedImage(60, 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 20; y++) for (int x = 0; x < 60; x++) image.setRGB(x, y, x < 20 ? 0xFF0000 : x < 40 ? 0x00FF00 : 0x0000FF);
        return image;
    }

    private static int[] rgb(byte[] out, ImageShape s, int x, int y) {
        int plane = s.width() * s.height(), i = y * s.width() + x;
        return new int[] {out[i] & 0xFF, out[plane + i] & 0xFF, out[2 * plane + i] & 0xFF};
    }

    @Test
    void padKeepsTheWholePictureAndFillsWithTheBorderColour() {
        ImageShape s = new ImageShape(30, 30, 3);
        byte[] out = new byte[s.size()];
        ImageFitter.fit(stripes(), s, ImageFit.PAD, out, 0);
        // The picture becomes 30×10 in the middle rows; above and below is the border's mean colour.
        assertArrayEquals(new int[] {255, 0, 0}, rgb(out, s, 2, 15));
        assertArrayEquals(new int[] {0, 0, 255}, rgb(out, s, 27, 15));
        int[] margin = rgb(out, s, 15, 2);
        assertEquals(rgb(out, s, 15, 27)[0], margin[0]);
        assertTrue(margin[0] > 60 && margin[1] > 60 && margin[2] > 60, "a mix of the three border colours");
    }

    @Test
    void cropKeepsTheCentreAndStretchKeepsEverything() {
        ImageShape s = new ImageShape(30, 30, 3);
        byte[] crop = new byte[s.size()], stretch = new byte[s.size()];
        ImageFitter.fit(stripes(), s, ImageFit.CROP, crop, 0);
        ImageFitter.fit(stripes(), s, ImageFit.STRETCH, stretch, 0);
        for (int y = 0; y < 30; y += 7) for (int x = 0; x < 30; x += 7) assertArrayEquals(new int[] {0, 255, 0}, rgb(crop, s, x, y));
        assertArrayEquals(new int[] {255, 0, 0}, rgb(stretch, s, 2, 0));
        assertArrayEquals(new int[] {0, 255, 0}, rgb(stretch, s, 15, 29));
        assertArrayEquals(new int[] {0, 0, 255}, rgb(stretch, s, 28, 15));
    }

    @Test
    void shrinkingAFineCheckerboardAveragesItToGrey() {
        double[] board = new double[256 * 256];
        for (int y = 0; y < 256; y++) for (int x = 0; x < 256; x++) board[y * 256 + x] = ((x + y) % 2) * 255;
        double[] small = Resampler.resize(board, 256, 256, 32, 32);
        for (double v : small) assertEquals(127.5, v, 3, "nearest-neighbour would give 0 or 255");
    }

    @Test
    void enlargingIsSmoothNotBlocky() {
        ImageShape s = new ImageShape(4, 4, 1);
        byte[] dot = new byte[16];
        dot[5] = (byte) 255;
        int size = 512;
        int[] argb = Upscaler.toArgb(dot, s, size);
        int maxStep = 0;
        java.util.Set<Integer> levels = new java.util.HashSet<>();
        for (int y = 0; y < size; y++) {
            for (int x = 1; x < size; x++) {
                int a = argb[y * size + x] & 0xFF, b = argb[y * size + x - 1] & 0xFF;
                maxStep = Math.max(maxStep, Math.abs(a - b));
                levels.add(a);
            }
        }
        assertTrue(maxStep < 8, "neighbouring pixels differ by at most " + maxStep + " (blocks would jump by 255)");
        assertTrue(levels.size() > 100, levels.size() + " grey levels");
        assertEquals(0xFF000000, argb[0] & 0xFF000000, "opaque");
    }

    @Test
    void sameSizeIsExactAndUpscalerPadsNonSquareShapesOnWhite() {
        double[] plane = {1, 2, 3, 4, 5, 6};
        assertArrayEquals(plane, Resampler.resize(plane, 3, 2, 3, 2));
        ImageShape wide = new ImageShape(8, 4, 1);
        int[] argb = Upscaler.toArgb(new byte[wide.size()], wide, 16);
        assertEquals(0xFFFFFFFF, argb[0], "the margin above a wide image is white");
        assertEquals(0xFF000000, argb[8 * 16 + 8], "the image itself is black");
    }
}
