package com.mstudio.engine.api;

import java.util.List;

/**
 * One segment as a marketer reads it.
 *
 * @param id          0..k-1, the {@code segment} column's value
 * @param name        generated ("High spenders", "Champions") or given by the user
 * @param description a short generated line, e.g. "Long tenure · two-year contract · high monthly spend · low churn"
 * @param size        rows in the segment
 * @param share       size / all rows (0..1)
 * @param contrasts   every feature compared with the whole base, in input-column order
 * @param topFeatures the features that most distinguish this segment, most distinctive first (at most 5), as
 *                    readable phrases ("tenure high", "contract = Two year")
 */
public record SegmentProfile(int id, String name, String description, int size, double share,
                             List<FeatureContrast> contrasts, List<String> topFeatures) {
    public SegmentProfile {
        contrasts = List.copyOf(contrasts);
        topFeatures = List.copyOf(topFeatures);
    }

    public SegmentProfile withName(String newName) {
        return new SegmentProfile(id, newName, description, size, share, contrasts, topFeatures);
    }

    /**
     * A segment's value of one feature against the whole base.
     *
     * @param feature      a number column ("tenure"), or one category of a categorical column ("contract=Two year")
     * @param column       the input column
     * @param categorical  true for a category share, false for a numeric mean
     * @param segmentValue the segment's mean (numbers, booleans as 0/1) or the category's share in the segment (0..1)
     * @param baseValue    the same over all rows
     * @param zScore       (segment mean - base mean) / base standard deviation; for categories the same on the 0/1 indicator
     * @param lift         segmentValue / baseValue (NaN when the base value is 0)
     */
    public record FeatureContrast(String feature, String column, boolean categorical, double segmentValue,
                                  double baseValue, double zScore, double lift) {}
}
