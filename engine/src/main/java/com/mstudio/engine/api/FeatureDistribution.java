package com.mstudio.engine.api;

import java.util.List;

/**
 * How one input column is distributed per segment, for side-by-side box plots (numbers) or stacked shares (categories).
 *
 * @param column      the input column
 * @param categorical true: {@code categories} and {@code shares} are set; false: {@code boxes} is
 * @param boxes       numbers: one box per segment id, then one for the whole base (k + 1 entries)
 * @param categories  categories: the most frequent values (at most 12, the rest as "other")
 * @param shares      categories: shares[segment][category], each row summing to 1; the last row is the whole base
 */
public record FeatureDistribution(String column, boolean categorical, List<Box> boxes, List<String> categories,
                                  double[][] shares) {
    public FeatureDistribution {
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Five-number summary with Tukey whiskers (1.5 IQR, clipped to the data) and the mean; {@code count} non-missing values. */
    public record Box(double whiskerLow, double q1, double median, double q3, double whiskerHigh, double mean, int count) {}
}
