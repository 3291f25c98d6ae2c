package com.mstudio.ui.data;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.ui.common.Formats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Computes {@link ColumnStats} for one column in a single pass (two for numeric histograms). Pure, no FX. */
public final class ColumnStatsCalculator {
    /** Distinct counting stops here: enough to tell a key from a category, bounded memory on a million rows. */
    public static final int DISTINCT_CAP = 10_000;
    static final int BINS = 12;
    static final int TOP = 6;

    private ColumnStatsCalculator() {}

    public static ColumnStats compute(DataTable t, int col) {
        DataTable.ColumnInfo info = t.column(col);
        ColumnType type = info.type();
        int rows = t.rowCount();
        int missing = 0;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY, sum = 0;
        int numericCount = 0;
        Set<String> distinct = new HashSet<>();
        boolean capped = false;
        Map<String, Long> freq = new HashMap<>();
        boolean numeric = type.isNumeric() || type.isTemporal();
        for (int r = 0; r < rows; r++) {
            if (t.isMissing(r, col)) {
                missing++;
                continue;
            }
            if (numeric) {
                double v = t.number(r, col);
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    sum += v;
                    numericCount++;
                }
            }
            if (!capped) {
                String s = t.text(r, col);
                if (distinct.add(s) && distinct.size() >= DISTINCT_CAP) capped = true;
                if (!numeric) freq.merge(s, 1L, Long::sum);
            } else if (!numeric && freq.size() < DISTINCT_CAP) {
                freq.computeIfPresent(t.text(r, col), (k, v) -> v + 1);
            }
        }
        if (numericCount == 0) {
            min = max = Double.NaN;
        }
        double mean = numericCount == 0 ? Double.NaN : sum / numericCount;
        List<ColumnStats.Bar> bars = numeric && numericCount > 0
                ? histogram(t, col, min, max, type)
                : top(freq);
        return new ColumnStats(info.name(), type, rows, missing, distinct.size(), capped, min, max, mean, bars);
    }

    private static List<ColumnStats.Bar> histogram(DataTable t, int col, double min, double max, ColumnType type) {
        int bins = max == min ? 1 : BINS;
        // Integers with a small range get one bar per value, so 0/1 flags don't show as 12 bars with gaps.
        if (type == ColumnType.INTEGER && max - min + 1 <= BINS) bins = (int) (max - min + 1);
        long[] counts = new long[bins];
        double width = (max - min) / bins;
        for (int r = 0, n = t.rowCount(); r < n; r++) {
            double v = t.number(r, col);
            if (Double.isNaN(v)) continue;
            int b = width == 0 ? 0 : (int) ((v - min) / width);
            counts[Math.min(bins - 1, Math.max(0, b))]++;
        }
        List<ColumnStats.Bar> out = new ArrayList<>(bins);
        boolean perValue = type == ColumnType.INTEGER && bins == (int) (max - min + 1);
        for (int b = 0; b < bins; b++) {
            String label = perValue ? Formats.number(min + b) : Formats.number(min + b * width) + "–" + Formats.number(min + (b + 1) * width);
            out.add(new ColumnStats.Bar(label, counts[b]));
        }
        return out;
    }

    private static List<ColumnStats.Bar> top(Map<String, Long> freq) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>(freq.entrySet());
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        List<ColumnStats.Bar> out = new ArrayList<>();
        for (int i = 0; i < Math.min(TOP, entries.size()); i++) {
            out.add(new ColumnStats.Bar(entries.get(i).getKey(), entries.get(i).getValue()));
        }
        return out;
    }
}
