package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.SegmentationResult.Projection;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scatter's rasteriser without JavaFX: the grid lookup agrees with brute force, and pixels carry their colours. */
class ScatterRasterTest {
    private static final int[] COLORS = {0xff0072b2, 0xffe69f00, 0xff009e73, 0xffcc79a7};

    @Test
    void nearestPointMatchesBruteForce() {
        int n = 50_000;
        int[] seg = new int[n];
        Projection p = ChartFixtures.projection(n, seg);
        ScatterRaster r = new ScatterRaster(p.x(), p.y(), seg, -6, 6, -6, 4, 800, 500);
        Random random = new Random(3);
        int found = 0;
        for (int q = 0; q < 300; q++) {
            double px = random.nextDouble() * 800, py = random.nextDouble() * 500;
            int i = r.nearest(px, py, 12);
            double best = 144;
            int brute = -1;
            for (int j = 0; j < n; j++) {
                double dx = r.pixelX(j) - px, dy = r.pixelY(j) - py, d = dx * dx + dy * dy;
                if (d <= best) { best = d; brute = j; }
            }
            if (brute < 0) { assertEquals(-1, i, "nothing within 12 px of " + px + "," + py); continue; }
            found++;
            double di = Math.hypot(r.pixelX(i) - px, r.pixelY(i) - py);
            assertEquals(Math.sqrt(best), di, 1e-9, "as near as the nearest by brute force");
        }
        assertTrue(found > 50 && found < 300, "queries both on and off the blobs: " + found);
    }

    @Test
    void pixelsTakeTheirSegmentsColourAndHighlightGreysTheRest() {
        float[] x = {0, 10, 0, 10};
        float[] y = {0, 0, 10, 10};
        int[] seg = {0, 1, 2, 3};
        ScatterRaster r = new ScatterRaster(x, y, seg, 0, 10, 0, 10, 11, 11);
        int[] argb = r.render(COLORS, -1, 0xff888888, 0);
        assertEquals(COLORS[0] & 0xffffff, argb[10 * 11] & 0xffffff, "(0,0) is bottom left, in segment 0's colour");
        assertEquals(COLORS[3] & 0xffffff, argb[10] & 0xffffff, "(10,10) is top right");
        assertEquals(0, argb[5 * 11 + 5], "no point, transparent");
        int[] lit = r.render(COLORS, 2, 0xff888888, 0);
        assertEquals(COLORS[2] & 0xffffff, lit[0] & 0xffffff, "the highlighted segment keeps its colour");
        assertEquals(0x888888, lit[10 * 11] & 0xffffff, "the others are grey");
        assertTrue((lit[10 * 11] >>> 24) < (lit[0] >>> 24), "and fainter");
    }

    @Test
    void aMillionPointsRasteriseInMilliseconds() {
        int n = 1_000_000;
        int[] seg = new int[n];
        Projection p = ChartFixtures.projection(n, seg);
        long best = Long.MAX_VALUE;
        int drawn = 0;
        for (int rep = 0; rep < 5; rep++) { // the first runs include the JIT's warm-up
            long t0 = System.nanoTime();
            ScatterRaster r = new ScatterRaster(p.x(), p.y(), seg, -6, 6, -6, 4, 1000, 600);
            int[] argb = r.render(COLORS, -1, 0xff888888, 0.4);
            best = Math.min(best, System.nanoTime() - t0);
            drawn = 0;
            for (int v : argb) if (v != 0) drawn++;
        }
        System.out.printf(Locale.ROOT, "ScatterRaster: 1,000,000 points into 1000×600 (grid + blend) best of 5: %.1f ms%n", best / 1e6);
        assertTrue(drawn > 50_000, "the blobs cover many pixels: " + drawn);
    }
}
