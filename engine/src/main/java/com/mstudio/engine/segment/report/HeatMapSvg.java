package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;
import com.mstudio.engine.segment.report.SvgWriter.Anchor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Segments × features as z-scores against the whole base, on a diverging blue–white–red scale (a pair that stays
 * distinct with red–green colour blindness), with the value written in each cell so that the page also reads in grey.
 * Only the most distinctive features are shown, so that the cells stay big enough to read on paper.
 */
final class HeatMapSvg {
    static final int MAX_FEATURES = 10;
    /** With more than {@link #FEW_SEGMENTS} segments the names need a taller, rotated header: fewer rows keep the sheet. */
    static final int MANY_SEGMENTS_FEATURES = 8;
    private static final int FEW_SEGMENTS = 4;
    /** Colours saturate at ±2 standard deviations; beyond that a segment is simply "very different". */
    private static final double CLAMP = 2;
    private static final double WIDTH = 440;
    private static final double MAX_LABEL_WIDTH = 150;
    /** Room to the right of the last column for its rotated name. */
    private static final double ROTATED_OVERHANG = 70;
    private static final double ROW = 18;
    private static final double HEADER = 86;
    private static final int HEADER_LINES = 3;
    private static final double LEGEND = 40;
    private static final int[] NEGATIVE = {0x21, 0x66, 0xAC};
    private static final int[] NEUTRAL = {0xF7, 0xF7, 0xF7};
    private static final int[] POSITIVE = {0xB2, 0x18, 0x2B};

    private HeatMapSvg() {}

    /**
     * The features to show: the {@link #MAX_FEATURES} ({@link #MANY_SEGMENTS_FEATURES} beyond {@link #FEW_SEGMENTS}
     * segments) with the largest |z| in any segment, most distinctive first.
     */
    static List<String> features(List<SegmentProfile> profiles) {
        Map<String, Double> strongest = new LinkedHashMap<>();
        for (SegmentProfile p : profiles) {
            for (FeatureContrast c : p.contrasts()) {
                double z = Double.isFinite(c.zScore()) ? Math.abs(c.zScore()) : 0;
                strongest.merge(c.feature(), z, Math::max);
            }
        }
        List<String> names = new ArrayList<>(strongest.keySet());
        // A stable sort keeps input-column order among equals, so the choice is reproducible.
        names.sort(Comparator.comparingDouble((String f) -> -strongest.get(f)));
        int max = profiles.size() > FEW_SEGMENTS ? MANY_SEGMENTS_FEATURES : MAX_FEATURES;
        return names.subList(0, Math.min(max, names.size()));
    }

    static String render(List<SegmentProfile> profiles) {
        List<String> features = features(profiles);
        int k = profiles.size();
        double labelWidth = Math.min(MAX_LABEL_WIDTH, features.stream().mapToDouble(f -> Labels.width(f, 10) + 12).max().orElse(90));
        labelWidth = Math.max(90, labelWidth);
        // Wide cells take the names level, in up to three lines; narrow ones need them rotated, and room on the right.
        double cell = Math.min(80, (WIDTH - labelWidth - 8) / Math.max(1, k));
        boolean level = cell >= 56;
        if (!level) cell = (WIDTH - labelWidth - 8 - ROTATED_OVERHANG) / Math.max(1, k);
        final double labelX = labelWidth;
        double gridTop = level ? 12 + 13 * HEADER_LINES : HEADER;
        double height = gridTop + ROW * features.size() + LEGEND;
        SvgWriter svg = new SvgWriter(WIDTH, height, "Heat map of segment z-scores against the whole base");

        for (int s = 0; s < k; s++) {
            SegmentProfile p = profiles.get(s);
            double cx = labelX + s * cell + cell / 2;
            svg.rect(labelX + s * cell + 2, gridTop - 7, cell - 4, 4, SegmentPalette.colour(p.id()));
            if (level) {
                List<String> lines = Labels.wrap(p.name(), cell - 4, 10, HEADER_LINES);
                for (int l = 0; l < lines.size(); l++) {
                    svg.text(cx, gridTop - 12 - 13 * (lines.size() - 1 - l), lines.get(l), Anchor.MIDDLE, 10, "#222", true);
                }
            } else {
                svg.text(cx - 2, gridTop - 12, Labels.fit(p.name(), (HEADER - 14) * 1.41, 10), Anchor.START, 10, "#222", true, -45);
            }
        }

        List<Map<String, FeatureContrast>> byFeature = new ArrayList<>();
        for (SegmentProfile p : profiles) {
            Map<String, FeatureContrast> m = new HashMap<>();
            for (FeatureContrast c : p.contrasts()) m.put(c.feature(), c);
            byFeature.add(m);
        }
        for (int f = 0; f < features.size(); f++) {
            String feature = features.get(f);
            double y = gridTop + f * ROW;
            svg.text(labelX - 6, y + ROW / 2 + 3.5, Labels.fit(feature, labelX - 10, 10), Anchor.END, 10, "#222", false);
            for (int s = 0; s < k; s++) {
                FeatureContrast c = byFeature.get(s).get(feature);
                double x = labelX + s * cell;
                if (c == null || !Double.isFinite(c.zScore())) {
                    svg.rect(x + 1, y + 1, cell - 2, ROW - 2, "#ffffff", profiles.get(s).name() + " · " + feature + ": no value");
                    svg.text(x + cell / 2, y + ROW / 2 + 3.5, "–", Anchor.MIDDLE, 10, "#888", false);
                    continue;
                }
                double z = c.zScore();
                svg.rect(x + 1, y + 1, cell - 2, ROW - 2, colour(z), tooltip(profiles.get(s).name(), c));
                svg.text(x + cell / 2, y + ROW / 2 + 3.5, Numbers.signed(z), Anchor.MIDDLE, 10,
                        Math.abs(z) > 1.1 ? "#ffffff" : "#222222", false);
            }
        }
        legend(svg, labelX, gridTop + ROW * features.size() + 10);
        return svg.finish();
    }

    private static void legend(SvgWriter svg, double x, double y) {
        int steps = 9;
        double w = 22;
        for (int i = 0; i < steps; i++) {
            double z = -CLAMP + 2 * CLAMP * i / (steps - 1);
            svg.rect(x + i * w, y, w, 10, colour(z));
        }
        svg.outline(x, y, w * steps, 10, "#999", 0.6);
        svg.text(x, y + 23, "\u2264 \u22122", Anchor.START, 10, "#444", false);
        svg.text(x + w * steps / 2, y + 23, "0 = base average", Anchor.MIDDLE, 10, "#444", false);
        svg.text(x + w * steps, y + 23, "\u2265 +2", Anchor.END, 10, "#444", false);
        svg.text(x - 8, y + 9, "z-score", Anchor.END, 10, "#444", true);
    }

    private static String tooltip(String segment, FeatureContrast c) {
        String seg = c.categorical() ? Numbers.percent(c.segmentValue()) : Numbers.value(c.segmentValue());
        String base = c.categorical() ? Numbers.percent(c.baseValue()) : Numbers.value(c.baseValue());
        return segment + " \u00B7 " + c.feature() + ": " + seg + " vs " + base + " in the base (z " + Numbers.signed(c.zScore()) + ")";
    }

    /** The diverging colour for a z-score, as #RRGGBB. */
    static String colour(double z) {
        double t = Math.max(-1, Math.min(1, z / CLAMP));
        int[] end = t < 0 ? NEGATIVE : POSITIVE;
        double a = Math.abs(t);
        int r = (int) Math.round(NEUTRAL[0] + (end[0] - NEUTRAL[0]) * a);
        int g = (int) Math.round(NEUTRAL[1] + (end[1] - NEUTRAL[1]) * a);
        int b = (int) Math.round(NEUTRAL[2] + (end[2] - NEUTRAL[2]) * a);
        return String.format("#%02X%02X%02X", r, g, b);
    }
}
