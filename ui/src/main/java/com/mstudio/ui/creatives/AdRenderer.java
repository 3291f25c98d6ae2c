package com.mstudio.ui.creatives;

import com.mstudio.engine.api.GeneratedImage;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Draws an ad onto a canvas from an {@link AdLayout.Result}, at any scale: the live preview draws it small, the export
 * draws it at full size. The same layout numbers, so the PNG is what the preview showed.
 */
final class AdRenderer {
    private static final String FAMILY = "System";
    private final TileImages images;

    AdRenderer(TileImages images) {
        this.images = images;
    }

    /** Measures with the bold font the renderer draws with. */
    static final AdLayout.TextMeasure MEASURE = (text, size) -> {
        Text t = new Text(text);
        t.setFont(Font.font(FAMILY, FontWeight.BOLD, size));
        return t.getLayoutBounds().getWidth();
    };

    void draw(Canvas canvas, AdComposerViewModel vm, double scale) {
        AdLayout.Result r = vm.layout(MEASURE);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.scale(scale, scale);
        g.setFill(Color.web(vm.backgroundProperty().get()));
        g.fillRect(0, 0, r.format().width(), r.format().height());
        AdLayout.Box box = r.image();
        GeneratedImage img = vm.imageProperty().get();
        if (img != null) {
            // Upscaled by the engine's smooth scaler to the pixels it will occupy, so the PNG is sharp at full size.
            int px = (int) Math.max(16, Math.round(box.width() * scale));
            Image picture = images.image(img.pixels(), img.shape(), px);
            g.drawImage(picture, box.x(), box.y(), box.width(), box.height());
        } else {
            g.setFill(Color.web(vm.textColourProperty().get()).deriveColor(0, 1, 1, 0.08));
            g.fillRect(box.x(), box.y(), box.width(), box.height());
        }
        Color text = Color.web(vm.textColourProperty().get());
        g.setFill(text);
        g.setFont(Font.font(FAMILY, FontWeight.BOLD, r.headlineSize()));
        g.setTextAlign(r.format() == AdFormat.BANNER ? TextAlignment.LEFT : TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double x = r.format() == AdFormat.BANNER ? r.headlineBox().x() : r.headlineBox().x() + r.headlineBox().width() / 2;
        double y = r.headlineBox().y();
        for (String line : r.headlineLines()) {
            g.fillText(line, x, y);
            y += r.lineHeight();
        }
        AdLayout.Box b = r.button();
        Color accent = Color.web(vm.accentProperty().get());
        g.setFill(accent);
        g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), b.height() * 0.5, b.height() * 0.5);
        g.setFill(accent.getBrightness() > 0.75 && accent.getSaturation() < 0.4 ? Color.web("#1B1B1F") : Color.WHITE);
        g.setFont(Font.font(FAMILY, FontWeight.BOLD, r.buttonSize()));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        String cta = vm.ctaProperty().get() == null || vm.ctaProperty().get().isBlank() ? "Shop now" : vm.ctaProperty().get().strip();
        g.fillText(cta, b.x() + b.width() / 2, b.y() + b.height() / 2);
        g.restore();
    }
}
