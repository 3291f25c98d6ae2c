package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.FeatureDistribution.Box;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import com.mstudio.ui.common.charts.Legend;
import com.mstudio.ui.common.charts.NiceScale;
import com.mstudio.ui.common.charts.RowLayout;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;

/**
 * One feature per segment and for all customers (the last row): box plots for numbers (Tukey whiskers, the mean as a
 * diamond) or 100% stacked bars for categories. One row per segment, so long segment names stay readable.
 */
public final class DistributionChart extends ChartPane {
    private static final String[] CATEGORY_COLORS = { // Paul Tol's "light" scheme: pale, so segment colours stay distinct
            "#77AADD", "#EE8866", "#EEDD88", "#FFAABB", "#99DDFF", "#44BB99", "#BBCC33", "#AAAA00",
            "#6699CC", "#CC6677", "#DDCC77", "#AA99DD"};
    private static final Color OTHER = Color.web("#BBBBBB");
    private static final Color ON_PALE = Color.web("#1f2328");

    private FeatureDistribution data;
    private final RowLayout rows = new RowLayout();
    private final Legend legend = new Legend();
    private double plotLeft, plotWidth;
    private NiceScale scale;

    public DistributionChart() {
        super("Distribution by segment");
    }

    public void setData(FeatureDistribution d) {
        this.data = d;
        setTitle(d == null ? "Distribution by segment" : d.column() + " by segment");
        redraw();
    }

    @Override
    protected boolean hasData() {
        return data != null && rowCount() > 0;
    }

    @Override
    protected String emptyMessage() {
        return "Run a segmentation to see how a feature is distributed in each segment";
    }

    private int rowCount() {
        return data.categorical() ? (data.shares() == null ? 0 : data.shares().length) : data.boxes().size();
    }

    /** Rows are segments 0..k-1, then all customers (id -1). */
    private int idOf(int row) {
        return row == rowCount() - 1 ? -1 : row;
    }

    static Color categoryColor(String category, int index) {
        if ("other".equalsIgnoreCase(category)) return OTHER;
        return Color.web(CATEGORY_COLORS[index % CATEGORY_COLORS.length]);
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        Font font = ChartText.regular(12.5);
        double nameWidth = 0;
        for (int r = 0; r < rowCount(); r++) nameWidth = Math.max(nameWidth, ChartText.width(nameOf(idOf(r), null), font));
        double sideRoom = Math.max(80, w * 0.42);
        double axis = data.categorical() ? 20 : 28;
        double legendTop = y + 4;
        // A first guess of the rows' room (the legend's height depends on the plot's width, which depends on this).
        boolean stacked = RowLayout.stackFits(nameWidth, sideRoom, rowCount(),
                h - axis - 8 - (data.categorical() ? 40 : 0), 44);
        double labelWidth = stacked ? w - 8 : Math.min(nameWidth, sideRoom);
        plotLeft = stacked ? x + 4 : x + 4 + labelWidth + 14;
        plotWidth = Math.max(40, x + w - plotLeft - 14);
        double top = data.categorical() ? drawLegend(g, plotLeft, legendTop, plotWidth, h) + 6 : legendTop;
        rows.layOut(rowCount(), top, y + h - axis - top, stacked ? 40 : 18, stacked ? 56 : 44, stacked);
        rows.setBounds(x, x + w);

        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < rowCount(); r++) {
            int id = idOf(r);
            g.setFont(id == getHighlightedSegment() || id < 0 ? ChartText.bold(12.5) : font);
            g.setFill(dimmed(id) && id >= 0 ? muted() : text());
            g.setTextAlign(stacked ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.fillText(ChartText.fit(nameOf(id, null), g.getFont(), labelWidth), stacked ? plotLeft : plotLeft - 14,
                    rows.labelMid(r));
        }
        g.setTextAlign(TextAlignment.LEFT);
        double last = rows.top(rowCount() - 1);
        g.setStroke(grid());
        g.setLineWidth(1);
        g.strokeLine(x + 4, Math.round(last) + 0.5, x + w, Math.round(last) + 0.5); // sets "all customers" apart
        if (data.categorical()) drawStacks(g); else drawBoxes(g);
    }

    private double drawLegend(GraphicsContext g, double left, double top, double width, double height) {
        List<Color> colors = new ArrayList<>(), texts = new ArrayList<>();
        for (int c = 0; c < data.categories().size(); c++) {
            colors.add(categoryColor(data.categories().get(c), c));
            texts.add(text());
        }
        int maxRows = Math.max(1, (int) (height * 0.25 / Legend.ROW));
        return legend.draw(g, data.categories(), colors, texts, left, top, width, maxRows, false);
    }

    private void drawStacks(GraphicsContext g) {
        double[][] shares = data.shares();
        Font font = ChartText.regular(11);
        g.setFont(font);
        for (int r = 0; r < shares.length; r++) {
            int id = idOf(r);
            double thick = Math.min(26, rows.bodyHeight() * 0.7), top = rows.bodyMid(r) - thick / 2;
            double cx = plotLeft;
            for (int c = 0; c < shares[r].length; c++) {
                double seg = shares[r][c] * plotWidth;
                Color color = categoryColor(c < data.categories().size() ? data.categories().get(c) : "other", c);
                g.setFill(dimmed(id) && id >= 0 ? color.deriveColor(0, 0.3, 1, 0.35) : color);
                g.fillRect(cx, top, Math.max(0, seg - 1), thick);
                String pct = Math.round(shares[r][c] * 100) + "%";
                if (seg > ChartText.width(pct, font) + 8 && thick >= 14) {
                    g.setFill(ON_PALE);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(pct, cx + seg / 2, top + thick / 2);
                }
                cx += seg;
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawBoxes(GraphicsContext g) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Box b : data.boxes()) {
            if (b.count() == 0) continue;
            lo = Math.min(lo, b.whiskerLow());
            hi = Math.max(hi, b.whiskerHigh());
        }
        scale = NiceScale.of(lo, hi, Math.max(3, (int) (plotWidth / 90)));
        double axisY = rows.bottom() + 4;
        g.setFont(ChartText.regular(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.setLineWidth(1);
        for (double t : scale.ticks()) {
            double px = Math.round(px(t)) + 0.5;
            g.setStroke(grid());
            if (!rows.stacked()) {
                g.strokeLine(px, rows.top(0), px, axisY);
            } else { // not through the names above the boxes
                for (int r = 0; r < rowCount(); r++) {
                    double half = rows.bodyHeight() / 2;
                    g.strokeLine(px, rows.bodyMid(r) - half, px, r == rowCount() - 1 ? axisY : rows.bodyMid(r) + half);
                }
            }
            g.setFill(muted());
            g.fillText(scale.label(t), px, axisY + 3);
        }
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < data.boxes().size(); r++) {
            Box b = data.boxes().get(r);
            if (b.count() == 0) continue;
            int id = idOf(r);
            Color color = SegmentColors.of(id, dimmed(id));
            double mid = rows.bodyMid(r), thick = Math.min(24, rows.bodyHeight() * 0.62);
            g.setStroke(color.deriveColor(0, 1, darkTheme() ? 1.1 : 0.85, 1));
            g.setLineWidth(1.5);
            g.strokeLine(px(b.whiskerLow()), mid, px(b.q1()), mid);
            g.strokeLine(px(b.q3()), mid, px(b.whiskerHigh()), mid);
            g.strokeLine(px(b.whiskerLow()), mid - thick / 4, px(b.whiskerLow()), mid + thick / 4);
            g.strokeLine(px(b.whiskerHigh()), mid - thick / 4, px(b.whiskerHigh()), mid + thick / 4);
            double bx = px(b.q1()), bw = Math.max(2, px(b.q3()) - bx);
            g.setFill(color.deriveColor(0, 1, 1, dimmed(id) ? 0.12 : 0.35));
            g.fillRect(bx, mid - thick / 2, bw, thick);
            g.strokeRect(bx, mid - thick / 2, bw, thick);
            g.setLineWidth(2.5);
            g.strokeLine(px(b.median()), mid - thick / 2, px(b.median()), mid + thick / 2);
            if (Double.isFinite(b.mean())) {
                double mx = px(b.mean()), d = 4;
                g.setFill(text());
                g.fillPolygon(new double[]{mx - d, mx, mx + d, mx}, new double[]{mid, mid - d, mid, mid + d}, 4);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private double px(double v) {
        return plotLeft + (v - scale.min()) / (scale.max() - scale.min()) * plotWidth;
    }

    @Override
    protected Hit hitAt(double x, double y) {
        int key = data.categorical() ? legend.indexAt(x, y) : -1;
        if (key >= 0) return new Hit(-1, data.column() + " = " + data.categories().get(key), "L" + key);
        int r = rows.indexAt(x, y);
        if (r < 0 || r >= rowCount()) return null;
        int id = idOf(r);
        String name = nameOf(id, null);
        if (!data.categorical()) {
            Box b = data.boxes().get(r);
            String text = name + " · " + data.column() + "\nMedian " + Formats.number(b.median()) + " · mean " + Formats.number(b.mean())
                    + "\nMiddle half " + Formats.number(b.q1()) + " – " + Formats.number(b.q3())
                    + "\nWhiskers " + Formats.number(b.whiskerLow()) + " – " + Formats.number(b.whiskerHigh())
                    + "\n" + Formats.count(b.count()) + " values";
            return new Hit(id, text, r);
        }
        double[] row = data.shares()[r];
        double[] all = data.shares()[rowCount() - 1];
        int c = 0;
        double acc = plotLeft;
        while (c < row.length - 1 && x > acc + row[c] * plotWidth) acc += row[c++] * plotWidth;
        String category = c < data.categories().size() ? data.categories().get(c) : "other";
        String text = name + "\n" + data.column() + " = " + category + ": " + Formats.percent(row[c])
                + (id >= 0 ? "\nAll customers: " + Formats.percent(all[c]) : "");
        return new Hit(id, text, r * 1000 + c);
    }

    @Override
    protected void clicked(Hit hit) {
        if (hit != null && hit.key() instanceof String) return; // a category's key is not a segment
        super.clicked(hit);
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        if (!(hit.key() instanceof Integer key)) return;
        rows.drawBand(g, data.categorical() ? key / 1000 : key, muted());
    }
}
