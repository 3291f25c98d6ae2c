package com.mstudio.ui.common.charts;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** Fonts, text measurement and fitting for canvas drawing (a canvas has no layout, so labels are fitted by hand). */
public final class ChartText {
    public static final String ELLIPSIS = "…";
    private static final Text MEASURE = new Text();

    private ChartText() {}

    public static Font regular(double size) {
        return Font.font(Font.getDefault().getFamily(), size);
    }

    public static Font bold(double size) {
        return Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, size);
    }

    /** Measured on the FX thread only (the shared Text node is not thread-safe; all drawing happens there anyway). */
    public static double width(String s, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(s);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** The text cut to fit {@code max} pixels, ending with an ellipsis when cut. */
    public static String fit(String s, Font font, double max) {
        if (s == null) return "";
        if (width(s, font) <= max) return s;
        int lo = 0, hi = s.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            if (width(s.substring(0, mid).stripTrailing() + ELLIPSIS, font) <= max) lo = mid; else hi = mid - 1;
        }
        return lo == 0 ? (width(ELLIPSIS, font) <= max ? ELLIPSIS : "") : s.substring(0, lo).stripTrailing() + ELLIPSIS;
    }

    /**
     * A one-hot feature name ("PaymentMethod=Bank transfer (automatic)") fitted so that the category stays readable:
     * the column part is cut first ("Payment…=Bank transfer (automatic)").
     */
    public static String fitFeature(String s, Font font, double max) {
        int eq = s == null ? -1 : s.indexOf('=');
        if (eq <= 0 || width(s, font) <= max) return fit(s, font, max);
        String value = s.substring(eq);
        double room = max - width(value, font);
        if (room >= width("Abc" + ELLIPSIS, font)) return fit(s.substring(0, eq), font, room) + value;
        String column = fit(s.substring(0, eq), font, width("Abc" + ELLIPSIS, font));
        return column + fit(value, font, max - width(column, font));
    }

    /** Word-wrapped into at most {@code maxLines} lines of {@code max} pixels; the last line gets the ellipsis. */
    public static List<String> wrap(String s, Font font, double max, int maxLines) {
        List<String> lines = new ArrayList<>();
        String rest = s == null ? "" : s.strip();
        while (!rest.isEmpty() && lines.size() < maxLines - 1) {
            if (width(rest, font) <= max) break;
            int cut = -1;
            for (int i = rest.indexOf(' '); i > 0; i = rest.indexOf(' ', i + 1)) {
                if (width(rest.substring(0, i), font) <= max) cut = i; else break;
            }
            if (cut < 0) break; // one long word: leave it to the ellipsis
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1).strip();
        }
        if (!rest.isEmpty() || lines.isEmpty()) lines.add(fit(rest, font, max));
        return lines;
    }
}
