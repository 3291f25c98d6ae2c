package com.mstudio.engine.segment.report;

import java.util.ArrayList;
import java.util.List;

/** Round axis tick values (1, 2, 2.5 or 5 times a power of ten) covering a data range. */
final class Ticks {
    private Ticks() {}

    /** About {@code count} round values from at most {@code min} to at least {@code max}. */
    static double[] nice(double min, double max, int count) {
        if (!Double.isFinite(min) || !Double.isFinite(max)) return new double[] {0, 1};
        if (max <= min) {
            double pad = min == 0 ? 1 : Math.abs(min) * 0.1;
            min -= pad;
            max += pad;
        }
        double raw = (max - min) / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            step = m * magnitude;
            if (step >= raw) break;
        }
        double start = Math.floor(min / step) * step;
        double end = Math.ceil(max / step) * step;
        List<Double> ticks = new ArrayList<>();
        for (double v = start; v <= end + step * 1e-9; v += step) ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A tick label: 12,500,000 → "12.5M", 25,000 → "25k", 4000 → "4,000", 20 → "20", 0.35 → "0.35". */
    static String label(double v) {
        double a = Math.abs(v);
        if (a >= 1e9) return trimmed(v / 1e9, 1) + "G";
        if (a >= 1e6) return trimmed(v / 1e6, 1) + "M";
        if (a >= 1e4) return trimmed(v / 1e3, 1) + "k";
        if (v == Math.rint(v)) return Numbers.count((long) v);
        return trimmed(v, 4);
    }

    private static String trimmed(double v, int decimals) {
        String s = Numbers.fixed(v, decimals);
        if (s.contains(".")) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }
}
