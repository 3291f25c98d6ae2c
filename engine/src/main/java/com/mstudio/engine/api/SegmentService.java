package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Customer segmentation: k-means (with auto-k) on cleaned features, or RFM scoring, turned into profiles a marketer
 * can read. Long work runs as engine jobs with progress and cancel; the quick calls are plain methods.
 */
public interface SegmentService {
    /**
     * The columns a marketer would segment on by default: numeric, boolean and low-cardinality categorical columns,
     * leaving out identifiers, free text, dates and the given personal-data columns. Quick.
     */
    List<String> suggestFeatures(DataTable table, Collection<String> personalDataColumns);

    /**
     * RFM columns found in the table by name and type: a customer id, a date and an amount (one row per transaction),
     * or recency/frequency/monetary columns (one row per customer); empty when the table has neither. Quick.
     */
    Optional<RfmColumns> detectRfm(DataTable table);

    /**
     * Segments {@code table} on the engine thread; {@code sourceName} (a dataset or file name, or "") names it in the
     * model and the report. Progress runs through feature building, the auto-k scan, the final
     * clustering, profiles and the projection; cancel stops at the next iteration.
     *
     * @throws StudioException (as the job's failure) naming a missing column, a column that cannot be a feature, too
     *                         few rows for the number of segments, or RFM columns of the wrong type
     */
    JobHandle<SegmentationResult> segment(DataTable table, SegmentationRequest request, String sourceName,
                                          Executor events, JobListener<? super SegmentationResult> listener);

    /** {@link #segment(DataTable, SegmentationRequest, String, Executor, JobListener)} with no source name. */
    default JobHandle<SegmentationResult> segment(DataTable table, SegmentationRequest request, Executor events,
                                                  JobListener<? super SegmentationResult> listener) {
        return segment(table, request, "", events, listener);
    }

    /**
     * Applies a saved segmentation to another table with the same columns (the saved cleaning transform, the saved
     * centroids or RFM cut points), on the engine thread. Nothing is re-fitted.
     */
    JobHandle<SegmentationResult> assign(SegmentModel model, DataTable table, Executor events,
                                         JobListener<? super SegmentationResult> listener);

    /** A copy of {@code result} in which segment {@code segmentId} is called {@code name} (model, profiles, table). Quick. */
    SegmentationResult rename(SegmentationResult result, int segmentId, String name);

    /**
     * Writes the segmented table ({@code segmented.csv}: every original column plus {@code segment} and
     * {@code segment_name}) and the one-page report ({@code segment-report.html}: charts embedded as SVG, printable)
     * into {@code folder}, atomically, on the I/O lane. The job's value lists the files written.
     */
    JobHandle<List<Path>> export(SegmentationResult result, Path folder, Executor events,
                                 JobListener<? super List<Path>> listener);

    /** Writes a model as versioned JSON, atomically. */
    void save(SegmentModel model, Path file);

    /** @throws StudioException naming the file when it is missing, damaged or written by a newer version */
    SegmentModel load(Path file);

    /**
     * Keeps {@code model} in the workspace as the segmentation of dataset {@code datasetId} (replacing the one before),
     * so that it and its segment names come back when the workspace is reopened.
     */
    void keep(Workspace workspace, String datasetId, SegmentModel model);

    /** The segmentation kept for {@code datasetId}, if any. A damaged file is reported as a StudioException. */
    Optional<SegmentModel> kept(Workspace workspace, String datasetId);
}
