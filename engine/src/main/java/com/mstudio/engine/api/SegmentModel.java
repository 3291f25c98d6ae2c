package com.mstudio.engine.api;

import java.util.List;

/**
 * A segmentation that can be saved and applied to new rows: everything needed to assign a row to a segment, plus the
 * names the user gave the segments. Plain data, written as versioned JSON.
 *
 * @param formatVersion  {@link #FORMAT_VERSION} when written; a newer file is refused with a clear message
 * @param method         how rows are assigned
 * @param createdAt      ISO-8601 instant
 * @param sourceName     what it was fitted on (a dataset or file name), for display
 * @param seed           the seed it was fitted with
 * @param featureColumns k-means: the input columns; RFM: empty
 * @param transform      k-means: the fitted cleaning transform (impute, scale, one-hot); RFM: null
 * @param centroids      k-means: one row per segment, in the transform's feature order; RFM: empty
 * @param rfm            RFM: the columns and the learned cut points; k-means: null
 * @param segmentNames   one name per segment id (0..k-1), as the user sees them (generated, or renamed by the user)
 */
public record SegmentModel(int formatVersion, SegmentationRequest.Method method, String createdAt, String sourceName,
                           long seed, List<String> featureColumns, FittedTransform transform, List<double[]> centroids,
                           RfmScoring rfm, List<String> segmentNames) {
    public static final int FORMAT_VERSION = 1;

    public SegmentModel {
        featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
        centroids = centroids == null ? List.of() : centroids.stream().map(double[]::clone).toList();
        segmentNames = List.copyOf(segmentNames);
    }

    public int k() {
        return segmentNames.size();
    }

    public SegmentModel withSegmentName(int segmentId, String name) {
        java.util.List<String> names = new java.util.ArrayList<>(segmentNames);
        names.set(segmentId, name);
        return new SegmentModel(formatVersion, method, createdAt, sourceName, seed, featureColumns, transform, centroids,
                rfm, names);
    }

    /**
     * What RFM scoring learned: the columns, and for each measure the quantile cut points that turn it into a score of
     * 1..{@code scoreLevels} (recency: fewer days is a higher score). For transactions, {@code asOf} is the reference
     * day (ISO date) recency is counted from.
     */
    public record RfmScoring(RfmColumns columns, int scoreLevels, String asOf, double[] recencyCuts,
                             double[] frequencyCuts, double[] monetaryCuts) {
        public RfmScoring {
            recencyCuts = recencyCuts.clone();
            frequencyCuts = frequencyCuts.clone();
            monetaryCuts = monetaryCuts.clone();
        }
    }
}
