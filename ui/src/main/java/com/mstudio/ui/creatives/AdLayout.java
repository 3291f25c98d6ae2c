package com.mstudio.ui.creatives;

import java.util.ArrayList;
import java.util.List;

/**
 * Where everything goes on an ad, in the ad's own pixels: the image, the headline (font size and wrapped lines) and
 * the call-to-action button. Portrait and square ads stack image, headline and button; the banner puts the image on
 * the left and the text on the right. The headline shrinks until it fits in {@link #MAX_LINES} lines and its box.
 * Plain arithmetic over a {@link TextMeasure}, so it is tested without a screen and the preview and the exported
 * PNG are laid out by the same numbers.
 */
public final class AdLayout {
    static final int MAX_LINES = 3;
    /** Headlines never shrink below this share of the base size: past it the text is cut with an ellipsis. */
    private static final double MIN_SCALE = 0.4;

    /** Width of {@code text} at {@code fontSize} pixels, in pixels (the view measures with the real bold font). */
    @FunctionalInterface
    public interface TextMeasure {
        double width(String text, double fontSize);
    }

    /** A rectangle in ad pixels. */
    public record Box(double x, double y, double width, double height) {
        public double right() { return x + width; }
        public double bottom() { return y + height; }
        public boolean inside(Box outer) {
            return x >= outer.x - 1e-6 && y >= outer.y - 1e-6 && right() <= outer.right() + 1e-6 && bottom() <= outer.bottom() + 1e-6;
        }
        public boolean overlaps(Box o) {
            return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
        }
    }

    /**
     * @param image         the generated image (square)
     * @param headlineBox   the area the headline lines are drawn in (top-left aligned, one line every lineHeight)
     * @param headlineLines the wrapped headline
     * @param headlineSize  its font size in pixels
     * @param lineHeight    pixels from one line's top to the next
     * @param button        the call-to-action button
     * @param buttonSize    the button text's font size
     */
    public record Result(AdFormat format, Box image, Box headlineBox, List<String> headlineLines, double headlineSize,
                         double lineHeight, Box button, double buttonSize) {
        public Result {
            headlineLines = List.copyOf(headlineLines);
        }
    }

    private AdLayout() {}

    public static Result layout(AdFormat f, String headline, String cta, TextMeasure measure) {
        double w = f.width(), h = f.height();
        double margin = Math.round(Math.min(w, h) * 0.06);
        double base = switch (f) {
            case SQUARE -> 68;
            case STORY -> 84;
            case BANNER -> 52;
        };
        double buttonSize = Math.round(base * 0.55);
        String ctaText = cta == null || cta.isBlank() ? "Shop now" : cta.strip();
        double buttonW = Math.min(w - 2 * margin, measure.width(ctaText, buttonSize) + buttonSize * 2.4);
        double buttonH = Math.round(buttonSize * 2.2);
        Box image, text, button;
        if (f == AdFormat.BANNER) {
            double side = h - 2 * margin;
            image = new Box(margin, margin, side, side);
            double tx = image.right() + margin;
            button = new Box(tx, h - margin - buttonH, buttonW, buttonH);
            text = new Box(tx, margin, w - margin - tx, button.y() - margin * 0.6 - margin);
        } else {
            double side = f == AdFormat.STORY ? w - 2 * margin : h * 0.58;
            image = new Box((w - side) / 2, f == AdFormat.STORY ? margin * 2.5 : margin, side, side);
            button = new Box((w - buttonW) / 2, h - margin * (f == AdFormat.STORY ? 2.5 : 1) - buttonH, buttonW, buttonH);
            double top = image.bottom() + margin * 0.7;
            text = new Box(margin, top, w - 2 * margin, button.y() - margin * 0.7 - top);
        }
        String words = headline == null ? "" : headline.strip().replaceAll("\\s+", " ");
        double size = base;
        List<String> lines = wrap(words, size, text.width(), measure);
        while (size > base * MIN_SCALE && (lines.size() > MAX_LINES || lines.size() * size * 1.2 > text.height()
                || widest(lines, size, measure) > text.width())) {
            size = Math.floor(size * 0.92);
            lines = wrap(words, size, text.width(), measure);
        }
        if (lines.size() > MAX_LINES) lines = cut(lines, size, text.width(), measure);
        return new Result(f, image, text, lines, size, Math.round(size * 1.2), button, buttonSize);
    }

    /** Greedy word wrap: as many words per line as fit in {@code width}. */
    static List<String> wrap(String text, double size, double width, TextMeasure measure) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) return lines;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || measure.width(tried, size) <= width) {
                line.setLength(0);
                line.append(tried);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static double widest(List<String> lines, double size, TextMeasure measure) {
        return lines.stream().mapToDouble(l -> measure.width(l, size)).max().orElse(0);
    }

    /** Keeps {@link #MAX_LINES} lines and ends the last with "…" (shortened until it fits). */
    private static List<String> cut(List<String> lines, double size, double width, TextMeasure measure) {
        List<String> out = new ArrayList<>(lines.subList(0, MAX_LINES));
        String last = out.get(MAX_LINES - 1);
        while (!last.isEmpty() && measure.width(last + "…", size) > width) last = last.substring(0, last.length() - 1);
        out.set(MAX_LINES - 1, last.stripTrailing() + "…");
        return out;
    }
}
