package com.mstudio.ui.segments.charts;

/**
 * Turns up to millions of (x, y, segment) points into one ARGB pixel buffer, and finds the point nearest to a pixel.
 * No node per point and no per-point canvas call: each point adds its colour to the pixels under a small stamp, each
 * pixel shows the weighted mean colour of its points with an opacity that grows with the log of their number (so
 * dense cores read as dense), and a highlighted segment outweighs the others. A counting-sorted grid of cells keeps
 * the nearest-point lookup to the few points around the pointer.
 */
final class ScatterRaster {
    private static final int CELL = 8; // device pixels per lookup cell

    private final float[] xs, ys;
    private final int[] segments;
    private final double xMin, xMax, yMin, yMax;
    private final int width, height;
    private final int[] pointPixel; // pixel index of each point, -1 when outside
    private int cellsX, cellsY;
    private int[] cellStart, cellPoints;

    /** Maps the data box [xMin, xMax] × [yMin, yMax] onto width × height device pixels (y up). */
    ScatterRaster(float[] xs, float[] ys, int[] segments, double xMin, double xMax, double yMin, double yMax,
                  int width, int height) {
        this.xs = xs;
        this.ys = ys;
        this.segments = segments;
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.width = Math.max(1, width);
        this.height = Math.max(1, height);
        pointPixel = new int[xs.length];
        double sx = (this.width - 1) / (xMax - xMin), sy = (this.height - 1) / (yMax - yMin);
        for (int i = 0; i < xs.length; i++) {
            int px = (int) Math.round((xs[i] - xMin) * sx), py = (int) Math.round((yMax - ys[i]) * sy);
            pointPixel[i] = px < 0 || py < 0 || px >= this.width || py >= this.height ? -1 : py * this.width + px;
        }
        buildCells();
    }

    private void buildCells() {
        cellsX = (width + CELL - 1) / CELL;
        cellsY = (height + CELL - 1) / CELL;
        cellStart = new int[cellsX * cellsY + 1];
        for (int p : pointPixel) if (p >= 0) cellStart[cellOf(p) + 1]++;
        for (int c = 0; c < cellsX * cellsY; c++) cellStart[c + 1] += cellStart[c];
        cellPoints = new int[cellStart[cellStart.length - 1]];
        int[] fill = cellStart.clone();
        for (int i = 0; i < pointPixel.length; i++) if (pointPixel[i] >= 0) cellPoints[fill[cellOf(pointPixel[i])]++] = i;
    }

    private int cellOf(int pixel) {
        return (pixel / width) / CELL * cellsX + (pixel % width) / CELL;
    }

    int width() { return width; }
    int height() { return height; }

    /**
     * @param colors      ARGB colour per segment id (ids beyond it use the last)
     * @param highlighted segment drawn on top at full weight, or -1
     * @param dimColor    ARGB colour the other segments take while one is highlighted
     * @param radius      stamp radius in device pixels (0 = one pixel)
     */
    int[] render(int[] colors, int highlighted, int dimColor, double radius) {
        int n = width * height;
        // r, g, b and weight interleaved per pixel: one cache line per update, not four arrays' worth.
        int[] acc = new int[n * 4];
        int[] stamp = stamp(radius);
        for (int i = 0; i < pointPixel.length; i++) {
            int p = pointPixel[i];
            if (p < 0) continue;
            int s = segments[i];
            boolean dim = highlighted >= 0 && s != highlighted;
            int c = dim ? dimColor : colors[Math.min(Math.max(s, 0), colors.length - 1)];
            int weight = dim ? DIM_WEIGHT : FULL_WEIGHT;
            int cr = (c >> 16 & 0xff) * weight, cg = (c >> 8 & 0xff) * weight, cb = (c & 0xff) * weight;
            if (stamp.length == 2) { // one pixel per point (a million points): no stamp loop
                int q = p * 4;
                acc[q] += cr; acc[q + 1] += cg; acc[q + 2] += cb; acc[q + 3] += weight;
                continue;
            }
            int px = p % width, py = p / width;
            for (int k = 0; k < stamp.length; k += 2) {
                int qx = px + stamp[k], qy = py + stamp[k + 1];
                if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
                int q = (qy * width + qx) * 4;
                acc[q] += cr; acc[q + 1] += cg; acc[q + 2] += cb; acc[q + 3] += weight;
            }
        }
        int max = 0;
        for (int q = 3; q < acc.length; q += 4) if (acc[q] > max) max = acc[q];
        int[] alpha = alphaByWeight(max);
        int[] argb = new int[n];
        for (int q = 0, o = 0; o < n; q += 4, o++) {
            int w = acc[q + 3];
            if (w == 0) continue;
            int a = w < alpha.length ? alpha[w] : alphaOf(w, max);
            argb[o] = a << 24 | (acc[q] / w) << 16 | (acc[q + 1] / w) << 8 | (acc[q + 2] / w);
        }
        return argb;
    }

    private static final int FULL_WEIGHT = 16, DIM_WEIGHT = 1; // a greyed point counts 1/16 of a highlighted one

    /**
     * Opacity by a pixel's total weight: faint for greyed points alone, then from 55% for one point to 100% at the
     * densest pixel on a log scale, so dense cores read as dense. A table, because a million-pixel image would
     * otherwise call log1p a million times.
     */
    private static int[] alphaByWeight(int max) {
        int[] table = new int[Math.min(max, 1 << 16) + 1];
        for (int w = 1; w < table.length; w++) table[w] = alphaOf(w, max);
        return table;
    }

    private static int alphaOf(int w, int max) {
        double density = max > FULL_WEIGHT ? Math.log1p(w / (double) FULL_WEIGHT) / Math.log1p(max / (double) FULL_WEIGHT) : 1;
        double alpha = w < FULL_WEIGHT / 2 ? 0.25 + 0.45 * density : 0.55 + 0.45 * density;
        return (int) Math.round(Math.min(1, alpha) * 255);
    }

    /** Pixel offsets (dx, dy pairs) of a disc. */
    private static int[] stamp(double radius) {
        int rr = (int) Math.ceil(radius);
        int[] out = new int[(2 * rr + 1) * (2 * rr + 1) * 2];
        int k = 0;
        for (int dy = -rr; dy <= rr; dy++) {
            for (int dx = -rr; dx <= rr; dx++) {
                if (dx * dx + dy * dy <= radius * radius + 0.5) { out[k++] = dx; out[k++] = dy; }
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }

    /** Index of the point nearest to device pixel (px, py) within {@code maxDistance} pixels, or -1. */
    int nearest(double px, double py, double maxDistance) {
        int cx0 = (int) Math.floor((px - maxDistance) / CELL), cx1 = (int) Math.floor((px + maxDistance) / CELL);
        int cy0 = (int) Math.floor((py - maxDistance) / CELL), cy1 = (int) Math.floor((py + maxDistance) / CELL);
        double best = maxDistance * maxDistance;
        int found = -1;
        for (int cy = Math.max(0, cy0); cy <= Math.min(cellsY - 1, cy1); cy++) {
            for (int cx = Math.max(0, cx0); cx <= Math.min(cellsX - 1, cx1); cx++) {
                int c = cy * cellsX + cx;
                for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                    int i = cellPoints[k];
                    double dx = pixelX(i) - px, dy = pixelY(i) - py, d = dx * dx + dy * dy;
                    if (d <= best) { best = d; found = i; }
                }
            }
        }
        return found;
    }

    double pixelX(int i) {
        return (xs[i] - xMin) * (width - 1) / (xMax - xMin);
    }

    double pixelY(int i) {
        return (yMax - ys[i]) * (height - 1) / (yMax - yMin);
    }
}
