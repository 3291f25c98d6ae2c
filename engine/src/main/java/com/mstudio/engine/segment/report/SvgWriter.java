package com.mstudio.engine.segment.report;

import java.util.Locale;

/**
 * A tiny builder for inline SVG. Every piece of text and every attribute value goes through {@link #escape}, so a
 * segment or column called {@code <script>} is drawn as those characters and never becomes markup. Numbers are written
 * with a dot and at most two decimals whatever the machine's locale, so that the same chart is the same bytes.
 */
final class SvgWriter {
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

    private final StringBuilder sb = new StringBuilder(4096);
    private final double width;
    private final double height;

    /**
     * @param label what the chart shows, read out by screen readers and shown as the chart's tooltip
     */
    SvgWriter(double width, double height, String label) {
        this.width = width;
        this.height = height;
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" width=\"100%\" role=\"img\" aria-label=\"").append(escape(label))
                .append("\" font-family=\"").append(escape(FONT)).append("\" font-size=\"11\">");
    }

    double width() {
        return width;
    }

    double height() {
        return height;
    }

    SvgWriter rect(double x, double y, double w, double h, String fill) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(0, w)))
                .append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"").append(escape(fill)).append("\"/>");
        return this;
    }

    /** A rectangle with a hover tooltip. */
    SvgWriter rect(double x, double y, double w, double h, String fill, String tooltip) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(0, w)))
                .append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"").append(escape(fill)).append("\">");
        title(tooltip);
        sb.append("</rect>");
        return this;
    }

    SvgWriter outline(double x, double y, double w, double h, String stroke, double strokeWidth) {
        sb.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(Math.max(0, w)))
                .append("\" height=\"").append(num(Math.max(0, h))).append("\" fill=\"none\" stroke=\"").append(escape(stroke))
                .append("\" stroke-width=\"").append(num(strokeWidth)).append("\"/>");
        return this;
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        return line(x1, y1, x2, y2, stroke, strokeWidth, null);
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, String dash) {
        sb.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
                .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"")
                .append(num(strokeWidth)).append('"');
        if (dash != null) sb.append(" stroke-dasharray=\"").append(escape(dash)).append('"');
        sb.append("/>");
        return this;
    }

    /** An open polyline through the points (x0, y0, x1, y1, ...). */
    SvgWriter polyline(double[] xy, String stroke, double strokeWidth) {
        sb.append("<polyline fill=\"none\" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"").append(num(strokeWidth))
                .append("\" stroke-linejoin=\"round\" points=\"");
        for (int i = 0; i + 1 < xy.length; i += 2) {
            if (i > 0) sb.append(' ');
            sb.append(num(xy[i])).append(',').append(num(xy[i + 1]));
        }
        sb.append("\"/>");
        return this;
    }

    SvgWriter circle(double cx, double cy, double r, String fill, String stroke, String tooltip) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
                .append("\" fill=\"").append(escape(fill)).append('"');
        if (stroke != null) sb.append(" stroke=\"").append(escape(stroke)).append("\" stroke-width=\"1.5\"");
        if (tooltip == null) {
            sb.append("/>");
        } else {
            sb.append('>');
            title(tooltip);
            sb.append("</circle>");
        }
        return this;
    }

    /** Opens a group whose children share a fill and opacity; keeps thousands of scatter points compact. */
    SvgWriter group(String fill, double opacity) {
        sb.append("<g fill=\"").append(escape(fill)).append("\" fill-opacity=\"").append(num(opacity)).append("\">");
        return this;
    }

    SvgWriter endGroup() {
        sb.append("</g>");
        return this;
    }

    /** A bare dot for use inside {@link #group}: only the centre and radius, no per-point attributes. */
    SvgWriter dot(double cx, double cy, double r) {
        sb.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r)).append("\"/>");
        return this;
    }

    SvgWriter text(double x, double y, String text, Anchor anchor, double size, String fill, boolean bold) {
        return text(x, y, text, anchor, size, fill, bold, 0);
    }

    /** Text at (x, y) (the baseline), optionally rotated by {@code rotate} degrees around that point. */
    SvgWriter text(double x, double y, String text, Anchor anchor, double size, String fill, boolean bold, double rotate) {
        sb.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
        if (anchor != Anchor.START) sb.append(" text-anchor=\"").append(anchor.svg).append('"');
        if (size != 11) sb.append(" font-size=\"").append(num(size)).append('"');
        if (fill != null) sb.append(" fill=\"").append(escape(fill)).append('"');
        if (bold) sb.append(" font-weight=\"600\"");
        if (rotate != 0) {
            sb.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ').append(num(y)).append(")\"");
        }
        sb.append('>').append(escape(text)).append("</text>");
        return this;
    }

    private void title(String tooltip) {
        if (tooltip != null) sb.append("<title>").append(escape(tooltip)).append("</title>");
    }

    String finish() {
        return sb + "</svg>";
    }

    /** Escapes text for use inside an element or a double-quoted attribute (HTML and XML alike). */
    static String escape(String s) {
        if (s == null) return "";
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML 1.0 and would make the SVG unparseable.
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') out.append('\uFFFD');
                    else out.append(c);
                }
            }
        }
        return out.toString();
    }

    /** A coordinate: at most two decimals, a dot, no trailing zeros, no "-0". */
    static String num(double v) {
        if (!Double.isFinite(v)) return "0";
        double r = Math.round(v * 100) / 100.0;
        if (r == Math.rint(r) && Math.abs(r) < 1e15) return Long.toString((long) r);
        String s = String.format(Locale.ROOT, "%.2f", r);
        if (s.endsWith("0")) s = s.substring(0, s.length() - 1);
        return s;
    }

    enum Anchor {
        START("start"), MIDDLE("middle"), END("end");

        final String svg;

        Anchor(String svg) {
            this.svg = svg;
        }
    }
}
