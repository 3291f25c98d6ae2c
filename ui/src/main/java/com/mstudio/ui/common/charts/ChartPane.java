package com.mstudio.ui.common.charts;

import javafx.css.CssMetaData;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.Styleable;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;

/**
 * What every chart shares (the Segments and Propensity screens' alike): a canvas sized to the region (redrawn on
 * resize, at the screen's pixel scale), a title, the empty state, a tooltip that follows the pointer, click and
 * highlight handling, and PNG export.
 * Colours come from the AtlantaFX theme through CSS ({@code charts.css}), so light and dark themes both work.
 * Subclasses draw with {@link #drawChart} and answer "what is under the pointer" with {@link #hitAt}.
 */
public abstract class ChartPane extends Region {
    /** What is under the pointer: the segment (-1 for "all"/background), the tooltip text, and a key for the hover mark. */
    public record Hit(int segmentId, String text, Object key) {}

    /** The height of the title band; charts lay out below it (and tests aim below it). */
    public static final double TITLE_HEIGHT = 30;
    /** Next to this class in the resources: {@code com/mstudio/ui/common/charts/charts.css}. */
    private static final String CSS = Objects.requireNonNull(ChartPane.class.getResource("charts.css")).toExternalForm();
    private static final StyleablePropertyFactory<ChartPane> CSS_FACTORY =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());

    private final StyleableObjectProperty<Color> textColor = colour("textColor", "-chart-text", c -> c.textColor, "#1f2328");
    private final StyleableObjectProperty<Color> mutedColor = colour("mutedColor", "-chart-muted", c -> c.mutedColor, "#656d76");
    private final StyleableObjectProperty<Color> gridColor = colour("gridColor", "-chart-grid", c -> c.gridColor, "#d8dee4");
    private final StyleableObjectProperty<Color> backgroundColor =
            colour("backgroundColor", "-chart-background", c -> c.backgroundColor, "#ffffff");

    private final Canvas canvas = new Canvas();
    private final Canvas overlay = new Canvas();
    private final Label tooltip = new Label();
    private String title;
    private List<String> segmentNames = List.of();
    private int highlighted = -1;
    private IntConsumer onSegmentClicked = id -> {};
    private Hit hovered;
    private boolean exporting;

    protected ChartPane(String title) {
        this.title = title;
        setAccessibleText(title);
        getStyleClass().add("chart-pane");
        tooltip.getStyleClass().add("chart-tooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        tooltip.setWrapText(true);
        overlay.setMouseTransparent(true);
        getChildren().addAll(canvas, overlay, tooltip);
        setMinSize(240, 160);
        setPrefSize(640, 400);
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(Double.NaN, Double.NaN));
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) clicked(e.getX(), e.getY());
        });
        for (var p : List.of(textColor, mutedColor, gridColor, backgroundColor)) p.addListener(o -> redraw());
        sceneProperty().addListener(o -> redraw());
        // Moving the window to a screen with another pixel scale: redraw so the scatter's raster matches it.
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::renderScaleXProperty).addListener(o -> redraw());
    }

    private StyleableObjectProperty<Color> colour(String bean, String css,
                                                  java.util.function.Function<ChartPane, javafx.css.StyleableProperty<Color>> get,
                                                  String initial) {
        return (StyleableObjectProperty<Color>) CSS_FACTORY.createStyleableColorProperty(this, bean, css, get, Color.web(initial));
    }

    @Override
    public String getUserAgentStylesheet() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_FACTORY.getCssMetaData();
    }

    // ---- public API ----

    /** Called with the segment id clicked, or -1 for "all" (a click on the background or on the whole-base row). */
    public final void setOnSegmentClicked(IntConsumer handler) {
        onSegmentClicked = handler == null ? id -> {} : handler;
    }

    /** -1 for none; other segments are dimmed. */
    public final void setHighlightedSegment(int segmentId) {
        if (segmentId == highlighted) return;
        highlighted = segmentId;
        redraw();
    }

    public final int getHighlightedSegment() {
        return highlighted;
    }

    /** Display names by segment id; they win over the names in the data, so renames show at once. */
    public final void setSegmentNames(List<String> names) {
        segmentNames = names == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(names)); // nulls allowed
        redraw();
    }

    public final void setTitle(String title) {
        this.title = title;
        setAccessibleText(title);
        redraw();
    }

    public final String getTitle() {
        return title;
    }

    /** The text the tooltip shows now ("" when hidden): for tests and accessibility. */
    public final String getTooltipText() {
        return tooltip.isVisible() ? tooltip.getText() : "";
    }

    /**
     * The chart drawn afresh at {@code scale} × its size (crisp, not an upscaled screen copy), without the tooltip;
     * as tall as {@link #exportHeight} asks, so that an export shows what the screen scrolls through.
     */
    public WritableImage snapshotImage(double scale) {
        double w = getWidth() > 0 ? getWidth() : getPrefWidth();
        double h = exportHeight(w, getHeight() > 0 ? getHeight() : getPrefHeight());
        Canvas c = new Canvas(Math.ceil(w * scale), Math.ceil(h * scale));
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(scale, scale);
        exporting = true;
        try {
            paint(g, w, h, scale);
        } finally {
            exporting = false;
        }
        WritableImage image = c.snapshot(null, null);
        redraw(); // the export drew with its own geometry; hit tests follow the screen again
        return image;
    }

    /** A PNG of the chart at twice its size (for reports and slides), drawn afresh. Works from any thread. */
    public static void writePng(ChartPane chart, Path file) throws IOException {
        ChartPng.write(chart, 2, file);
    }

    // ---- for subclasses ----

    protected abstract boolean hasData();

    /** "Run a segmentation to see …". */
    protected abstract String emptyMessage();

    /** Draw into the box below the title; {@code pixelScale} is the device pixels per unit (for rasterised layers). */
    protected abstract void drawChart(GraphicsContext g, double x, double y, double w, double h, double pixelScale);

    /** What is under (x, y) in region coordinates, or null. Uses the layout of the last on-screen draw. */
    protected abstract Hit hitAt(double x, double y);

    /** Marks the hovered item on the transparent overlay (cheap: the chart itself is not redrawn). */
    protected void drawHover(GraphicsContext g, Hit hit) {}

    /** A click: by default, the segment under the pointer (or -1) goes to the segment-click handler. */
    protected void clicked(Hit hit) {
        onSegmentClicked.accept(hit == null ? -1 : hit.segmentId());
    }

    /** The height an export needs at this width: by default the chart's own. */
    protected double exportHeight(double width, double height) {
        return height;
    }

    /** True while drawing for {@link #snapshotImage}: everything must be drawn now, nothing deferred. */
    protected final boolean isExporting() {
        return exporting;
    }

    protected final String nameOf(int segmentId, String fromData) {
        if (segmentId >= 0 && segmentId < segmentNames.size() && segmentNames.get(segmentId) != null
                && !segmentNames.get(segmentId).isBlank()) return segmentNames.get(segmentId);
        if (fromData != null && !fromData.isBlank()) return fromData;
        return segmentId < 0 ? "All customers" : "Segment " + (segmentId + 1);
    }

    /** Whether {@code segmentId} is drawn faded: another one is highlighted. */
    protected final boolean dimmed(int segmentId) {
        return highlighted >= 0 && segmentId != highlighted;
    }

    protected final Color text() { return textColor.get(); }
    protected final Color muted() { return mutedColor.get(); }
    protected final Color grid() { return gridColor.get(); }
    protected final Color background() { return backgroundColor.get(); }

    protected final boolean darkTheme() {
        return background().getBrightness() < 0.5;
    }

    /** Redraws now (cheap for every chart but the scatter, which keeps its raster until size or data change). */
    protected final void redraw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, w, h);
        if (w < 1 || h < 1) return;
        paint(g, w, h, pixelScale());
        hovered = null;
        overlay.getGraphicsContext2D().clearRect(0, 0, w, h);
        tooltip.setVisible(false);
    }

    private double pixelScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(window.getRenderScaleX(), window.getRenderScaleY());
    }

    private void paint(GraphicsContext g, double w, double h, double scale) {
        g.setFill(background());
        g.fillRect(0, 0, w, h);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        if (title != null && !title.isBlank()) {
            g.setFill(text());
            g.setFont(ChartText.bold(14));
            g.fillText(ChartText.fit(title, g.getFont(), w - 24), 12, TITLE_HEIGHT / 2 + 2);
        }
        double top = title == null || title.isBlank() ? 8 : TITLE_HEIGHT;
        if (!hasData()) {
            g.setFill(muted());
            g.setFont(ChartText.regular(13));
            g.setTextAlign(TextAlignment.CENTER);
            List<String> lines = ChartText.wrap(emptyMessage(), g.getFont(), Math.min(w - 32, 360), 3);
            double ly = top + (h - top) / 2 - (lines.size() - 1) * 9;
            for (String line : lines) { g.fillText(line, w / 2, ly); ly += 18; }
            g.setTextAlign(TextAlignment.LEFT);
            return;
        }
        drawChart(g, 8, top, w - 16, h - top - 6, scale);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth()), h = snapSizeY(getHeight());
        if (w != canvas.getWidth() || h != canvas.getHeight()) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            redraw();
        }
        if (tooltip.isVisible()) tooltip.autosize();
    }

    private void hover(double x, double y) {
        Hit hit = Double.isNaN(x) || !hasData() ? null : hitAt(x, y);
        if (!Objects.equals(hit == null ? null : hit.key(), hovered == null ? null : hovered.key())) {
            GraphicsContext g = overlay.getGraphicsContext2D();
            g.clearRect(0, 0, overlay.getWidth(), overlay.getHeight());
            if (hit != null) drawHover(g, hit);
        }
        hovered = hit;
        if (hit == null || hit.text() == null) {
            tooltip.setVisible(false);
            return;
        }
        tooltip.setText(hit.text());
        tooltip.setVisible(true);
        // Kept inside the chart: a neighbouring node would paint over any part that sticks out.
        tooltip.setMaxWidth(Math.max(120, Math.min(360, getWidth() - 8)));
        tooltip.autosize();
        double tw = tooltip.getWidth(), th = tooltip.getHeight();
        double tx = x + 14 + tw > getWidth() ? x - 10 - tw : x + 14;
        double ty = y + 16 + th > getHeight() ? y - 8 - th : y + 16;
        tooltip.relocate(Math.max(4, Math.min(tx, getWidth() - tw - 4)), Math.max(4, Math.min(ty, getHeight() - th - 4)));
    }

    private void clicked(double x, double y) {
        if (!hasData()) return;
        clicked(hitAt(x, y));
    }
}
