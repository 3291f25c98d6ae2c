package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.SegmentationResult.KScore;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import com.mstudio.ui.common.charts.NiceScale;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * Auto-k's scores: the inertia (the elbow, left axis) and the silhouette (higher is better, right axis) for each k
 * tried, with the chosen k marked. Clicking a k asks to re-run with it.
 */
public final class KScoreChart extends ChartPane {
    private static final Color INERTIA = Color.web("#0072B2"), INERTIA_ON_DARK = Color.web("#56B4E9");
    private static final Color SILHOUETTE = Color.web("#D55E00");
    private static final double LEFT = 58, RIGHT = 52, BOTTOM = 40;

    private List<KScore> scan = List.of();
    private int chosenK;
    private IntConsumer onKClicked = k -> {};
    private NiceScale inertiaScale, silhouetteScale;
    private double plotX, plotY, plotW, plotH;

    public KScoreChart() {
        super("Choosing the number of segments");
    }

    public void setData(List<KScore> scan, int chosenK) {
        this.scan = scan == null ? List.of() : List.copyOf(scan);
        this.chosenK = chosenK;
        redraw();
    }

    /** Called with the k the user clicked (to re-run the segmentation with it). */
    public void setOnKClicked(IntConsumer k) {
        onKClicked = k == null ? v -> {} : k;
    }

    @Override
    protected boolean hasData() {
        return !scan.isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Run a segmentation with automatic k to see the scores for each k";
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        double legendBottom = drawLegend(g, x + 8, y + 8, w - 16);
        plotX = x + LEFT;
        plotY = legendBottom + 10;
        plotW = Math.max(20, x + w - RIGHT - plotX);
        plotH = Math.max(20, y + h - BOTTOM - plotY);
        double iLo = scan.stream().mapToDouble(KScore::inertia).min().orElse(0);
        double iHi = scan.stream().mapToDouble(KScore::inertia).max().orElse(1);
        inertiaScale = NiceScale.of(Math.min(0, iLo), iHi, 5);
        double sLo = scan.stream().mapToDouble(KScore::silhouette).filter(Double::isFinite).min().orElse(0);
        double sHi = scan.stream().mapToDouble(KScore::silhouette).filter(Double::isFinite).max().orElse(1);
        silhouetteScale = NiceScale.of(Math.min(0, sLo), Math.max(sHi, 0.1), 5);

        g.setLineWidth(1);
        g.setFont(ChartText.regular(11));
        g.setTextBaseline(VPos.CENTER);
        for (double t : inertiaScale.ticks()) {
            double py = Math.round(yOf(t, inertiaScale)) + 0.5;
            g.setStroke(grid());
            g.strokeLine(plotX, py, plotX + plotW, py);
            g.setFill(inertiaColor());
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(inertiaScale.label(t), plotX - 6, py);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(SILHOUETTE);
        for (double t : silhouetteScale.ticks()) g.fillText(silhouetteScale.label(t), plotX + plotW + 6, yOf(t, silhouetteScale));

        KScore chosen = scan.stream().filter(s -> s.k() == chosenK).findFirst().orElse(null);
        if (chosen != null) {
            double cx = xOf(chosenK);
            g.setFill(grid().deriveColor(0, 1, 1, 0.6));
            g.fillRect(cx - 14, plotY, 28, plotH);
            g.setFill(text());
            g.setFont(ChartText.bold(11.5));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            g.fillText("chosen", cx, plotY + 3);
        }
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (KScore s : scan) {
            g.setFont(s.k() == chosenK ? ChartText.bold(12) : ChartText.regular(12));
            g.setFill(s.k() == chosenK ? text() : muted());
            g.fillText(String.valueOf(s.k()), xOf(s.k()), plotY + plotH + 5);
        }
        g.setFont(ChartText.regular(12));
        g.setFill(text());
        g.setTextBaseline(VPos.BOTTOM);
        String axis = ChartText.fit("Number of segments (k) — click a k to re-run with it", g.getFont(), w - 8);
        double axisX = Math.max(x + 4 + ChartText.width(axis, g.getFont()) / 2,
                Math.min(plotX + plotW / 2, x + w - 4 - ChartText.width(axis, g.getFont()) / 2));
        g.fillText(axis, axisX, plotY + plotH + BOTTOM);
        drawLine(g, inertiaColor(), true);
        drawLine(g, SILHOUETTE, false);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
    }

    /** Okabe–Ito blue is too dark to read on the dark theme; its sky blue is the same hue family. */
    private Color inertiaColor() {
        return darkTheme() ? INERTIA_ON_DARK : INERTIA;
    }

    /** The two series' keys, side by side when they fit, else one per line; returns the bottom. */
    private double drawLegend(GraphicsContext g, double x, double y, double width) {
        g.setFont(ChartText.regular(12));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        String[] labels = {"Inertia, left axis (look for the elbow)", "Silhouette, right axis (higher is better)"};
        Color[] colors = {inertiaColor(), SILHOUETTE};
        double cx = x, cy = y;
        for (int i = 0; i < 2; i++) {
            double itemWidth = 22 + ChartText.width(labels[i], g.getFont()) + 20;
            if (cx > x && cx + itemWidth > x + width) { cx = x; cy += 18; }
            g.setFill(colors[i]);
            g.fillRect(cx, cy - 1.5, 16, 3);
            g.setFill(text());
            g.fillText(ChartText.fit(labels[i], g.getFont(), width - 22), cx + 22, cy);
            cx += itemWidth;
        }
        return cy + 8;
    }

    private void drawLine(GraphicsContext g, Color color, boolean inertia) {
        g.setStroke(color);
        g.setLineWidth(2.2);
        g.beginPath();
        boolean first = true;
        for (KScore s : scan) {
            double v = inertia ? s.inertia() : s.silhouette();
            if (!Double.isFinite(v)) continue;
            double px = xOf(s.k()), py = yOf(v, inertia ? inertiaScale : silhouetteScale);
            if (first) g.moveTo(px, py); else g.lineTo(px, py);
            first = false;
        }
        g.stroke();
        for (KScore s : scan) {
            double v = inertia ? s.inertia() : s.silhouette();
            if (!Double.isFinite(v)) continue;
            double px = xOf(s.k()), py = yOf(v, inertia ? inertiaScale : silhouetteScale), r = s.k() == chosenK ? 5.5 : 4;
            g.setFill(background());
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.setFill(color);
            g.fillOval(px - r + 1.5, py - r + 1.5, 2 * r - 3, 2 * r - 3);
        }
    }

    /** Where k's column is, in this region's coordinates (as of the last draw). */
    Point2D positionOf(int k) {
        return new Point2D(xOf(k), plotY + plotH / 2);
    }

    private double xOf(int k) {
        int lo = scan.get(0).k(), hi = scan.get(scan.size() - 1).k();
        if (hi == lo) return plotX + plotW / 2;
        return plotX + 18 + (k - lo) * (plotW - 36) / (hi - lo);
    }

    private double yOf(double v, NiceScale s) {
        return plotY + plotH - (v - s.min()) / (s.max() - s.min()) * plotH;
    }

    private KScore scoreAt(double x, double y) {
        if (y < plotY || y > plotY + plotH + BOTTOM || scan.isEmpty()) return null;
        KScore best = null;
        double bestD = Double.MAX_VALUE;
        for (KScore s : scan) {
            double d = Math.abs(xOf(s.k()) - x);
            if (d < bestD) { bestD = d; best = s; }
        }
        double half = scan.size() > 1 ? Math.abs(xOf(scan.get(1).k()) - xOf(scan.get(0).k())) / 2 : plotW / 2;
        return bestD <= Math.max(10, half) ? best : null;
    }

    @Override
    protected Hit hitAt(double x, double y) {
        KScore s = scoreAt(x, y);
        if (s == null) return null;
        String text = "k = " + s.k() + (s.k() == chosenK ? " (chosen)" : "")
                + "\nInertia " + Formats.number(s.inertia())
                + "\nSilhouette " + (Double.isFinite(s.silhouette()) ? String.format(Locale.ROOT, "%.3f", s.silhouette()) : "—")
                + (s.k() == chosenK ? "" : "\nClick to re-run with k = " + s.k());
        return new Hit(-1, text, s.k());
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        double cx = xOf((Integer) hit.key());
        g.setStroke(muted());
        g.setLineWidth(1);
        g.setLineDashes(4, 4);
        g.strokeLine(cx, plotY, cx, plotY + plotH);
        g.setLineDashes((double[]) null);
    }

    @Override
    protected void clicked(Hit hit) {
        if (hit != null) onKClicked.accept((Integer) hit.key());
    }
}
