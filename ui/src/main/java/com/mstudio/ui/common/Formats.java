package com.mstudio.ui.common;

import java.time.Duration;
import java.util.Locale;

/** How numbers, sizes and durations read in the UI: short, human, and the same everywhere. */
public final class Formats {
    private Formats() {}

    /** "12 s left", "about 3 min left", or "" when unknown. */
    public static String eta(Duration eta) {
        if (eta == null || eta.isNegative()) return "";
        long s = eta.toSeconds();
        if (s < 1) return "almost done";
        if (s < 60) return s + " s left";
        if (s < 3600) return "about " + Math.round(s / 60.0) + " min left";
        return String.format(Locale.ROOT, "about %.1f h left", s / 3600.0);
    }

    /** 12,345 with a thin grouping that reads well in any locale. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    public static String bytes(long n) {
        if (n < 1024) return n + " B";
        if (n < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        if (n < 1024L * 1024 * 1024) return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
        return String.format(Locale.ROOT, "%.2f GB", n / (1024.0 * 1024 * 1024));
    }

    public static String percent(double fraction) {
        if (fraction > 0 && fraction < 0.001) return "<0.1%";
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** A statistic: integers without decimals, others with up to 4 significant digits. */
    public static String number(double v) {
        if (Double.isNaN(v)) return "—";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%,.1f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.2f", v);
        return String.format(Locale.ROOT, "%.4g", v);
    }
}
