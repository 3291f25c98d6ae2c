package com.mstudio.ui.segments.charts;

import com.mstudio.engine.segment.report.SegmentPalette;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A segment has one colour on screen and in the printed report: the app's palette and the report's must not drift. */
class SegmentColorsTest {
    @Test
    void theAppAndTheReportGiveEverySegmentTheSameColour() {
        for (int id = 0; id < 14; id++) {
            assertEquals(SegmentPalette.colour(id).toLowerCase(Locale.ROOT), SegmentColors.hex(id), "segment " + id);
        }
    }
}
