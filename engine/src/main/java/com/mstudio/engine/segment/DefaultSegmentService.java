package com.mstudio.engine.segment;

import com.mstudio.engine.data.clean.FeatureSuggester;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * {@link SegmentService} for the UI and the CLI: segmenting and assigning run on the engine lane, exporting on the
 * I/O lane, each with progress and cancel; the quick calls (suggestions, RFM detection, rename, files) are plain.
 */
public final class DefaultSegmentService implements SegmentService {
    private final JobRunner jobs;
    private final KMeansSegmenter kmeans;
    private final ModelFiles files = new ModelFiles();
    private final KeptSegmentations kept = new KeptSegmentations(files);
    private final SegmentExport export = new SegmentExport();

    public DefaultSegmentService(JobRunner jobs, CleaningService cleaning) {
        this.jobs = Objects.requireNonNull(jobs);
        this.kmeans = new KMeansSegmenter(new FeatureBuilder(Objects.requireNonNull(cleaning)));
    }

    @Override
    public List<String> suggestFeatures(DataTable table, Collection<String> personalDataColumns) {
        return FeatureSuggester.suggest(table, personalDataColumns);
    }

    @Override
    public Optional<RfmColumns> detectRfm(DataTable table) {
        return RfmDetector.detect(table);
    }

    @Override
    public JobHandle<SegmentationResult> segment(DataTable table, SegmentationRequest request, String sourceName, Executor events,
                                                 JobListener<? super SegmentationResult> listener) {
        Objects.requireNonNull(table);
        Objects.requireNonNull(request);
        String source = sourceName == null ? "" : sourceName;
        String what = request.method() == SegmentationRequest.Method.RFM ? "RFM segments" : "Segments";
        return jobs.submit(what, Lane.ENGINE, ctx -> {
            requireRows(table);
            return request.method() == SegmentationRequest.Method.RFM
                    ? RfmSegmenter.segment(table, request.rfm(), request.seed(), source, ctx)
                    : kmeans.segment(table, request, source, ctx);
        }, events, listener);
    }

    @Override
    public JobHandle<SegmentationResult> assign(SegmentModel model, DataTable table, Executor events,
                                                JobListener<? super SegmentationResult> listener) {
        Objects.requireNonNull(model);
        Objects.requireNonNull(table);
        return jobs.submit("Assign segments", Lane.ENGINE, ctx -> {
            requireRows(table);
            return model.method() == SegmentationRequest.Method.RFM
                    ? RfmSegmenter.assign(model, table, ctx)
                    : kmeans.assign(model, table, ctx);
        }, events, listener);
    }

    @Override
    public SegmentationResult rename(SegmentationResult result, int segmentId, String name) {
        if (segmentId < 0 || segmentId >= result.k()) throw new IllegalArgumentException("no segment " + segmentId);
        if (!(result.segmented() instanceof SegmentedTable segmented)) {
            throw new IllegalArgumentException("only results of this service can be renamed");
        }
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) throw new StudioException("A segment needs a name.");
        List<String> names = result.model().segmentNames();
        for (int s = 0; s < names.size(); s++) {
            if (s != segmentId && names.get(s).equalsIgnoreCase(clean)) {
                throw new StudioException("Another segment is already called \"" + names.get(s) + "\".");
            }
        }
        SegmentModel model = result.model().withSegmentName(segmentId, clean);
        List<SegmentProfile> profiles = new ArrayList<>(result.profiles());
        profiles.set(segmentId, profiles.get(segmentId).withName(clean));
        SegmentedTable table = segmented.withNames(model.segmentNames());
        return new SegmentationResult(model, table, result.assignments(), profiles, result.kScan(), result.chosenK(),
                result.silhouette(), result.projection(), result.distributions());
    }

    @Override
    public JobHandle<List<Path>> export(SegmentationResult result, Path folder, Executor events,
                                        JobListener<? super List<Path>> listener) {
        return jobs.submit("Export segments to " + folder.getFileName(), Lane.IO, ctx -> export.write(result, folder, ctx),
                events, listener);
    }

    @Override
    public void save(SegmentModel model, Path file) {
        files.save(model, file);
    }

    @Override
    public SegmentModel load(Path file) {
        return files.load(file);
    }

    @Override
    public void keep(Workspace workspace, String datasetId, SegmentModel model) {
        kept.keep(workspace, datasetId, model);
    }

    @Override
    public Optional<SegmentModel> kept(Workspace workspace, String datasetId) {
        return kept.kept(workspace, datasetId);
    }

    private static void requireRows(DataTable table) {
        if (table.rowCount() == 0) throw new StudioException("The table has no rows to segment.");
    }
}
