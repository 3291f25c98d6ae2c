package com.mstudio.ui.common.charts;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * A wrapping row of colour keys. When the full labels would take more than {@code maxRows} lines, the labels are cut
 * shorter step by step, and as a last resort replaced by their numbers (the tooltip then names them), so a legend never
 * eats the plot.
 */
public final class Legend {
    public static final double ROW = 20;
    private static final double[] LABEL_WIDTHS = {240, 160, 110, 70};

    /** One key as drawn: its box (for hover) and what it stands for. */
    private record Item(double x, double y, double w, double h, int index) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + w && py >= y && py <= y + h;
        }
    }

    private final List<Item> items = new ArrayList<>();

    /** Draws the keys from (left, top) within {@code width}; returns the bottom. */
    public double draw(GraphicsContext g, List<String> labels, List<Color> colors, List<Color> textColors, double left, double top,
                double width, int maxRows, boolean round) {
        Font font = ChartText.regular(12);
        g.setFont(font);
        List<String> shown = null;
        for (double max : LABEL_WIDTHS) {
            shown = new ArrayList<>();
            for (String l : labels) shown.add(ChartText.fit(l, font, max));
            if (rows(shown, font, width) <= maxRows) break;
            shown = null;
        }
        if (shown == null) {
            shown = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) shown.add(String.valueOf(i + 1));
        }
        items.clear();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double cx = left, cy = top + ROW / 2;
        for (int i = 0; i < shown.size(); i++) {
            double itemWidth = itemWidth(shown.get(i), font);
            if (cx + itemWidth > left + width && cx > left) { cx = left; cy += ROW; }
            g.setFill(colors.get(i));
            if (round) g.fillOval(cx, cy - 5, 10, 10); else g.fillRoundRect(cx, cy - 5, 10, 10, 3, 3);
            g.setFill(textColors.get(i));
            g.fillText(shown.get(i), cx + 15, cy);
            items.add(new Item(cx, cy - ROW / 2, itemWidth, ROW, i));
            cx += itemWidth;
        }
        return shown.isEmpty() ? top : cy + ROW / 2;
    }

    private static double itemWidth(String label, Font font) {
        return 15 + ChartText.width(label, font) + 16;
    }

    private static int rows(List<String> labels, Font font, double width) {
        int rows = labels.isEmpty() ? 0 : 1;
        double cx = 0;
        for (String l : labels) {
            double w = itemWidth(l, font);
            if (cx + w > width && cx > 0) { rows++; cx = 0; }
            cx += w;
        }
        return rows;
    }

    /** The key under the pointer, or -1. */
    public int indexAt(double x, double y) {
        for (Item item : items) if (item.contains(x, y)) return item.index();
        return -1;
    }
}
