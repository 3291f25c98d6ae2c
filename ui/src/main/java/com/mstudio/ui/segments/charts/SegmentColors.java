package com.mstudio.ui.segments.charts;

import javafx.scene.paint.Color;

import java.util.Locale;

/**
 * One colour per segment id, the same in every chart, the table and the report. The first seven are Okabe–Ito's
 * colour-blind-safe set (without its black, which vanishes on the dark theme), ordered so that the first few segments
 * differ most; then Paul Tol's muted colours; beyond that, hues a golden angle apart. Id -1 ("all customers") is grey.
 */
public final class SegmentColors {
    private static final String[] PALETTE = {
            "#0072B2", // blue
            "#E69F00", // orange
            "#009E73", // bluish green
            "#CC79A7", // reddish purple
            "#56B4E9", // sky blue
            "#D55E00", // vermillion
            "#F0E442", // yellow
            "#882255", // wine (Tol)
            "#44AA99", // teal
            "#999933", // olive
            "#332288", // indigo
            "#DDCC77", // sand
            "#AA4499", // purple
            "#117733", // green
    };
    private static final Color ALL = Color.web("#8C959F");

    private SegmentColors() {}

    public static Color of(int segmentId) {
        if (segmentId < 0) return ALL;
        if (segmentId < PALETTE.length) return Color.web(PALETTE[segmentId]);
        double hue = (segmentId - PALETTE.length) * 137.508 % 360;
        return Color.hsb(hue, 0.6, 0.8);
    }

    /** As {@link #of}, faded when {@code dimmed} (another segment is highlighted): what the segment charts draw. */
    static Color of(int segmentId, boolean dimmed) {
        Color c = of(segmentId);
        return dimmed ? c.deriveColor(0, 0.35, 1, 0.3) : c;
    }

    /** "#0072b2": for CSS and the HTML report. */
    public static String hex(int segmentId) {
        Color c = of(segmentId);
        return String.format(Locale.ROOT, "#%02x%02x%02x",
                Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }
}
