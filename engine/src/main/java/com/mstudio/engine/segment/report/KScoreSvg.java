package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.SegmentationResult.KScore;
import com.mstudio.engine.segment.report.SvgWriter.Anchor;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The auto-k scores: the elbow curve (inertia, lower is tighter) above the silhouette (higher is better separated),
 * sharing the k axis, with the chosen k marked. Two panels rather than one chart with two y axes, which is easy to
 * misread.
 */
final class KScoreSvg {
    private static final double WIDTH = 290;
    private static final double LEFT = 50;
    private static final double RIGHT = 10;
    private static final double PANEL = 46;
    private static final double GAP = 28;
    private static final double TOP = 34;

    private KScoreSvg() {}

    static String render(List<KScore> scan, int chosenK) {
        double height = TOP + PANEL + GAP + PANEL + 30;
        SvgWriter svg = new SvgWriter(WIDTH, height, "Auto-k scores: inertia and silhouette for each k");
        int kMin = scan.get(0).k();
        int kMax = scan.get(scan.size() - 1).k();
        double plotW = WIDTH - LEFT - RIGHT;
        double span = Math.max(1, kMax - kMin);
        java.util.function.IntToDoubleFunction xOf = k -> LEFT + 10 + (plotW - 20) * (k - kMin) / span;

        double top1 = TOP;
        double top2 = TOP + PANEL + GAP;
        panel(svg, scan, chosenK, xOf, top1, KScore::inertia, "#0072B2");
        panel(svg, scan, chosenK, xOf, top2, KScore::silhouette, "#D55E00");

        double axisY = top2 + PANEL;
        for (KScore s : scan) {
            double x = xOf.applyAsDouble(s.k());
            svg.text(x, axisY + 13, Integer.toString(s.k()), Anchor.MIDDLE, 10, s.k() == chosenK ? "#000" : "#444", s.k() == chosenK);
        }
        svg.text(LEFT + plotW / 2, axisY + 27, "number of segments (k)", Anchor.MIDDLE, 10, "#444", false);
        if (chosenK >= kMin && chosenK <= kMax) {
            double x = xOf.applyAsDouble(chosenK);
            svg.line(x, 15, x, axisY, "#222", 1.2, "4 3");
            String label = "k = " + chosenK + " chosen";
            boolean leftOfLine = x + 6 + Labels.width(label, 10.5) > WIDTH;
            svg.text(leftOfLine ? x - 5 : x + 5, 13, label, leftOfLine ? Anchor.END : Anchor.START, 10.5, "#000", true);
        }
        // Titles last, on a white ground, so that the chosen-k line never runs through them.
        panelTitle(svg, top1, "Inertia (elbow: lower is tighter)");
        panelTitle(svg, top2, "Silhouette (higher is better separated)");
        return svg.finish();
    }

    private static void panel(SvgWriter svg, List<KScore> scan, int chosenK, java.util.function.IntToDoubleFunction xOf, double top,
                              ToDoubleFunction<KScore> value, String colour) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (KScore s : scan) {
            double v = value.applyAsDouble(s);
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        double[] ticks = Ticks.nice(min, max, 3);
        double lo = ticks[0];
        double hi = ticks[ticks.length - 1];
        double right = WIDTH - RIGHT;
        java.util.function.DoubleUnaryOperator yOf = v -> top + PANEL - PANEL * (v - lo) / (hi - lo);
        for (double t : ticks) {
            double y = yOf.applyAsDouble(t);
            svg.line(LEFT, y, right, y, "#e3e3e3", 1);
            svg.text(LEFT - 6, y + 4, Ticks.label(t), Anchor.END, 10, "#555", false);
        }
        svg.line(LEFT, top + PANEL, right, top + PANEL, "#888", 1);

        double[] xy = new double[scan.size() * 2];
        int n = 0;
        for (KScore s : scan) {
            double v = value.applyAsDouble(s);
            if (!Double.isFinite(v)) continue;
            xy[n++] = xOf.applyAsDouble(s.k());
            xy[n++] = yOf.applyAsDouble(v);
        }
        svg.polyline(java.util.Arrays.copyOf(xy, n), colour, 2);
        for (KScore s : scan) {
            double v = value.applyAsDouble(s);
            if (!Double.isFinite(v)) continue;
            boolean chosen = s.k() == chosenK;
            svg.circle(xOf.applyAsDouble(s.k()), yOf.applyAsDouble(v), chosen ? 4.5 : 3, chosen ? "#fff" : colour,
                    chosen ? colour : null, "k = " + s.k() + ": " + Numbers.value(v));
        }
    }

    private static void panelTitle(SvgWriter svg, double top, String title) {
        svg.rect(LEFT - 2, top - 19, Labels.width(title, 10) * 0.95 + 4, 13, "#ffffff");
        svg.text(LEFT, top - 9, title, Anchor.START, 10, "#333", true);
    }

}
