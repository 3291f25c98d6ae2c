package com.mstudio.ui.common.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Evenly spaced horizontal rows (one per segment, feature, …), remembered from the last draw for hit tests and hover bands.
 * Side by side, a row has its name on the left of its bar; stacked, the name is a line above the bar, which lets long
 * names show whole when a chart is narrow but tall enough.
 */
public final class RowLayout {
    static final double LABEL_LINE = 17;
    private double top, height, left, right;
    private int count;
    private boolean stacked;

    /** Whether stacked rows (name above) fit: side labels would be cut, and each row can be {@code minStacked} tall. */
    public static boolean stackFits(double nameWidth, double sideRoom, int count, double available, double minStacked) {
        return nameWidth > sideRoom && count > 0 && available / count >= minStacked;
    }

    /** Rows between {@code minHeight} and {@code maxHeight} tall, filling {@code available} when they can. */
    public void layOut(int count, double top, double available, double minHeight, double maxHeight, boolean stacked) {
        this.stacked = stacked;
        this.count = count;
        this.top = top;
        this.height = count == 0 ? 0 : Math.max(minHeight, Math.min(maxHeight, available / count));
    }

    public void setBounds(double left, double right) {
        this.left = left;
        this.right = right;
    }

    public double top(int i) {
        return top + i * height;
    }

    public double height() {
        return height;
    }

    public boolean stacked() {
        return stacked;
    }

    /** Vertical centre of row i's name. */
    public double labelMid(int i) {
        return stacked ? top(i) + LABEL_LINE / 2 + 1 : top(i) + height / 2;
    }

    /** Vertical centre of row i's bar or box. */
    public double bodyMid(int i) {
        return stacked ? top(i) + LABEL_LINE + (height - LABEL_LINE) / 2 : top(i) + height / 2;
    }

    /** Height available to a bar or box. */
    public double bodyHeight() {
        return stacked ? height - LABEL_LINE : height;
    }

    public double bottom() {
        return top + count * height;
    }

    public int indexAt(double x, double y) {
        if (height <= 0 || x < left || x > right || y < top) return -1;
        int i = (int) ((y - top) / height);
        return i < count ? i : -1;
    }

    /** An outline around row i (on the overlay, so it must not cover the row's content). */
    public void drawBand(GraphicsContext g, int i, Color color) {
        g.setStroke(color);
        g.setLineWidth(1);
        g.strokeRoundRect(left + 0.5, top(i) + 1.5, right - left - 1, height - 3, 8, 8);
    }
}
