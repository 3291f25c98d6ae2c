package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.SegmentationResult.Projection;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import com.mstudio.ui.common.charts.Legend;
import com.mstudio.ui.common.charts.NiceScale;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * Every row on the first two principal components, coloured by segment. The points are rasterised into one image
 * once per size, data, highlight or theme change ({@link ScatterRaster}), never one node or one canvas call per point;
 * a hover only draws a ring on the overlay after a lookup among the few points near the pointer.
 * <p>
 * Measured on the 2 shared cores of the build machine (load 10–18 from parallel builds, so upper figures): for
 * 1,000,000 points into 1,000 × 600 pixels the lookup grid takes 11–14 ms and the blending 8–15 ms once the JIT has
 * compiled the loops, but 150–900 ms on the first calls and whenever the cores are busy. So above
 * {@link ScatterLayer#BACKGROUND_ABOVE} points the rasterising runs on a background thread while the previous image
 * stays on screen (stretched), and below it, it runs at once. What stays on the FX thread is {@link #setData}'s one
 * pass for the bounds and counts: 57 ms for a million rows measured cold under that load, a few ms warm.
 */
public final class ProjectionChart extends ChartPane {
    private static final double LEFT = 52, BOTTOM = 40;

    private Projection projection;
    private int[] assignments;
    private int[] counts = new int[0];
    private NiceScale xScale, yScale;
    private final ScatterLayer layer;
    private String wantedKey = "";
    // geometry of the last on-screen draw
    private double plotX, plotY, plotW, plotH;
    private final Legend legend = new Legend();

    public ProjectionChart() {
        this(null);
    }

    /** @param background where big rasterisations run (null: a shared daemon thread of the charts) */
    public ProjectionChart(Executor background) {
        super("Customers on the two main components");
        layer = new ScatterLayer(background);
    }

    public void setData(Projection p, int[] assignments) {
        if (p != null && (assignments == null || assignments.length != p.x().length || p.y().length != p.x().length)) {
            throw new IllegalArgumentException("one segment per projected row expected");
        }
        projection = p;
        this.assignments = assignments;
        layer.clear();
        if (p != null) {
            // One pass for the counts and the bounds (a few ms for a million rows; the rasterising is deferred).
            int[] perSegment = new int[16];
            int k = 0;
            float xLo = Float.POSITIVE_INFINITY, xHi = Float.NEGATIVE_INFINITY, yLo = xLo, yHi = xHi;
            float[] xs = p.x(), ys = p.y();
            for (int i = 0; i < xs.length; i++) {
                int a = assignments[i];
                if (a >= perSegment.length) perSegment = java.util.Arrays.copyOf(perSegment, Math.max(a + 1, perSegment.length * 2));
                if (a >= 0) { perSegment[a]++; if (a >= k) k = a + 1; }
                float x = xs[i], y = ys[i];
                if (x < xLo) xLo = x;
                if (x > xHi) xHi = x;
                if (y < yLo) yLo = y;
                if (y > yHi) yHi = y;
            }
            counts = java.util.Arrays.copyOf(perSegment, k);
            xScale = NiceScale.of(xLo, xHi, 8);
            yScale = NiceScale.of(yLo, yHi, 6);
        }
        redraw();
    }

    /** How long the last rasterisation took (for the printed measurements). */
    long lastRasterNanos() {
        return layer.current() == null ? 0 : layer.current().nanos();
    }

    /** Whether the image on screen is the one for the current data, size and highlight (not a stale or missing one). */
    boolean isUpToDate() {
        return layer.isCurrent(wantedKey);
    }

    @Override
    protected boolean hasData() {
        return projection != null && projection.x().length > 0;
    }

    @Override
    protected String emptyMessage() {
        return "Run a segmentation to see the customers on a map";
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        double legendBottom = drawLegend(g, x + 4, y, w - 8, h);
        plotX = x + LEFT;
        plotY = legendBottom + 8;
        plotW = Math.max(20, x + w - plotX - 10);
        plotH = Math.max(20, y + h - BOTTOM - plotY);
        drawAxes(g);
        requestImage(pixelScale);
        ScatterLayer.Frame frame = layer.current();
        Font small = ChartText.regular(11);
        g.setFont(small);
        g.setTextBaseline(VPos.CENTER);
        if (frame != null) {
            g.drawImage(frame.image(), plotX, plotY, plotW, plotH);
        } else {
            g.setFill(muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText("Drawing " + Formats.count(projection.x().length) + " points…", plotX + plotW / 2, plotY + plotH / 2);
        }

        String count = Formats.count(projection.x().length) + " points";
        double cw = ChartText.width(count, small) + 12;
        g.setFill(background().deriveColor(0, 1, 1, 0.8));
        g.fillRoundRect(plotX + plotW - cw - 4, plotY + 4, cw, 18, 6, 6);
        g.setFill(muted());
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(count, plotX + plotW - 10, plotY + 13);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void requestImage(double pixelScale) {
        int pw = (int) Math.round(plotW * pixelScale), ph = (int) Math.round(plotH * pixelScale);
        Color dim = muted();
        String key = pw + "x" + ph + "/" + getHighlightedSegment() + "/" + dim;
        if (!isExporting()) wantedKey = key;
        int[] colors = new int[Math.max(1, counts.length)];
        for (int s = 0; s < colors.length; s++) colors[s] = argb(SegmentColors.of(s));
        int n = projection.x().length;
        double radius = (n <= 5_000 ? 2.6 : n <= 50_000 ? 1.8 : n <= 300_000 ? 1.2 : 0.4) * pixelScale;
        ScatterLayer.Frame frame = layer.current();
        ScatterRaster reuse = frame != null && frame.raster().width() == pw && frame.raster().height() == ph ? frame.raster() : null;
        Projection p = projection;
        int[] segments = assignments;
        NiceScale xs = xScale, ys = yScale;
        ScatterLayer.Request request = new ScatterLayer.Request(key,
                () -> reuse != null ? reuse : new ScatterRaster(p.x(), p.y(), segments, xs.min(), xs.max(), ys.min(), ys.max(), pw, ph),
                colors, getHighlightedSegment(), argb(dim), radius);
        layer.request(request, isExporting() || n <= ScatterLayer.BACKGROUND_ABOVE, this::redraw);
    }

    private static int argb(Color c) {
        return 0xff << 24 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    private double drawLegend(GraphicsContext g, double left, double top, double width, double height) {
        List<String> labels = new ArrayList<>();
        List<Color> colors = new ArrayList<>(), texts = new ArrayList<>();
        for (int s = 0; s < counts.length; s++) {
            labels.add(nameOf(s, null));
            colors.add(SegmentColors.of(s, dimmed(s)));
            texts.add(dimmed(s) ? muted() : text());
        }
        int maxRows = Math.max(1, (int) (height * 0.25 / Legend.ROW));
        return legend.draw(g, labels, colors, texts, left, top, width, maxRows, true);
    }

    private void drawAxes(GraphicsContext g) {
        g.setLineWidth(1);
        g.setFont(ChartText.regular(11));
        for (double t : xScale.ticks()) {
            double px = Math.round(plotX + (t - xScale.min()) / (xScale.max() - xScale.min()) * plotW) + 0.5;
            g.setStroke(grid());
            g.strokeLine(px, plotY, px, plotY + plotH);
            g.setFill(muted());
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText(xScale.label(t), px, plotY + plotH + 4);
        }
        for (double t : yScale.ticks()) {
            double py = Math.round(plotY + plotH - (t - yScale.min()) / (yScale.max() - yScale.min()) * plotH) + 0.5;
            g.setStroke(grid());
            g.strokeLine(plotX, py, plotX + plotW, py);
            g.setFill(muted());
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(yScale.label(t), plotX - 6, py);
        }
        g.setFill(text());
        g.setFont(ChartText.regular(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(axisLabel(0), plotX + plotW / 2, plotY + plotH + BOTTOM);
        g.save();
        g.translate(plotX - LEFT + 2, plotY + plotH / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.TOP);
        g.fillText(axisLabel(1), 0, 0);
        g.restore();
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
    }

    /** "PC1 (34% of variance)". */
    String axisLabel(int component) {
        double[] ev = projection.explainedVariance();
        String name = "PC" + (component + 1);
        if (ev == null || ev.length <= component || !Double.isFinite(ev[component])) return name;
        return name + " (" + Math.round(ev[component] * 100) + "% of variance)";
    }

    @Override
    protected Hit hitAt(double x, double y) {
        int s0 = legend.indexAt(x, y);
        if (s0 >= 0) return new Hit(s0, nameOf(s0, null) + "\n" + Formats.count(counts[s0]) + " customers", "L" + s0);
        ScatterLayer.Frame frame = layer.current();
        if (frame == null || x < plotX || y < plotY || x > plotX + plotW || y > plotY + plotH) return null;
        // The image may be a stale one stretched to this size: map through its own pixel size.
        double sx = frame.raster().width() / plotW, sy = frame.raster().height() / plotH;
        int i = frame.raster().nearest((x - plotX) * sx, (y - plotY) * sy, 12 * Math.max(sx, sy));
        if (i < 0) return null;
        int s = assignments[i];
        String text = nameOf(s, null) + String.format(Locale.ROOT, "\nPC1 %.3f · PC2 %.3f", projection.x()[i], projection.y()[i])
                + "\nRow " + Formats.count(i + 1L);
        return new Hit(s, text, i);
    }

    /** Where row i is drawn, in this region's coordinates (as of the last on-screen draw). */
    Point2D pointPosition(int i) {
        ScatterRaster r = layer.current().raster();
        return new Point2D(plotX + (r.pixelX(i) + 0.5) * plotW / r.width(), plotY + (r.pixelY(i) + 0.5) * plotH / r.height());
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        if (!(hit.key() instanceof Integer i)) return;
        Point2D p = pointPosition(i);
        double px = p.getX(), py = p.getY();
        g.setStroke(background());
        g.setLineWidth(3);
        g.strokeOval(px - 6, py - 6, 12, 12);
        g.setStroke(text());
        g.setLineWidth(1.5);
        g.strokeOval(px - 6, py - 6, 12, 12);
    }
}
