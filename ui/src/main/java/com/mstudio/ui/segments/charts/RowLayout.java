package com.mstudio.ui.segments.charts;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** Evenly spaced horizontal rows (one per segment), remembered from the last draw for hit tests and hover bands. */
final class RowLayout {
    private double top, height, left, right;
    private int count;

    /** Rows between {@code minHeight} and {@code maxHeight} tall, filling {@code available} when they can. */
    void layOut(int count, double top, double available, double minHeight, double maxHeight) {
        this.count = count;
        this.top = top;
        this.height = count == 0 ? 0 : Math.max(minHeight, Math.min(maxHeight, available / count));
    }

    void setBounds(double left, double right) {
        this.left = left;
        this.right = right;
    }

    double top(int i) {
        return top + i * height;
    }

    double height() {
        return height;
    }

    double bottom() {
        return top + count * height;
    }

    int indexAt(double x, double y) {
        if (height <= 0 || x < left || x > right || y < top) return -1;
        int i = (int) ((y - top) / height);
        return i < count ? i : -1;
    }

    void drawBand(GraphicsContext g, int i, Color color) {
        g.setFill(color.deriveColor(0, 1, 1, 0.45));
        g.fillRoundRect(left, top(i) + 1, right - left, height - 2, 6, 6);
    }
}
