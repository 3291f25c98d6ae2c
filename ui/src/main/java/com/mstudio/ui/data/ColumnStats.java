package com.mstudio.ui.data;

import com.mstudio.engine.api.ColumnType;

import java.util.List;

/**
 * What a profile card shows for one column. A ui-side stand-in until the engine's ProfileService lands; it is
 * computed from the public DataTable only.
 *
 * @param distinct distinct non-missing values, counted exactly up to {@link ColumnStatsCalculator#DISTINCT_CAP}
 * @param distinctCapped whether counting stopped at the cap ("10,000+")
 * @param bars     a histogram (numeric) or the most frequent values (others), largest first for the latter
 */
public record ColumnStats(String name, ColumnType type, int rows, int missing, int distinct, boolean distinctCapped,
                          double min, double max, double mean, List<Bar> bars) {

    public double missingFraction() {
        return rows == 0 ? 0 : missing / (double) rows;
    }

    /** One bar: its label ("12–18" or "Month-to-month") and how many rows fall in it. */
    public record Bar(String label, long count) {}
}
