package com.mstudio.ui.propensity.charts;

import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import com.mstudio.ui.common.charts.NiceScale;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Lines over a numeric x axis: the live training curves (x = epoch) and the ROC curve (both axes 0..1, with the
 * diagonal of a random pick). A legend on top; the tooltip names the nearest point of any series.
 */
public final class LineChartPane extends ChartPane {
    /** One line; {@code dashed} for validation or reference lines. */
    public record Series(String name, Color color, List<Point> points, boolean dashed) {
        public Series {
            points = List.copyOf(points);
        }
    }

    private static final double LEFT = 52, RIGHT = 16, BOTTOM = 38;

    private final String emptyMessage;
    private final String xLabel;
    private List<Series> series = List.of();
    /** A line for comparison (a random pick's ROC), drawn under the data; it alone is no data. */
    private Series reference;
    private Double xMin, xMax, yMin, yMax;
    /** Ticks at whole numbers only (epochs). */
    private boolean integerX;
    private DoubleFunction<String> xFormat = v -> String.format(Locale.ROOT, "%.0f", v);
    private DoubleFunction<String> yFormat = v -> String.format(Locale.ROOT, "%.3f", v);
    private NiceScale xs, ys;
    private double plotX, plotY, plotW, plotH;

    public LineChartPane(String title, String xLabel, String emptyMessage) {
        super(title);
        this.xLabel = xLabel;
        this.emptyMessage = emptyMessage;
    }

    public void setSeries(List<Series> series) {
        this.series = series == null ? List.of() : List.copyOf(series);
        redraw();
    }

    public void setReference(Series reference) {
        this.reference = reference;
        redraw();
    }

    public List<Series> getSeries() {
        return series;
    }

    /** Fixes the axes (null: from the data), e.g. 0..1 for ROC. */
    public void setRange(Double xMin, Double xMax, Double yMin, Double yMax) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        redraw();
    }

    public void setIntegerX(boolean integerX) {
        this.integerX = integerX;
        redraw();
    }

    public void setFormats(DoubleFunction<String> x, DoubleFunction<String> y) {
        xFormat = x;
        yFormat = y;
    }

    @Override
    protected boolean hasData() {
        return series.stream().anyMatch(s -> !s.points().isEmpty());
    }

    @Override
    protected String emptyMessage() {
        return emptyMessage;
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        double legendBottom = drawLegend(g, x + 8, y + 6, w - 16);
        plotX = x + LEFT;
        plotY = legendBottom + 8;
        plotW = Math.max(20, x + w - RIGHT - plotX);
        plotH = Math.max(20, y + h - BOTTOM - plotY);
        double[] xr = range(true), yr = range(false);
        xs = NiceScale.of(xMin != null ? xMin : xr[0], xMax != null ? xMax : xr[1], Math.max(3, (int) (plotW / 80)));
        if (integerX && xMin == null && xMax == null) {
            // Epochs: the axis ends at the last epoch (a 12-epoch run is not drawn on 0..20), ticks at whole steps.
            double hi = Math.max(xr[1], xr[0] + 1);
            double step = Math.max(1, NiceScale.of(xr[0], hi, Math.max(3, (int) (plotW / 55))).step());
            xs = new NiceScale(Math.floor(xr[0] / step) * step, hi, step);
        }
        ys = NiceScale.of(yMin != null ? yMin : yr[0], yMax != null ? yMax : yr[1], Math.max(3, (int) (plotH / 45)));

        g.setLineWidth(1);
        g.setFont(ChartText.regular(11));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (double t : ys.ticks()) {
            double py = Math.round(yOf(t)) + 0.5;
            g.setStroke(grid());
            g.strokeLine(plotX, py, plotX + plotW, py);
            g.setFill(muted());
            g.fillText(yFormat.apply(t), plotX - 6, py);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (double t : xs.ticks()) {
            g.setFill(muted());
            g.fillText(xFormat.apply(t), xOf(t), plotY + plotH + 5);
        }
        g.setFill(text());
        g.setFont(ChartText.regular(12));
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(xLabel, plotX + plotW / 2, plotY + plotH + BOTTOM);

        g.save();
        g.beginPath();
        g.rect(plotX, plotY - 2, plotW, plotH + 4);
        g.clip();
        if (reference != null) drawLine(g, reference);
        for (Series s : series) drawLine(g, s);
        g.restore();
        g.setLineDashes((double[]) null);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
    }

    private void drawLine(GraphicsContext g, Series s) {
        if (s.points().isEmpty()) return;
        g.setStroke(s.color());
        g.setLineWidth(s.dashed() ? 1.6 : 2.2);
        g.setLineDashes(s.dashed() ? new double[] {6, 4} : null);
        g.beginPath();
        boolean first = true;
        for (Point p : s.points()) {
            if (!Double.isFinite(p.y())) continue;
            if (first) g.moveTo(xOf(p.x()), yOf(p.y())); else g.lineTo(xOf(p.x()), yOf(p.y()));
            first = false;
        }
        g.stroke();
        if (s.points().size() == 1) {
            Point p = s.points().get(0);
            g.setFill(s.color());
            g.fillOval(xOf(p.x()) - 3, yOf(p.y()) - 3, 6, 6);
        }
    }

    private double drawLegend(GraphicsContext g, double x, double y, double width) {
        g.setFont(ChartText.regular(12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double cx = x, cy = y + 4;
        List<Series> keyed = new java.util.ArrayList<>(series);
        if (reference != null) keyed.add(reference);
        for (Series s : keyed) {
            double itemWidth = 26 + ChartText.width(s.name(), g.getFont()) + 18;
            if (cx > x && cx + itemWidth > x + width) { cx = x; cy += 18; }
            g.setStroke(s.color());
            g.setLineWidth(s.dashed() ? 1.6 : 2.4);
            g.setLineDashes(s.dashed() ? new double[] {5, 3} : null);
            g.strokeLine(cx, cy, cx + 20, cy);
            g.setLineDashes((double[]) null);
            g.setFill(text());
            g.fillText(ChartText.fit(s.name(), g.getFont(), width - 26), cx + 26, cy);
            cx += itemWidth;
        }
        return cy + 8;
    }

    private double[] range(boolean xAxis) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (Point p : s.points()) {
                double v = xAxis ? p.x() : p.y();
                if (!Double.isFinite(v)) continue;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) return new double[] {0, 1};
        return new double[] {lo, hi};
    }

    private double xOf(double v) {
        return plotX + (v - xs.min()) / (xs.max() - xs.min()) * plotW;
    }

    private double yOf(double v) {
        return plotY + plotH - (v - ys.min()) / (ys.max() - ys.min()) * plotH;
    }

    @Override
    protected Hit hitAt(double x, double y) {
        if (xs == null || x < plotX - 6 || x > plotX + plotW + 6 || y < plotY - 6 || y > plotY + plotH + 6) return null;
        Series best = null;
        Point bestPoint = null;
        double bestD = 24 * 24;
        for (Series s : series) {
            for (Point p : s.points()) {
                double dx = xOf(p.x()) - x, dy = yOf(p.y()) - y, d = dx * dx + dy * dy;
                if (d < bestD) { bestD = d; best = s; bestPoint = p; }
            }
        }
        if (best == null) return null;
        return new Hit(-1, best.name() + "\n" + xLabel + " " + xFormat.apply(bestPoint.x()) + ": " + yFormat.apply(bestPoint.y()),
                new double[] {xOf(bestPoint.x()), yOf(bestPoint.y()), best.color().hashCode()});
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        double[] at = (double[]) hit.key();
        g.setStroke(text());
        g.setLineWidth(1.5);
        g.strokeOval(at[0] - 5, at[1] - 5, 10, 10);
    }
}
