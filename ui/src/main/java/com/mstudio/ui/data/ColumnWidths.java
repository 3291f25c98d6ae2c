package com.mstudio.ui.data;

/**
 * Column widths from text lengths, shared by the preview's first rows and the Rows tab so both size a column the
 * same way: wide enough for its header and its first values, within bounds so that one long comment can't push every
 * other column off screen. Estimated from character counts, which is cheap on the FX thread and close enough for
 * the studio's font (measuring every cell with a {@code Text} node would cost a layout pass per value).
 */
final class ColumnWidths {
    static final double MIN = 72;
    static final double MAX = 280;
    /** Bold header characters and body characters, in pixels, at the studio's default font size. */
    static final double HEADER_CHAR = 9.5;
    static final double VALUE_CHAR = 8.0;
    /** Cell padding plus room for the sort arrow / menu button. */
    static final double PADDING = 28;

    private ColumnWidths() {}

    /** @param headerWidth the header's estimated width; @param longestValue the longest first value, in characters */
    static double fit(double headerWidth, int longestValue) {
        return Math.max(MIN, Math.min(MAX, Math.max(headerWidth, longestValue * VALUE_CHAR) + PADDING));
    }
}
