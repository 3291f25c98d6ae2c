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

    /**
     * {@code text} broken at spaces into at most {@code maxLines} lines of {@code maxWidth} pixels; the last line is
     * shortened with an ellipsis when the text does not fit.
     */
    static java.util.List<String> wrap(String text, double maxWidth, double fontSize, int maxLines) {
        String t = text == null ? "" : text.strip();
        int maxChars = Math.max(1, (int) Math.floor(maxWidth / (fontSize * CHAR_WIDTH)));
        java.util.List<String> lines = new java.util.ArrayList<>();
        while (!t.isEmpty() && lines.size() < maxLines - 1 && t.length() > maxChars) {
            int cut = t.lastIndexOf(' ', maxChars);
            if (cut <= 0) cut = maxChars;
            lines.add(t.substring(0, cut).strip());
            t = t.substring(cut).strip();
        }
        lines.add(fit(t, maxWidth, fontSize));
        return lines;
    }
}
