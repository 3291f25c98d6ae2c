/**
 * The canvas chart base that every screen's charts share (the Segments screen's in {@code ui.segments.charts}, the
 * Propensity screen's in {@code ui.propensity.charts}); JavaFX's stock charts are neither fast enough for a million
 * points nor plain enough to restyle.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * final class MyChart extends ChartPane {
 *     MyChart() { super("Title"); }
 *     protected boolean hasData() { ... }
 *     protected String emptyMessage() { return "Run … to see …"; }
 *     protected void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale) { ... }
 *     protected Hit hitAt(double x, double y) { ... }       // the tooltip text and hover key, or null
 * }
 * ChartPane.writePng(chart, dir.resolve("chart.png"));    // twice the on-screen size, from any thread
 * }</pre>
 *
 * <h2>Design</h2>
 * {@link com.mstudio.ui.common.charts.ChartPane} holds the canvas, an overlay canvas for hover marks, the tooltip (a
 * label inside the chart, so it is in snapshots and tests can read it), the title and the empty state; it is a
 * resizable {@link javafx.scene.layout.Region} (min 240 × 160, pref 640 × 400) that redraws itself. Colours come
 * from the AtlantaFX theme through CSS properties ({@code charts.css}, next to {@code ChartPane} in the resources).
 * {@code ChartPng} draws an export afresh and encodes it; {@link com.mstudio.ui.common.charts.ChartText} fits text
 * by hand (a canvas has no layout); {@link com.mstudio.ui.common.charts.NiceScale} picks round axis ticks;
 * {@link com.mstudio.ui.common.charts.Legend} and {@link com.mstudio.ui.common.charts.RowLayout} lay out colour keys
 * and rows and remember them for hit tests. Nothing here knows a screen's data: segment colours live in
 * {@code ui.segments.charts.SegmentColors}.
 */
package com.mstudio.ui.common.charts;
