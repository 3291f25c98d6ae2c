package com.mstudio.ui.propensity.charts;

import com.mstudio.engine.api.ModelEvaluation.GainsRow;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;

/**
 * Cumulative gains by decile: a bar per "top 10%, top 20% …" showing the share of all positives reached, the random
 * pick as a dashed diagonal, and the lift under each bar.
 */
public final class GainsChart extends ChartPane {
    private static final Color BAR = Color.web("#0072B2");
    private static final double LEFT = 46, BOTTOM = 52;

    private List<GainsRow> gains = List.of();
    private String positives = "the positives";
    private double plotX, plotY, plotW, plotH;

    public GainsChart() {
        super("Cumulative gains and lift by decile");
    }

    public void setData(List<GainsRow> gains, String positives) {
        this.gains = gains == null ? List.of() : List.copyOf(gains);
        this.positives = positives;
        redraw();
    }

    @Override
    protected boolean hasData() {
        return !gains.isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Train a model to see how many customers to contact";
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        plotX = x + LEFT;
        plotY = y + 10;
        plotW = Math.max(40, w - LEFT - 10);
        plotH = Math.max(40, h - BOTTOM - 10);
        g.setFont(ChartText.regular(11));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setLineWidth(1);
        for (int p = 0; p <= 100; p += 25) {
            double py = Math.round(yOf(p / 100.0)) + 0.5;
            g.setStroke(grid());
            g.strokeLine(plotX, py, plotX + plotW, py);
            g.setFill(muted());
            g.fillText(p + "%", plotX - 6, py);
        }
        double slot = plotW / gains.size();
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < gains.size(); i++) {
            GainsRow r = gains.get(i);
            double bx = plotX + i * slot + slot * 0.15, bw = slot * 0.7, top = yOf(r.positivesReached());
            g.setFill(BAR.deriveColor(0, 1, 1, r.decile() == 2 ? 1 : 0.75));
            g.fillRect(bx, top, bw, plotY + plotH - top);
            g.setFill(text());
            g.setFont(ChartText.regular(10.5));
            g.setTextBaseline(VPos.BOTTOM);
            if (slot > 30) g.fillText(String.format(Locale.ROOT, "%.0f%%", r.positivesReached() * 100), bx + bw / 2, top - 2);
            g.setTextBaseline(VPos.TOP);
            g.setFont(ChartText.regular(11));
            g.fillText(String.format(Locale.ROOT, "%.0f%%", r.contactedShare() * 100), bx + bw / 2, plotY + plotH + 4);
            g.setFill(muted());
            g.setFont(ChartText.regular(10.5));
            if (slot > 30) g.fillText(String.format(Locale.ROOT, "%.1f×", r.lift()), bx + bw / 2, plotY + plotH + 19);
        }
        g.setStroke(muted());
        g.setLineWidth(1.4);
        g.setLineDashes(6, 4);
        g.strokeLine(plotX, plotY + plotH, plotX + plotW, plotY);
        g.setLineDashes((double[]) null);
        g.setFill(text());
        g.setFont(ChartText.regular(12));
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(ChartText.fit("Customers contacted, most likely first (lift below; dashed: a random pick)", g.getFont(), plotW),
                plotX + plotW / 2, plotY + plotH + BOTTOM);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
    }

    private double yOf(double share) {
        return plotY + plotH - share * plotH;
    }

    @Override
    protected Hit hitAt(double x, double y) {
        if (gains.isEmpty() || x < plotX || x > plotX + plotW || y < plotY || y > plotY + plotH + 34) return null;
        int i = Math.min(gains.size() - 1, (int) ((x - plotX) / (plotW / gains.size())));
        GainsRow r = gains.get(i);
        return new Hit(-1, String.format(Locale.ROOT, "Contacting the top %.0f%% reaches %.0f%% of %s\nLift %.2f× over a random pick",
                r.contactedShare() * 100, r.positivesReached() * 100, positives, r.lift()), i);
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        int i = (Integer) hit.key();
        double slot = plotW / gains.size();
        g.setStroke(muted());
        g.setLineWidth(1);
        g.strokeRect(plotX + i * slot + 1, plotY, slot - 2, plotH);
    }
}
