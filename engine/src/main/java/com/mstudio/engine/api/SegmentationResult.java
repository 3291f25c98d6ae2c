package com.mstudio.engine.api;

import java.util.List;

/**
 * Everything one segmentation run produced, ready to chart and export.
 *
 * @param model         the saveable model (with the segment names)
 * @param segmented     the segmented units with two columns appended: {@code segment} (the id, 0..k-1) and
 *                      {@code segment_name}. For k-means and pre-aggregated RFM these are the input rows with all their
 *                      columns; for transactional RFM one row per customer (id, recency, frequency, monetary, the three
 *                      scores)
 * @param assignments   the segment id of each row of {@code segmented}
 * @param profiles      one per segment, ordered by id
 * @param kScan         auto-k: one score per k tried, ascending; empty when k was fixed or for RFM
 * @param chosenK       the k used (auto-k's pick, or the one requested)
 * @param silhouette    mean silhouette of the final segments on a bounded sample (-1..1); NaN for RFM
 * @param projection    2D PCA projection of every row of {@code segmented} (k-means: of the features; RFM: of the three
 *                      z-scored measures)
 * @param distributions per input column, how it is distributed in each segment and in the whole base
 */
public record SegmentationResult(SegmentModel model, DataTable segmented, int[] assignments, List<SegmentProfile> profiles,
                                 List<KScore> kScan, int chosenK, double silhouette, Projection projection,
                                 List<FeatureDistribution> distributions) {
    public SegmentationResult {
        profiles = List.copyOf(profiles);
        kScan = List.copyOf(kScan);
        distributions = List.copyOf(distributions);
        if (assignments.length != segmented.rowCount()) throw new IllegalArgumentException("one assignment per row expected");
    }

    public int k() {
        return profiles.size();
    }

    /**
     * Auto-k's score for one k.
     *
     * @param inertia    within-cluster sum of squares (the elbow curve)
     * @param silhouette mean silhouette on the bounded sample
     */
    public record KScore(int k, double inertia, double silhouette) {}

    /**
     * Rows projected on the first two principal components.
     *
     * @param x                 first component, one value per row of the segmented table
     * @param y                 second component
     * @param explainedVariance share of the variance each component explains (0..1)
     */
    public record Projection(float[] x, float[] y, double[] explainedVariance) {}
}
