package com.mstudio.engine.segment.report;

/** Fitting text into chart space without measuring fonts (SVG has no layout): a conservative width estimate. */
final class Labels {
    /** Average advance of a sans-serif character, as a share of the font size; slightly generous so text never clips. */
    private static final double CHAR_WIDTH = 0.6;

    private Labels() {}

    static double width(String text, double fontSize) {
        return text.length() * fontSize * CHAR_WIDTH;
    }

    /** {@code text} shortened with an ellipsis so that it fits {@code maxWidth} pixels at {@code fontSize}. */
    static String fit(String text, double maxWidth, double fontSize) {
        String t = text == null ? "" : text.strip();
        int maxChars = (int) Math.floor(maxWidth / (fontSize * CHAR_WIDTH));
        if (t.length() <= maxChars) return t;
        if (maxChars <= 1) return "\u2026";
        return t.substring(0, maxChars - 1).stripTrailing() + "\u2026";
    }
}
