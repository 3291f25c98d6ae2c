package com.mstudio.ui.data;

import com.mstudio.engine.api.ColumnProfile;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.ui.common.Formats;

import java.util.List;

/**
 * What a profile card shows for one column, flattened from the engine's {@link ColumnProfile} so the card needs
 * no type switch beyond "histogram or top values".
 *
 * @param histogram whether {@code bars} are ordered bins (numbers, dates, booleans) rather than the most frequent values
 * @param note      one extra line, e.g. "+ 1,204 rows in other values" or a date range; "" when none
 */
public record ColumnStats(String name, ColumnType type, int rows, int missing, double missingShare, int distinct,
                          double min, double max, double mean, double median, List<Bar> bars, boolean histogram,
                          String note) {

    public boolean hasNumbers() {
        return !Double.isNaN(mean);
    }

    /** One bar: its label ("12–18", "2021-03", "Month-to-month") and how many rows fall in it. */
    public record Bar(String label, long count) {}

    public static ColumnStats from(ColumnProfile p) {
        ColumnProfile.NumberSummary n = p.numbers();
        boolean histogram = p.histogram() != null;
        List<Bar> bars = histogram
                ? p.histogram().stream().map(b -> new Bar(b.label(), b.count())).toList()
                : p.topValues() == null ? List.of()
                : p.topValues().stream().map(v -> new Bar(v.value(), v.count())).toList();
        String note = "";
        if (p.firstDate() != null && p.lastDate() != null) {
            note = p.firstDate() + "  →  " + p.lastDate();
        } else if (p.otherCount() > 0) {
            note = "+ " + Formats.count(p.otherCount()) + " rows (" + Formats.percent(p.otherShare()) + ") in other values";
        }
        return new ColumnStats(p.name(), p.type(), p.rows(), p.missing(), p.missingShare(), p.distinct(),
                n == null ? Double.NaN : n.min(), n == null ? Double.NaN : n.max(),
                n == null ? Double.NaN : n.mean(), n == null ? Double.NaN : n.median(), bars, histogram, note);
    }
}
