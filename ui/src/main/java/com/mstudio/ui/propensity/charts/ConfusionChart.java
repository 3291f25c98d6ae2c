package com.mstudio.ui.propensity.charts;

import com.mstudio.engine.api.PropensityService.ThresholdView;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import com.mstudio.ui.propensity.ConfusionCell;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The confusion matrix at the slider's threshold: rows = what really happened, columns = what the model says. Each
 * cell shows its count and share of the test rows; a click lists those customers, and the listed cell is outlined.
 */
public final class ConfusionChart extends ChartPane {
    private static final Color GOOD = Color.web("#009E73"), BAD = Color.web("#D55E00");
    private static final double HEAD = 26, SIDE = 84;

    private ThresholdView view;
    private String positive = "Yes";
    private ConfusionCell selected;
    private Consumer<ConfusionCell> onCellClicked = c -> {};
    private double gridX, gridY, cellW, cellH;

    public ConfusionChart() {
        super("Confusion matrix on the test rows");
    }

    public void setData(ThresholdView view, String positiveLabel) {
        this.view = view;
        this.positive = positiveLabel == null ? "Yes" : positiveLabel;
        redraw();
    }

    public void setSelected(ConfusionCell cell) {
        selected = cell;
        redraw();
    }

    public void setOnCellClicked(Consumer<ConfusionCell> handler) {
        onCellClicked = handler == null ? c -> {} : handler;
    }

    /** The centre of a cell in this chart's coordinates (for tests that click it). */
    public double[] centreOf(ConfusionCell c) {
        int col = c.predicted() ? 0 : 1, row = c.actual() ? 0 : 1;
        return new double[] {gridX + (col + 0.5) * cellW, gridY + (row + 0.5) * cellH};
    }

    @Override
    protected boolean hasData() {
        return view != null;
    }

    @Override
    protected String emptyMessage() {
        return "Train a model to see whom it flags and whom it misses";
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        gridX = x + SIDE;
        gridY = y + HEAD + 18;
        cellW = Math.max(60, (w - SIDE - 8) / 2);
        cellH = Math.max(40, Math.min(110, (h - HEAD - 30) / 2));
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        g.setFont(ChartText.bold(12));
        g.setFill(muted());
        g.fillText("The model says", gridX + cellW, y + 8);
        g.setFont(ChartText.regular(12));
        g.setFill(text());
        g.fillText(ChartText.fit("flag (" + positive + ")", g.getFont(), cellW - 8), gridX + cellW / 2, y + HEAD);
        g.fillText(ChartText.fit("don't flag", g.getFont(), cellW - 8), gridX + cellW * 1.5, y + HEAD);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(ChartText.fit("really " + positive, g.getFont(), SIDE - 12), gridX - 10, gridY + cellH / 2);
        g.fillText(ChartText.fit("really not", g.getFont(), SIDE - 12), gridX - 10, gridY + cellH * 1.5);
        int total = view.truePositives() + view.falsePositives() + view.trueNegatives() + view.falseNegatives();
        for (ConfusionCell c : ConfusionCell.values()) {
            int col = c.predicted() ? 0 : 1, row = c.actual() ? 0 : 1;
            double cx = gridX + col * cellW, cy = gridY + row * cellH;
            int n = count(c);
            boolean right = c.predicted() == c.actual();
            double share = total == 0 ? 0 : n / (double) total;
            Color base = right ? GOOD : BAD;
            g.setFill(base.deriveColor(0, 1, 1, 0.12 + 0.55 * Math.min(1, share * 1.6)));
            g.fillRect(cx + 2, cy + 2, cellW - 4, cellH - 4);
            if (c == selected) {
                g.setStroke(text());
                g.setLineWidth(2.5);
                g.strokeRect(cx + 3, cy + 3, cellW - 6, cellH - 6);
            }
            g.setTextAlign(TextAlignment.CENTER);
            g.setFill(text());
            g.setFont(ChartText.bold(20));
            g.fillText(String.format(Locale.ROOT, "%,d", n), cx + cellW / 2, cy + cellH / 2 - 14);
            g.setFont(ChartText.regular(11.5));
            g.fillText(ChartText.fit(c.shortTitle(), g.getFont(), cellW - 10), cx + cellW / 2, cy + cellH / 2 + 6);
            g.setFill(muted());
            g.fillText(String.format(Locale.ROOT, "%.1f%% of the test rows", share * 100).replace(" of the test rows",
                    cellW > 150 ? " of the test rows" : ""), cx + cellW / 2, cy + cellH / 2 + 22);
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private int count(ConfusionCell c) {
        return switch (c) {
            case TRUE_POSITIVE -> view.truePositives();
            case FALSE_POSITIVE -> view.falsePositives();
            case TRUE_NEGATIVE -> view.trueNegatives();
            case FALSE_NEGATIVE -> view.falseNegatives();
        };
    }

    private ConfusionCell cellAt(double x, double y) {
        if (x < gridX || y < gridY || x > gridX + 2 * cellW || y > gridY + 2 * cellH) return null;
        boolean predicted = x < gridX + cellW, actual = y < gridY + cellH;
        for (ConfusionCell c : ConfusionCell.values()) if (c.predicted() == predicted && c.actual() == actual) return c;
        return null;
    }

    @Override
    protected Hit hitAt(double x, double y) {
        ConfusionCell c = cellAt(x, y);
        if (c == null) return null;
        return new Hit(-1, c.title() + ": " + String.format(Locale.ROOT, "%,d", count(c)) + " customers\nClick to list them", c);
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        ConfusionCell c = (ConfusionCell) hit.key();
        int col = c.predicted() ? 0 : 1, row = c.actual() ? 0 : 1;
        g.setStroke(muted());
        g.setLineWidth(1.5);
        g.strokeRect(gridX + col * cellW + 3, gridY + row * cellH + 3, cellW - 6, cellH - 6);
    }

    @Override
    protected void clicked(Hit hit) {
        if (hit != null) onCellClicked.accept((ConfusionCell) hit.key());
    }
}
