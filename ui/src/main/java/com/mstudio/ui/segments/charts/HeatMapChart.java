package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Locale;

/**
 * Each segment against all customers, feature by feature: one row per feature, one column per segment, the cell
 * coloured by the z-score (blue lower, red higher; saturated at ±2). Long feature names are cut with an ellipsis and
 * shown whole on hover; when the rows do not fit at a readable height, the wheel scrolls them.
 */
public final class HeatMapChart extends ChartPane {
    static final double Z_LIMIT = 2;
    private static final double MIN_ROW = 17, MAX_ROW = 30, LEGEND = 50, MIN_COLUMN = 58, NAMED_COLUMN = 60;
    private static final Color NEGATIVE = Color.web("#2166AC"), POSITIVE = Color.web("#B2182B");

    private List<SegmentProfile> profiles = List.of();
    private List<String> features = List.of();
    private int firstRow;
    private int visibleRows;
    // geometry of the last draw, for hit tests
    private double gridLeft, gridTop, colWidth, rowHeight, headerTop;

    public HeatMapChart() {
        super("How each segment differs from all customers");
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (!hasData() || visibleRows >= features.size()) return;
            int step = e.getDeltaY() < 0 ? 3 : e.getDeltaY() > 0 ? -3 : 0;
            scrollTo(firstRow + step);
            e.consume();
        });
    }

    public void setData(List<SegmentProfile> profiles) {
        this.profiles = profiles == null ? List.of() : List.copyOf(profiles);
        features = this.profiles.isEmpty() ? List.of()
                : this.profiles.get(0).contrasts().stream().map(FeatureContrast::feature).toList();
        firstRow = 0;
        redraw();
    }

    /** Shows the rows from {@code row} on (clamped), when they do not all fit. */
    public void scrollTo(int row) {
        int clamped = Math.max(0, Math.min(row, features.size() - Math.max(1, visibleRows)));
        if (clamped != firstRow) {
            firstRow = clamped;
            redraw();
        }
    }

    /** Tall enough for every feature at the smallest row height: an exported heat map does not scroll. */
    @Override
    protected double exportHeight(double width, double height) {
        if (!hasData()) return height;
        double headerAndLegend = TITLE_HEIGHT + 3 * 14 + 12 + LEGEND + 8;
        return Math.max(height, Math.ceil(headerAndLegend + features.size() * MIN_ROW));
    }

    @Override
    public WritableImage snapshotImage(double scale) {
        int shown = firstRow;
        firstRow = 0;
        try {
            return super.snapshotImage(scale);
        } finally {
            firstRow = shown;
            redraw();
        }
    }

    @Override
    protected boolean hasData() {
        return !profiles.isEmpty() && !features.isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Run a segmentation to see how each segment differs from all customers";
    }

    /** Diverging colour for a z-score: blue below the base, red above, the background's tone at 0. */
    Color colorOf(double z) {
        if (!Double.isFinite(z)) return grid();
        double t = Math.max(-1, Math.min(1, z / Z_LIMIT));
        Color mid = darkTheme() ? background().interpolate(Color.WHITE, 0.12) : Color.web("#F4F4F4");
        return t < 0 ? mid.interpolate(NEGATIVE, -t) : mid.interpolate(POSITIVE, t);
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        int n = features.size(), k = profiles.size();
        Font font = ChartText.regular(11.5);
        double labelNeed = 0;
        for (String f : features) labelNeed = Math.max(labelNeed, ChartText.width(f, font));
        // Feature names get what the columns can spare, but never more than half the width.
        double column = k <= 6 ? NAMED_COLUMN + 6 : MIN_COLUMN;
        double labelWidth = Math.min(labelNeed, Math.max(110, Math.min(w * 0.5, w - 26 - k * column)));
        gridLeft = x + 4 + labelWidth + 10;
        colWidth = Math.min(150, (x + w - gridLeft - 12) / k);
        boolean named = colWidth >= NAMED_COLUMN; // else the header shows segment numbers; names on hover
        Font head = ChartText.regular(11);
        int headerLines = 1;
        if (named) {
            for (SegmentProfile p : profiles) {
                headerLines = Math.max(headerLines, ChartText.wrap(nameOf(p.id(), p.name()), head, colWidth - 8, 3).size());
            }
        }
        headerTop = y + 2;
        gridTop = headerTop + headerLines * 13 + 11;

        double rowsArea = y + h - LEGEND - gridTop;
        rowHeight = Math.max(MIN_ROW, Math.min(MAX_ROW, rowsArea / n));
        visibleRows = Math.min(n, Math.max(1, (int) Math.floor(rowsArea / rowHeight)));
        firstRow = Math.max(0, Math.min(firstRow, n - visibleRows));
        boolean scrolls = visibleRows < n;
        font = ChartText.regular(Math.max(10.5, Math.min(11.5, rowHeight * 0.55)));

        g.setTextBaseline(VPos.CENTER);
        g.setFont(head);
        g.setTextAlign(TextAlignment.CENTER);
        for (int s = 0; s < k; s++) {
            SegmentProfile p = profiles.get(s);
            List<String> lines = named ? ChartText.wrap(nameOf(p.id(), p.name()), head, colWidth - 8, 3)
                    : List.of(String.valueOf(p.id() + 1));
            double cx = gridLeft + s * colWidth + colWidth / 2;
            g.setFill(SegmentColors.of(p.id()));
            g.fillRect(gridLeft + s * colWidth + 3, gridTop - 5, colWidth - 6, 3);
            g.setFill(dimmed(p.id()) ? muted() : text());
            double ly = gridTop - 14 - (lines.size() - 1) * 13;
            for (String line : lines) { g.fillText(line, cx, ly); ly += 13; }
        }

        for (int v = 0; v < visibleRows; v++) {
            int f = firstRow + v;
            double top = gridTop + v * rowHeight;
            g.setFont(font);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFill(text());
            g.fillText(ChartText.fitFeature(features.get(f), font, labelWidth), gridLeft - 10, top + rowHeight / 2);
            g.setTextAlign(TextAlignment.CENTER);
            for (int s = 0; s < k; s++) {
                SegmentProfile p = profiles.get(s);
                if (f >= p.contrasts().size()) continue; // the engine gives every segment the same features; be safe
                double z = p.contrasts().get(f).zScore();
                Color c = colorOf(z);
                if (dimmed(p.id())) c = c.interpolate(background(), 0.7);
                g.setFill(c);
                g.fillRect(gridLeft + s * colWidth + 1, top + 1, colWidth - 2, rowHeight - 2);
                if (colWidth >= 36 && rowHeight >= 15 && Double.isFinite(z)) {
                    g.setFill(c.getBrightness() * (1 - c.getSaturation() * 0.5) < 0.62 ? Color.WHITE : Color.web("#1f2328"));
                    g.fillText(String.format(Locale.ROOT, "%+.1f", z), gridLeft + (s + 0.5) * colWidth, top + rowHeight / 2);
                }
            }
        }
        double bottom = gridTop + visibleRows * rowHeight;
        if (scrolls) drawScrollBar(g, gridLeft + k * colWidth + 4, gridTop, bottom - gridTop, n);
        double legendX = Math.max(x + 4, Math.min(gridLeft, x + w - 260)); // under the grid, or further left when narrow
        drawLegend(g, legendX, bottom + 10, x + w - legendX, scrolls ? n : 0);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void drawScrollBar(GraphicsContext g, double x, double top, double height, int n) {
        g.setFill(grid());
        g.fillRoundRect(x, top, 6, height, 6, 6);
        double thumb = Math.max(20, height * visibleRows / n);
        double pos = top + (height - thumb) * firstRow / Math.max(1, n - visibleRows);
        g.setFill(muted());
        g.fillRoundRect(x, pos, 6, thumb, 6, 6);
    }

    private void drawLegend(GraphicsContext g, double x, double y, double width, int scrollTotal) {
        double w = Math.min(200, width), h = 10;
        Color mid = colorOf(0);
        g.setFill(new LinearGradient(x, 0, x + w, 0, false, CycleMethod.NO_CYCLE,
                new Stop(0, colorOf(-Z_LIMIT)), new Stop(0.5, mid), new Stop(1, colorOf(Z_LIMIT))));
        g.fillRoundRect(x, y, w, h, 4, 4);
        g.setFont(ChartText.regular(11));
        g.setFill(muted());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("lower", x, y + h + 3);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("as all customers", x + w / 2, y + h + 3);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("higher", x + w, y + h + 3);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        String note = "z-score against all customers, full colour at ±" + (int) Z_LIMIT;
        if (scrollTotal > 0) {
            note = "Features " + (firstRow + 1) + "–" + (firstRow + visibleRows) + " of " + scrollTotal + " (scroll) · z-score, full at ±"
                    + (int) Z_LIMIT;
        }
        g.fillText(ChartText.fit(note, g.getFont(), width), x, y + h + 24);
    }

    @Override
    protected Hit hitAt(double x, double y) {
        if (colWidth <= 0 || y < headerTop) return null;
        if (y < gridTop) {
            int s = x < gridLeft ? -1 : (int) ((x - gridLeft) / colWidth);
            if (s < 0 || s >= profiles.size()) return null;
            SegmentProfile p = profiles.get(s);
            return new Hit(p.id(), nameOf(p.id(), p.name()) + "\n" + Formats.count(p.size()) + " customers", "h" + s);
        }
        int v = (int) ((y - gridTop) / rowHeight);
        if (v >= visibleRows) return null;
        int f = firstRow + v;
        if (x < gridLeft) return new Hit(-1, features.get(f), "f" + f); // the full feature name
        int s = (int) ((x - gridLeft) / colWidth);
        if (s >= profiles.size() || f >= profiles.get(s).contrasts().size()) return null;
        SegmentProfile p = profiles.get(s);
        FeatureContrast c = p.contrasts().get(f);
        String values = c.categorical()
                ? "Share " + Formats.percent(c.segmentValue()) + " vs " + Formats.percent(c.baseValue()) + " of all customers"
                : "Mean " + Formats.number(c.segmentValue()) + " vs " + Formats.number(c.baseValue()) + " for all customers";
        String text = c.feature() + "\n" + nameOf(p.id(), p.name()) + "\n" + values
                + "\nz-score " + String.format(Locale.ROOT, "%+.2f", c.zScore())
                + (Double.isFinite(c.lift()) ? " · lift " + String.format(Locale.ROOT, "%.2f", c.lift()) : "");
        return new Hit(p.id(), text, s + ":" + f);
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        if (!(hit.key() instanceof String key) || !key.contains(":")) return;
        String[] sf = key.split(":");
        int s = Integer.parseInt(sf[0]), v = Integer.parseInt(sf[1]) - firstRow;
        g.setStroke(text());
        g.setLineWidth(2);
        g.strokeRect(gridLeft + s * colWidth + 1, gridTop + v * rowHeight + 1, colWidth - 2, rowHeight - 2);
    }
}
