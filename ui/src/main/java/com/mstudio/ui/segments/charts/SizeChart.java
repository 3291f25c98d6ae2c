package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.charts.ChartPane;
import com.mstudio.ui.common.charts.ChartText;
import com.mstudio.ui.common.charts.RowLayout;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/** Segment sizes as horizontal bars: the name on the left, the bar, then the count and the share. */
public final class SizeChart extends ChartPane {
    private List<SegmentProfile> profiles = List.of();
    private final RowLayout rows = new RowLayout();

    public SizeChart() {
        super("Segment sizes");
    }

    public void setData(List<SegmentProfile> profiles) {
        this.profiles = profiles == null ? List.of() : List.copyOf(profiles);
        redraw();
    }

    @Override
    protected boolean hasData() {
        return !profiles.isEmpty();
    }

    @Override
    protected String emptyMessage() {
        return "Run a segmentation to see the segment sizes";
    }

    private static String value(SegmentProfile p, boolean withCount) {
        return withCount ? Formats.count(p.size()) + "  ·  " + Formats.percent(p.share()) : Formats.percent(p.share());
    }

    @Override
    protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) {
        Font font = ChartText.regular(12.5);
        Font bold = ChartText.bold(12.5);
        double nameWidth = 0;
        for (SegmentProfile p : profiles) nameWidth = Math.max(nameWidth, ChartText.width(nameOf(p.id(), p.name()), font));
        // Names as wide as they need while the bars keep at least 35% of the width; or whole, above the bars.
        boolean stacked = false, withCount = true;
        double sideRoom = 0, valueWidth = 0;
        for (int attempt = 0; attempt < 2; attempt++) {
            withCount = attempt == 0; // when names would be cut, the counts go to the tooltip to make room
            valueWidth = 0;
            for (SegmentProfile p : profiles) valueWidth = Math.max(valueWidth, ChartText.width(value(p, withCount), font));
            sideRoom = Math.max(80, w - valueWidth - 40 - w * 0.35);
            stacked = RowLayout.stackFits(nameWidth, sideRoom, profiles.size(), h - 8, 42);
            if (stacked || nameWidth <= sideRoom) break;
        }
        double labelWidth = stacked ? w - 8 : Math.min(nameWidth, sideRoom);
        double barX = stacked ? x + 4 : x + 4 + labelWidth + 12;
        double barMax = Math.max(20, x + w - barX - valueWidth - 12);
        double maxShare = profiles.stream().mapToDouble(SegmentProfile::share).max().orElse(1);
        rows.layOut(profiles.size(), y + 4, h - 8, stacked ? 42 : 22, stacked ? 60 : 46, stacked);

        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < profiles.size(); i++) {
            SegmentProfile p = profiles.get(i);
            double mid = rows.bodyMid(i), thick = Math.min(rows.stacked() ? 22 : 28, rows.bodyHeight() * 0.66);
            g.setFont(p.id() == getHighlightedSegment() ? bold : font);
            g.setFill(dimmed(p.id()) ? muted() : text());
            g.setTextAlign(stacked ? TextAlignment.LEFT : TextAlignment.RIGHT);
            g.fillText(ChartText.fit(nameOf(p.id(), p.name()), g.getFont(), labelWidth), stacked ? barX : barX - 12,
                    rows.labelMid(i));
            double len = Math.max(2, barMax * (maxShare > 0 ? p.share() / maxShare : 0));
            g.setFill(SegmentColors.of(p.id(), dimmed(p.id())));
            g.fillRoundRect(barX, mid - thick / 2, len, thick, 5, 5);
            g.setFill(dimmed(p.id()) ? muted() : text());
            g.setFont(font);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(value(p, withCount), barX + len + 8, mid);
        }
        g.setTextAlign(TextAlignment.LEFT);
        rows.setBounds(x, x + w);
    }

    @Override
    protected Hit hitAt(double x, double y) {
        int i = rows.indexAt(x, y);
        if (i < 0 || i >= profiles.size()) return null;
        SegmentProfile p = profiles.get(i);
        String text = nameOf(p.id(), p.name()) + "\n" + Formats.count(p.size()) + " customers · " + Formats.percent(p.share())
                + " of all" + (p.description() == null || p.description().isBlank() ? "" : "\n" + p.description());
        return new Hit(p.id(), text, i);
    }

    @Override
    protected void drawHover(GraphicsContext g, Hit hit) {
        rows.drawBand(g, (Integer) hit.key(), muted());
    }
}
