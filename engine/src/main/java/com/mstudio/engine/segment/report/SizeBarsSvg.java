package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.segment.report.SvgWriter.Anchor;

import java.util.List;

/** Segment sizes as horizontal bars, in segment order, each labelled with its count and share of the base. */
final class SizeBarsSvg {
    private static final double WIDTH = 460;
    private static final double ROW = 28;
    private static final double LABEL_WIDTH = 150;
    private static final double VALUE_WIDTH = 96;
    private static final double TOP = 6;

    private SizeBarsSvg() {}

    static String render(List<SegmentProfile> profiles) {
        double height = TOP + ROW * profiles.size() + 4;
        SvgWriter svg = new SvgWriter(WIDTH, height, "Segment sizes");
        int largest = profiles.stream().mapToInt(SegmentProfile::size).max().orElse(1);
        double barSpace = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        for (int i = 0; i < profiles.size(); i++) {
            SegmentProfile p = profiles.get(i);
            double y = TOP + i * ROW;
            double w = largest == 0 ? 0 : barSpace * p.size() / largest;
            String value = Numbers.count(p.size()) + " \u00B7 " + Numbers.percent(p.share());
            svg.text(LABEL_WIDTH - 8, y + ROW / 2 + 4, Labels.fit(p.name(), LABEL_WIDTH - 12, 12), Anchor.END, 12, "#222", false);
            svg.rect(LABEL_WIDTH, y + 4, Math.max(w, 1.5), ROW - 8, SegmentPalette.colour(p.id()), p.name() + ": " + value);
            svg.text(LABEL_WIDTH + w + 6, y + ROW / 2 + 4, value, Anchor.START, 11.5, "#333", false);
        }
        svg.line(LABEL_WIDTH, TOP, LABEL_WIDTH, TOP + ROW * profiles.size(), "#777", 1);
        return svg.finish();
    }
}
