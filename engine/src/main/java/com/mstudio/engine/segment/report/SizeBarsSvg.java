package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.segment.report.SvgWriter.Anchor;

import java.util.List;

/** Segment sizes as horizontal bars, in segment order, each labelled with its count and share of the base. */
final class SizeBarsSvg {
    private static final double WIDTH = 250;
    private static final double ROW = 29;
    private static final double VALUE_WIDTH = 92;
    private static final double TOP = 2;

    private SizeBarsSvg() {}

    static String render(List<SegmentProfile> profiles) {
        double height = TOP + ROW * profiles.size() + 2;
        SvgWriter svg = new SvgWriter(WIDTH, height, "Segment sizes");
        int largest = profiles.stream().mapToInt(SegmentProfile::size).max().orElse(1);
        double barSpace = WIDTH - VALUE_WIDTH;
        for (int i = 0; i < profiles.size(); i++) {
            SegmentProfile p = profiles.get(i);
            double y = TOP + i * ROW;
            double w = largest == 0 ? 0 : barSpace * p.size() / largest;
            String value = Numbers.count(p.size()) + " \u00B7 " + Numbers.percent(p.share());
            // The name sits above its bar, so that long generated names need no truncation in most cases.
            svg.text(0, y + 11, Labels.fit(p.name(), WIDTH - 4, 10.5), Anchor.START, 10.5, "#222", false);
            svg.rect(0, y + 14, Math.max(w, 1.5), 12, SegmentPalette.colour(p.id()), p.name() + ": " + value);
            svg.text(w + 5, y + 24.5, value, Anchor.START, 10.5, "#333", false);
        }
        return svg.finish();
    }
}
