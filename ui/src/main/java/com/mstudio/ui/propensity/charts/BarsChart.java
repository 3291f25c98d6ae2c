package com.mstudio.ui.propensity.charts;

import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars, one per row, from a zero line: permutation importance (all positive, with the spread over the
 * repeats as a whisker) and one customer's contributions (up in one colour, down in another, so the zero line sits in
 * the middle). Labels on the left, values at the bar ends.
 */
public final class BarsChart extends ChartPane {
    /** One bar; {@code spread} (≥ 0) is drawn as a whisker, 0 for none. */
    public record Bar(String label, double value, double spread, String tooltip) {}

    public static final Color UP = Color.web("#D55E00"), DOWN = Color.web("#0072B2"), NEUTRAL = Color.web("#0072B2");
    private static final double ROW = 24, LABEL_MAX = 220;

    private final String emptyMessage;
    private List<Bar> bars = List.of();
    private boolean signed;
    private String note = "";
    private DoubleFunction<String> format = v -> String.format(java.util.Locale.ROOT, "%.3f", v);
    private double plotX, plotY, zeroX, unit;

    public BarsChart(String title, String emptyMessage) {
        super(title);
        this.emptyMessage = emptyMessage;
    }

    /** @param signed whether values go both ways (contributions): up and down get their own colours */
    public void setBars(List<Bar> bars, boolean signed, String note) {
        this.bars = bars == null ? List.of() : List.copyOf(bars);
        this.signed = signed;
        this.note = note == null ? "" : note;
        redraw();
    }

    public void setFormat(DoubleFunction<String> format) {
        this.format = format;
    }

    public List<Bar> getBars() {
        return bars;
    }

    @Override
    protected boolean hasData() {
        return !bars.isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return emptyMessage;
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        g.setTextBaseline(VPos.CENTER);
        double top = y;
        if (!note.isEmpty()) {
            g.setFont(ChartText.regular(12));
            g.setFill(muted());
            List<String> lines = ChartText.wrap(note, g.getFont(), w - 16, 2);
            for (String line : lines) {
                g.fillText(line, x + 6, top + 9);
                top += 17;
            }
            top += 4;
        }
        int rows = (int) Math.max(1, Math.min(bars.size(), Math.floor((y + h - top) / ROW)));
        List<Bar> shown = bars.subList(0, rows);
        g.setFont(ChartText.regular(12));
        double labelW = 0;
        for (Bar b : shown) labelW = Math.max(labelW, ChartText.width(b.label(), g.getFont()));
        labelW = Math.min(Math.min(LABEL_MAX, w * 0.4), labelW) + 10;
        double valueW = 58;
        plotX = x + labelW;
        double plotW = Math.max(40, w - labelW - (signed ? 2 * valueW : valueW));
        double max = 1e-12;
        for (Bar b : shown) max = Math.max(max, Math.abs(b.value()) + b.spread());
        double maxPos = 1e-12, maxNeg = 1e-12;
        for (Bar b : shown) {
            if (b.value() >= 0) maxPos = Math.max(maxPos, b.value() + b.spread());
            else maxNeg = Math.max(maxNeg, -b.value() + b.spread());
        }
        if (signed) {
            double total = maxPos + maxNeg;
            unit = plotW / total;
            zeroX = plotX + valueW + maxNeg * unit;
        } else {
            unit = plotW / max;
            zeroX = plotX;
        }
        plotY = top;
        for (int i = 0; i < shown.size(); i++) {
            Bar b = shown.get(i);
            double cy = top + i * ROW + ROW / 2;
            g.setFill(text());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(ChartText.fitFeature(b.label(), g.getFont(), labelW - 10), plotX - 8, cy);
            double len = Math.abs(b.value()) * unit;
            Color c = !signed ? NEUTRAL : b.value() >= 0 ? UP : DOWN;
            g.setFill(c);
            double bx = b.value() >= 0 ? zeroX : zeroX - len;
            g.fillRect(bx, cy - 7, Math.max(1, len), 14);
            if (b.spread() > 0) {
                double end = b.value() >= 0 ? zeroX + len : zeroX - len;
                g.setStroke(text());
                g.setLineWidth(1);
                g.strokeLine(end - b.spread() * unit, cy, end + b.spread() * unit, cy);
                g.strokeLine(end + b.spread() * unit, cy - 4, end + b.spread() * unit, cy + 4);
            }
            g.setFill(muted());
            g.setFont(ChartText.regular(11));
            String v = format.apply(b.value());
            if (b.value() >= 0) {
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText(v, zeroX + len + b.spread() * unit + 5, cy);
            } else {
                g.setTextAlign(TextAlignment.RIGHT);
                g.fillText(v, zeroX - len - b.spread() * unit - 5, cy);
            }
            g.setFont(ChartText.regular(12));
        }
        g.setStroke(muted());
        g.setLineWidth(1);
        double zx = Math.round(zeroX) + 0.5;
        g.strokeLine(zx, top, zx, top + shown.size() * ROW);
        if (shown.size() < bars.size()) {
            g.setFill(muted());
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(ChartText.regular(11));
            g.fillText("+ " + (bars.size() - shown.size()) + " more with smaller values (a taller window shows them)",
                    x + 6, Math.min(y + h - 6, top + shown.size() * ROW + 8));
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    @Override
    protected Hit hitAt(double x, double y) {
        int i = (int) Math.floor((y - plotY) / ROW);
        if (i < 0 || i >= bars.size() || y < plotY) return null;
        Bar b = bars.get(i);
        return new Hit(-1, b.tooltip() == null ? b.label() + ": " + format.apply(b.value()) : b.tooltip(), i);
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        int i = (Integer) hit.key();
        g.setStroke(muted());
        g.setLineWidth(1);
        g.strokeRect(2, plotY + i * ROW + 1, getWidth() - 4, ROW - 2);
    }
}
