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
        float[] r = new float[n], g = new float[n], b = new float[n], w = new float[n];
        int[] stamp = stamp(radius);
        for (int i = 0; i < pointPixel.length; i++) {
            int p = pointPixel[i];
            if (p < 0) continue;
            int s = segments[i];
            boolean dim = highlighted >= 0 && s != highlighted;
            int c = dim ? dimColor : colors[Math.min(Math.max(s, 0), colors.length - 1)];
            float weight = dim ? 0.08f : 1f;
            float cr = (c >> 16 & 0xff) * weight, cg = (c >> 8 & 0xff) * weight, cb = (c & 0xff) * weight;
            int px = p % width, py = p / width;
            for (int k = 0; k < stamp.length; k += 2) {
                int qx = px + stamp[k], qy = py + stamp[k + 1];
                if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
                int q = qy * width + qx;
                r[q] += cr; g[q] += cg; b[q] += cb; w[q] += weight;
            }
        }
        float max = 0;
        for (float v : w) if (v > max) max = v;
        double logMax = Math.log1p(max);
        int[] argb = new int[n];
        for (int q = 0; q < n; q++) {
            float wq = w[q];
            if (wq <= 0) continue;
            double density = logMax > 0 ? Math.log1p(wq) / logMax : 1;
            double alpha = Math.min(1, (wq < 0.5 ? 0.25 : 0.55) + 0.45 * density);
            argb[q] = (int) Math.round(alpha * 255) << 24 | Math.round(r[q] / wq) << 16 | Math.round(g[q] / wq) << 8
                    | Math.round(b[q] / wq);
        }
        return argb;
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
