package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.SegmentationResult;

/**
 * The one-page segment report a marketer can print or paste into a deck: a self-contained HTML page (inline CSS,
 * charts as inline SVG, no scripts, no external resources) laid out for one landscape sheet (A4 or US Letter) up to
 * six segments; with more, the lower row of charts moves whole to a second sheet.
 */
public final class SegmentReport {
    private SegmentReport() {}

    /**
     * @param result the segmentation to report
     * @param title  the page title; "Customer segments" when null or blank
     * @return the whole HTML document
     */
    public static String html(SegmentationResult result, String title) {
        return new ReportPage(result, title).render();
    }
}
