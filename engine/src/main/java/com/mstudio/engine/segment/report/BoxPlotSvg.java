package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.FeatureDistribution.Box;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;
import com.mstudio.engine.segment.report.SvgWriter.Anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One numeric feature per segment as horizontal box plots (Tukey whiskers, the mean as a white square), with the whole
 * base in grey at the bottom for reference. Horizontal so that segment names read without rotation.
 */
final class BoxPlotSvg {
    private static final double WIDTH = 250;
    private static final double LABEL_WIDTH = 96;
    private static final double RIGHT = 14;
    private static final double ROW = 17;
    private static final double TOP = 6;
    private static final double AXIS = 18;

    private BoxPlotSvg() {}

    /**
     * The numeric columns whose segments differ most from the base (largest |z| of any segment), at most {@code max},
     * most distinctive first. Only columns with a box per segment and one for the base qualify.
     */
    static List<FeatureDistribution> mostDistinctive(List<SegmentProfile> profiles, List<FeatureDistribution> distributions, int max) {
        Map<String, Double> strongest = new HashMap<>();
        for (SegmentProfile p : profiles) {
            for (FeatureContrast c : p.contrasts()) {
                if (c.categorical() || !Double.isFinite(c.zScore())) continue;
                strongest.merge(c.column(), Math.abs(c.zScore()), Math::max);
            }
        }
        List<FeatureDistribution> numeric = new ArrayList<>();
        for (FeatureDistribution d : distributions) {
            if (!d.categorical() && d.boxes().size() == profiles.size() + 1 && strongest.containsKey(d.column())) numeric.add(d);
        }
        numeric.sort(Comparator.comparingDouble((FeatureDistribution d) -> -strongest.get(d.column())));
        return numeric.subList(0, Math.min(max, numeric.size()));
    }

    /** @param baseLabel the name of the last, grey box ("All rows", "All customers") */
    static String render(FeatureDistribution d, List<SegmentProfile> profiles, String baseLabel) {
        int rows = d.boxes().size();
        double height = TOP + ROW * rows + AXIS;
        SvgWriter svg = new SvgWriter(WIDTH, height, "Box plots of " + d.column() + " per segment");
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Box b : d.boxes()) {
            if (b.count() == 0) continue;
            lo = Math.min(lo, b.whiskerLow());
            hi = Math.max(hi, b.whiskerHigh());
        }
        double[] ticks = Ticks.nice(lo, hi, 3);
        double min = ticks[0], max = ticks[ticks.length - 1];
        double plotW = WIDTH - LABEL_WIDTH - RIGHT;
        java.util.function.DoubleUnaryOperator x = v -> LABEL_WIDTH + plotW * (v - min) / (max - min);
        double bottom = TOP + ROW * rows;
        for (double t : ticks) {
            double tx = x.applyAsDouble(t);
            svg.line(tx, TOP, tx, bottom, "#ececec", 1);
            svg.text(tx, bottom + 13, Ticks.label(t), Anchor.MIDDLE, 10, "#555", false);
        }
        for (int i = 0; i < rows; i++) {
            Box b = d.boxes().get(i);
            boolean base = i == rows - 1;
            String name = base ? baseLabel : profiles.get(i).name();
            String colour = base ? SegmentPalette.BASE : SegmentPalette.colour(profiles.get(i).id());
            double cy = TOP + i * ROW + ROW / 2;
            svg.text(LABEL_WIDTH - 6, cy + 4, Labels.fit(name, LABEL_WIDTH - 8, 10), Anchor.END, 10, base ? "#555" : "#222", base);
            if (b.count() == 0 || !Double.isFinite(b.median())) {
                svg.text(LABEL_WIDTH + 4, cy + 4, "no values", Anchor.START, 10, "#888", false);
                continue;
            }
            svg.line(x.applyAsDouble(b.whiskerLow()), cy, x.applyAsDouble(b.q1()), cy, "#444", 1);
            svg.line(x.applyAsDouble(b.q3()), cy, x.applyAsDouble(b.whiskerHigh()), cy, "#444", 1);
            svg.line(x.applyAsDouble(b.whiskerLow()), cy - 4, x.applyAsDouble(b.whiskerLow()), cy + 4, "#444", 1);
            svg.line(x.applyAsDouble(b.whiskerHigh()), cy - 4, x.applyAsDouble(b.whiskerHigh()), cy + 4, "#444", 1);
            double bx = x.applyAsDouble(b.q1());
            svg.rect(bx, cy - 5.5, Math.max(1.5, x.applyAsDouble(b.q3()) - bx), 11, colour, tooltip(name, b));
            svg.line(x.applyAsDouble(b.median()), cy - 5.5, x.applyAsDouble(b.median()), cy + 5.5, "#111", 2);
            if (Double.isFinite(b.mean())) {
                double mx = x.applyAsDouble(b.mean());
                svg.rect(mx - 2.5, cy - 2.5, 5, 5, "#ffffff");
                svg.outline(mx - 2.5, cy - 2.5, 5, 5, "#111", 0.8);
            }
        }
        if (lo > hi) svg.text(WIDTH / 2, bottom / 2, "no values", Anchor.MIDDLE, 11, "#888", false);
        return svg.finish();
    }

    private static String tooltip(String name, Box b) {
        return name + ": median " + Numbers.value(b.median()) + ", middle half " + Numbers.value(b.q1()) + "–" + Numbers.value(b.q3())
                + ", mean " + Numbers.value(b.mean()) + " (" + Numbers.count(b.count()) + " values)";
    }
}
