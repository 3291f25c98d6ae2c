/**
 * The Segments screen's charts, drawn on a canvas (JavaFX's stock charts are neither fast enough for a million points
 * nor plain enough to restyle): {@link com.mstudio.ui.segments.charts.SizeChart},
 * {@link com.mstudio.ui.segments.charts.DistributionChart}, {@link com.mstudio.ui.segments.charts.ProjectionChart},
 * {@link com.mstudio.ui.segments.charts.HeatMapChart} and {@link com.mstudio.ui.segments.charts.KScoreChart}.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * SizeChart sizes = new SizeChart();
 * sizes.setData(result.profiles());                    // empty list or null: "Run a segmentation to see …"
 * sizes.setSegmentNames(names);                        // renames show at once
 * sizes.setOnSegmentClicked(id -> filterTable(id));    // -1: the background or the "All customers" row
 * sizes.setHighlightedSegment(id);                     // -1: none; the others are dimmed
 * ChartPane.writePng(sizes, dir.resolve("sizes.png")); // twice the on-screen size, from any thread
 * }</pre>
 * {@code DistributionChart} and {@code ProjectionChart} get their data by segment id only: give them the names with
 * {@code setSegmentNames} (they fall back to "Segment 1", …). {@code KScoreChart} reports a clicked k through
 * {@code setOnKClicked}, not as a segment. Every chart is a resizable {@link javafx.scene.layout.Region} (min 240 × 160, pref 640 × 400); give it room in the
 * layout and it redraws itself. The methods are FX-thread methods, except {@code writePng}.
 *
 * <h2>Design</h2>
 * The charts extend {@link com.mstudio.ui.common.charts.ChartPane}, the chart base shared with the Propensity screen
 * (canvas, hover overlay, tooltip, title, empty state, theme colours from {@code charts.css}, PNG export; see
 * {@code ui.common.charts}). Segment colours come from {@link com.mstudio.ui.segments.charts.SegmentColors}, the same
 * everywhere (faded for the segments that are not highlighted). The scatter never makes a node or a
 * canvas call per point: {@code ScatterRaster} blends the points into one image (off the FX thread above 150,000
 * points, see {@code ScatterLayer}) and finds the point under the pointer through a grid of cells.
 */
package com.mstudio.ui.segments.charts;
