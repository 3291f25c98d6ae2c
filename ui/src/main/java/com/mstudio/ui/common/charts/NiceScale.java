package com.mstudio.ui.common.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Axis ticks at round numbers (1, 2, 2.5, 5 × 10^n) that cover a data range. */
public record NiceScale(double min, double max, double step) {

    public static NiceScale of(double lo, double hi, int maxTicks) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) { lo = 0; hi = 1; }
        if (hi < lo) { double t = lo; lo = hi; hi = t; }
        if (hi - lo < 1e-12) { double pad = Math.abs(lo) > 1e-12 ? Math.abs(lo) * 0.1 : 1; lo -= pad; hi += pad; }
        double step = niceStep((hi - lo) / Math.max(1, maxTicks - 1));
        return new NiceScale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    private static double niceStep(double raw) {
        double exp = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / exp;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * exp;
    }

    public List<Double> ticks() {
        List<Double> t = new ArrayList<>();
        for (double v = min; v <= max + step * 1e-6; v += step) t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        return t;
    }

    /** A tick label with just the decimals the step needs ("0.25", "1,500", "2M"). */
    public String label(double v) {
        if (v == 0) return "0";
        double a = Math.max(Math.abs(max), Math.abs(min));
        if (a >= 1e6 && step >= 1e5) return trim(String.format(Locale.ROOT, "%.2f", v / 1e6)) + "M";
        if (a >= 1e4 && step >= 1e3) return trim(String.format(Locale.ROOT, "%.2f", v / 1e3)) + "k";
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        if (step * Math.pow(10, decimals) % 1 > 1e-6) decimals++; // 2.5, 0.25
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String trim(String s) {
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
