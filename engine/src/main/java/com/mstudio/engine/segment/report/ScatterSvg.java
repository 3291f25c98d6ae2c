package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationResult.Projection;
import com.mstudio.engine.segment.report.SvgWriter.Anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 2D projection coloured by segment. A page cannot carry a million SVG circles, so at most {@link #MAX_POINTS}
 * rows are drawn: a deterministic sample stratified by segment (every segment keeps its share, and small segments keep
 * a visible minimum), and the caption says it is a sample. Segment centres (over all rows) are marked on top. The
 * colours are the segments' own (as on the cards and the heat map), so the chart needs no legend of its own and stays
 * small enough to share a printed sheet with the other charts.
 */
final class ScatterSvg {
    static final int MAX_POINTS = 3000;
    /** A small segment keeps at least this many points (or all it has), so it does not vanish from the picture. */
    private static final int MIN_PER_SEGMENT = 30;
    private static final double WIDTH = 300;
    private static final double HEIGHT = 250;
    private static final double LEFT = 16;
    private static final double TOP = 2;
    private static final double PLOT_W = 282;
    private static final double PLOT_H = 230;

    private ScatterSvg() {}

    /**
     * The rows to draw, ascending: all of them when there are at most {@code max}, otherwise a stratified, evenly
     * spaced (hence reproducible) sample of at most {@code max}.
     */
    static int[] sample(int[] assignments, int k, int max) {
        int n = assignments.length;
        if (n <= max) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[][] members = members(assignments, k);
        int[] quota = new int[k];
        double[] remainder = new double[k];
        int total = 0;
        for (int s = 0; s < k; s++) {
            int size = members[s].length;
            double exact = (double) max * size / n;
            quota[s] = Math.max(Math.min(size, MIN_PER_SEGMENT), (int) Math.floor(exact));
            remainder[s] = quota[s] > exact ? -1 : exact - quota[s];
            total += quota[s];
        }
        // Largest remainders first, so that the sample uses the whole budget.
        while (total < max) {
            int best = -1;
            for (int s = 0; s < k; s++) {
                if (quota[s] < members[s].length && remainder[s] >= 0 && (best < 0 || remainder[s] > remainder[best])) best = s;
            }
            if (best < 0) break;
            quota[best]++;
            remainder[best] = -1;
            total++;
        }
        while (total > max) {
            int largest = 0;
            for (int s = 1; s < k; s++) if (quota[s] > quota[largest]) largest = s;
            quota[largest]--;
            total--;
        }
        List<Integer> picked = new ArrayList<>(total);
        for (int s = 0; s < k; s++) {
            int size = members[s].length;
            for (int i = 0; i < quota[s]; i++) picked.add(members[s][(int) ((i + 0.5) * size / quota[s])]);
        }
        return picked.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static int[][] members(int[] assignments, int k) {
        int[] counts = new int[k];
        for (int a : assignments) if (a >= 0 && a < k) counts[a]++;
        int[][] members = new int[k][];
        for (int s = 0; s < k; s++) members[s] = new int[counts[s]];
        int[] fill = new int[k];
        for (int row = 0; row < assignments.length; row++) {
            int a = assignments[row];
            if (a >= 0 && a < k) members[a][fill[a]++] = row;
        }
        return members;
    }

    static String render(Projection projection, int[] assignments, List<SegmentProfile> profiles, int[] rows) {
        int k = profiles.size();
        SvgWriter svg = new SvgWriter(WIDTH, HEIGHT, "Segments on the first two principal components");
        float[] xs = projection.x();
        float[] ys = projection.y();
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int r : rows) {
            if (!Float.isFinite(xs[r]) || !Float.isFinite(ys[r])) continue;
            minX = Math.min(minX, xs[r]);
            maxX = Math.max(maxX, xs[r]);
            minY = Math.min(minY, ys[r]);
            maxY = Math.max(maxY, ys[r]);
        }
        if (minX > maxX) {
            minX = minY = -1;
            maxX = maxY = 1;
        }
        double padX = Math.max(1e-9, (maxX - minX) * 0.04);
        double padY = Math.max(1e-9, (maxY - minY) * 0.04);
        double x0 = minX - padX, x1 = maxX + padX, y0 = minY - padY, y1 = maxY + padY;
        java.util.function.DoubleUnaryOperator px = v -> LEFT + PLOT_W * (v - x0) / (x1 - x0);
        java.util.function.DoubleUnaryOperator py = v -> TOP + PLOT_H - PLOT_H * (v - y0) / (y1 - y0);

        svg.rect(LEFT, TOP, PLOT_W, PLOT_H, "#fbfbfb");
        if (x0 < 0 && x1 > 0) svg.line(px.applyAsDouble(0), TOP, px.applyAsDouble(0), TOP + PLOT_H, "#e0e0e0", 1);
        if (y0 < 0 && y1 > 0) svg.line(LEFT, py.applyAsDouble(0), LEFT + PLOT_W, py.applyAsDouble(0), "#e0e0e0", 1);
        svg.outline(LEFT, TOP, PLOT_W, PLOT_H, "#999", 0.8);

        // Largest segments first, so that small ones are drawn on top and stay visible.
        List<SegmentProfile> order = new ArrayList<>(profiles);
        order.sort(Comparator.comparingInt(SegmentProfile::size).reversed().thenComparingInt(SegmentProfile::id));
        for (SegmentProfile p : order) {
            svg.group(SegmentPalette.colour(p.id()), 0.55);
            for (int r : rows) {
                if (assignments[r] != p.id() || !Float.isFinite(xs[r]) || !Float.isFinite(ys[r])) continue;
                svg.dot(px.applyAsDouble(xs[r]), py.applyAsDouble(ys[r]), 1.5);
            }
            svg.endGroup();
        }
        double[][] centres = centres(xs, ys, assignments, k);
        for (SegmentProfile p : profiles) {
            double[] c = centres[p.id()];
            if (c == null) continue;
            svg.circle(px.applyAsDouble(c[0]), py.applyAsDouble(c[1]), 5.5, SegmentPalette.colour(p.id()), "#ffffff",
                    p.name() + " (centre)");
        }

        double[] explained = projection.explainedVariance();
        svg.text(LEFT + PLOT_W / 2, TOP + PLOT_H + 14, axisTitle(1, explained), Anchor.MIDDLE, 10, "#444", false);
        svg.text(LEFT - 6, TOP + PLOT_H / 2, axisTitle(2, explained), Anchor.MIDDLE, 10, "#444", false, -90);
        return svg.finish();
    }

    private static String axisTitle(int component, double[] explained) {
        String t = "component " + component;
        if (explained != null && explained.length >= component && Double.isFinite(explained[component - 1])) {
            t += " (" + Numbers.fixed(explained[component - 1] * 100, 0) + "% of variance)";
        }
        return t;
    }

    private static double[][] centres(float[] xs, float[] ys, int[] assignments, int k) {
        double[] sx = new double[k], sy = new double[k];
        int[] n = new int[k];
        for (int r = 0; r < assignments.length; r++) {
            int a = assignments[r];
            if (a < 0 || a >= k || !Float.isFinite(xs[r]) || !Float.isFinite(ys[r])) continue;
            sx[a] += xs[r];
            sy[a] += ys[r];
            n[a]++;
        }
        double[][] c = new double[k][];
        for (int s = 0; s < k; s++) if (n[s] > 0) c[s] = new double[] {sx[s] / n[s], sy[s] / n[s]};
        return c;
    }
}
