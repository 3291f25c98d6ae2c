package com.mstudio.engine.segment.report;

/**
 * One colour per segment, the same in every chart and card, and the same list as the desktop app's
 * {@code ui.segments.charts.SegmentColors} (keep the two in step), so a segment has one colour on screen and on paper.
 * The first seven are the Okabe–Ito palette without its black (which vanishes on the app's dark theme), which stays
 * distinguishable with the common kinds of colour blindness, ordered so that the first few segments get the strongest
 * contrasts (yellow, the weakest on white, comes late); then Paul Tol's muted colours. Beyond fourteen the list repeats.
 */
public final class SegmentPalette {
    private static final String[] COLOURS = {
            "#0072B2", // blue
            "#E69F00", // orange
            "#009E73", // bluish green
            "#CC79A7", // reddish purple
            "#56B4E9", // sky blue
            "#D55E00", // vermillion
            "#F0E442", // yellow
            "#882255", // wine (Tol)
            "#44AA99", // teal (Tol)
            "#999933", // olive (Tol)
            "#332288", // indigo (Tol)
            "#DDCC77", // sand (Tol)
            "#AA4499", // purple (Tol)
            "#117733", // green (Tol)
    };

    /** The colour used for "the whole base" next to the segments (neutral, never a segment colour). */
    public static final String BASE = "#9AA0A6";

    private SegmentPalette() {}

    /** The colour of segment {@code id} as {@code #RRGGBB}. */
    public static String colour(int id) {
        return COLOURS[Math.floorMod(id, COLOURS.length)];
    }

    /** Black or white, whichever reads better on top of segment {@code id}'s colour. */
    public static String textOn(int id) {
        String c = colour(id);
        int r = Integer.parseInt(c.substring(1, 3), 16);
        int g = Integer.parseInt(c.substring(3, 5), 16);
        int b = Integer.parseInt(c.substring(5, 7), 16);
        double luminance = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
        return luminance > 0.55 ? "#111111" : "#FFFFFF";
    }
}
