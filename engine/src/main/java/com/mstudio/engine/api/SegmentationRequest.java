package com.mstudio.engine.api;

import java.util.List;

/**
 * What to segment and how.
 *
 * @param method         k-means on features, or RFM scoring
 * @param featureColumns k-means: the columns to build features from (cleaned: imputed, z-scored, one-hot); ignored for RFM
 * @param k              k-means: the number of segments, or {@link #AUTO} to pick it from {@code kMin..kMax}
 * @param kMin           auto-k: smallest k tried (at least 2)
 * @param kMax           auto-k: largest k tried
 * @param seed           seeds k-means++ and every sample, so that the same request gives the same result
 * @param rfm            RFM: the columns to score; ignored for k-means
 */
public record SegmentationRequest(Method method, List<String> featureColumns, int k, int kMin, int kMax, long seed,
                                  RfmColumns rfm) {
    public static final int AUTO = 0;
    public static final long DEFAULT_SEED = 42;

    public SegmentationRequest {
        featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
        if (method == null) throw new IllegalArgumentException("method is required");
        if (method == Method.RFM && rfm == null) throw new IllegalArgumentException("RFM needs its columns");
        if (method == Method.KMEANS && featureColumns.isEmpty()) throw new IllegalArgumentException("pick at least one feature column");
        if (k != AUTO && k < 2) throw new IllegalArgumentException("k must be at least 2");
        if (kMin < 2 || kMax < kMin) throw new IllegalArgumentException("auto-k range must be 2 <= kMin <= kMax");
    }

    /** k-means with auto-k over 2..10. */
    public static SegmentationRequest kmeans(List<String> featureColumns, long seed) {
        return new SegmentationRequest(Method.KMEANS, featureColumns, AUTO, 2, 10, seed, null);
    }

    /** k-means with a fixed k. */
    public static SegmentationRequest kmeans(List<String> featureColumns, int k, long seed) {
        return new SegmentationRequest(Method.KMEANS, featureColumns, k, 2, 10, seed, null);
    }

    public static SegmentationRequest rfm(RfmColumns columns) {
        return new SegmentationRequest(Method.RFM, List.of(), AUTO, 2, 10, DEFAULT_SEED, columns);
    }

    public boolean autoK() {
        return method == Method.KMEANS && k == AUTO;
    }

    public enum Method { KMEANS, RFM }
}
