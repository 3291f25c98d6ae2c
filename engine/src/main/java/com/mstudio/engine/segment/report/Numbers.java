package com.mstudio.engine.segment.report;

import java.util.Locale;

/** Number wording for the report: always the same whatever the machine's locale, so the page is reproducible. */
final class Numbers {
    private Numbers() {}

    /** 7043 → "7,043". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** 0.2345 → "23.5%". */
    static String percent(double share) {
        if (!Double.isFinite(share)) return "–";
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** A measured value with as many digits as its size deserves: 1234.5 → "1,235", 12.34 → "12.3", 0.1234 → "0.123". */
    static String value(double v) {
        if (!Double.isFinite(v)) return "–";
        double a = Math.abs(v);
        if (a >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        if (a >= 100) return String.format(Locale.ROOT, "%.0f", v);
        if (a >= 10) return String.format(Locale.ROOT, "%.1f", v);
        if (a >= 1) return String.format(Locale.ROOT, "%.2f", v);
        if (a == 0) return "0";
        return String.format(Locale.ROOT, "%.3f", v);
    }

    /** A signed z-score with one decimal: "+1.2", "−0.4" (a real minus sign, as typeset numbers have). */
    static String signed(double z) {
        if (!Double.isFinite(z)) return "–";
        String s = String.format(Locale.ROOT, "%.1f", Math.abs(z));
        if (s.equals("0.0")) return "0.0";
        return (z < 0 ? "\u2212" : "+") + s;
    }

    /** Fixed decimals, dot separator. */
    static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) return "–";
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
