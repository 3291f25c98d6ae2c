package com.mstudio.engine.api;

import java.util.List;

/**
 * What one column holds, for the data screen and the CLI. Fields that do not apply to the column's type are null
 * (numbers for text columns, top values for numbers...), so a consumer switches on {@link #type()} and reads the rest.
 *
 * @param name          column name
 * @param type          column type
 * @param rows          number of rows
 * @param missing       missing cells
 * @param missingShare  missing / rows, 0..1 (0 for an empty table)
 * @param distinct      distinct non-missing values (exact)
 * @param numbers       INTEGER and DECIMAL: summary statistics; otherwise null
 * @param histogram     numbers: equal-width bins (or one bin per integer for small ranges); dates: by month or year;
 *                      booleans: false/true; null for text-like columns
 * @param topValues     CATEGORICAL/TEXT/IDENTIFIER: the 10 most frequent values, most frequent first; otherwise null
 * @param otherCount    text-like columns: non-missing rows not covered by {@link #topValues}; otherwise 0
 * @param otherShare    otherCount / non-missing rows, 0..1
 * @param trueCount     BOOLEAN: rows that are true; otherwise 0
 * @param falseCount    BOOLEAN: rows that are false; otherwise 0
 * @param firstDate     DATE/DATETIME: the earliest value as ISO-8601 text; otherwise null
 * @param lastDate      DATE/DATETIME: the latest value as ISO-8601 text; otherwise null
 */
public record ColumnProfile(String name, ColumnType type, int rows, int missing, double missingShare, int distinct,
                            NumberSummary numbers, List<Bin> histogram, List<ValueCount> topValues,
                            long otherCount, double otherShare, long trueCount, long falseCount,
                            String firstDate, String lastDate) {

    /**
     * Summary statistics over the non-missing values. Quantiles are exact, interpolated linearly between the two
     * nearest ranks (the same definition as numpy's and R's default, type 7). {@code std} is the sample standard
     * deviation (n-1); 0 for a single value. All NaN when the column has no values.
     */
    public record NumberSummary(double min, double max, double mean, double std,
                                double p5, double p25, double median, double p75, double p95) {}

    /** One histogram bar: values in [from, to) (the last bin also holds {@code to}), with a label for the axis. */
    public record Bin(double from, double to, String label, long count) {}

    /** A value and how many rows hold it. */
    public record ValueCount(String value, long count) {}
}
