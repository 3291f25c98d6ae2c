package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The k-means path: features → auto-k scan or one fit → silhouette → profiles → 2D projection, each a stage of the
 * job's progress with a cancel check between stages (and inside k-means at every iteration). Segment ids are ordered
 * by size, largest first, so "segment 0" is always the biggest group; the saved centroids follow the same order.
 */
final class KMeansSegmenter {
    static final int MAX_ITERATIONS = 300;
    /** Rows the silhouette is computed on: its cost grows with the square of this, never with the file. */
    static final int SILHOUETTE_SAMPLE = 2_000;

    private final FeatureBuilder features;

    KMeansSegmenter(FeatureBuilder features) {
        this.features = features;
    }

    SegmentationResult segment(DataTable table, SegmentationRequest request, String sourceName, JobContext ctx) {
        ProgressSpan progress = new ProgressSpan(ctx, 0, 1);
        progress.report(0, "Preparing the features");
        List<String> columns = List.copyOf(new LinkedHashSet<>(request.featureColumns())); // a column picked twice counts once
        FeatureBuilder.Built built = features.fit(table, columns);
        FeatureMatrix x = built.features();
        progress.checkCancelled();
        KMeans.Fit fit;
        List<SegmentationResult.KScore> scores = List.of();
        if (request.autoK()) {
            int kMax = Math.min(request.kMax(), x.rows() - 1);
            if (kMax < request.kMin()) throw tooFewRows(x.rows(), request.kMin());
            AutoK.Scan scan = AutoK.scan(x, request.kMin(), kMax, request.seed(), SILHOUETTE_SAMPLE, progress.sub(0.05, 0.75));
            fit = scan.fits().get(scan.bestK());
            scores = scan.scores();
        } else {
            if (x.rows() <= request.k()) throw tooFewRows(x.rows(), request.k());
            fit = KMeans.fit(x, request.k(), request.seed(), MAX_ITERATIONS,
                    progress.sub(0.05, 0.75).titled("Fitting " + request.k() + " segments"));
        }
        int k = fit.k();
        int[] order = largestFirst(fit.assignments(), k);
        int[] assignments = relabel(fit.assignments(), order);
        List<double[]> centroids = new ArrayList<>();
        for (int id = 0; id < k; id++) {
            centroids.add(Arrays.copyOfRange(fit.centroids(), order[id] * fit.dims(), (order[id] + 1) * fit.dims()));
        }
        progress.report(0.75, "Scoring the segments");
        progress.checkCancelled();
        double silhouette = Silhouette.sampled(x, assignments, k, SILHOUETTE_SAMPLE, request.seed());
        progress.report(0.8, "Describing the segments");
        progress.checkCancelled();
        List<SegmentProfile> profiles = SegmentProfiles.build(table, columns, assignments, k, null, null);
        List<String> names = profiles.stream().map(SegmentProfile::name).toList();
        SegmentModel model = new SegmentModel(SegmentModel.FORMAT_VERSION, SegmentationRequest.Method.KMEANS,
                Instant.now().toString(), sourceName, request.seed(), columns, built.transform(), centroids,
                null, names);
        return finish(model, table, x, assignments, profiles, scores, silhouette, progress);
    }

    SegmentationResult assign(SegmentModel model, DataTable table, JobContext ctx) {
        ProgressSpan progress = new ProgressSpan(ctx, 0, 1);
        progress.report(0, "Preparing the features");
        FeatureMatrix x = features.apply(model.transform(), table);
        int k = model.k();
        double[] centroids = new double[k * x.columns()];
        for (int id = 0; id < k; id++) {
            double[] c = model.centroids().get(id);
            if (c.length != x.columns()) throw new StudioException("The saved segmentation does not match its own features.");
            System.arraycopy(c, 0, centroids, id * x.columns(), c.length);
        }
        progress.checkCancelled();
        progress.report(0.1, "Assigning rows to segments");
        int[] assignments = KMeans.assign(x, centroids, k);
        progress.report(0.6, "Scoring the segments");
        progress.checkCancelled();
        double silhouette = x.rows() > k ? Silhouette.sampled(x, assignments, k, SILHOUETTE_SAMPLE, model.seed()) : Double.NaN;
        progress.report(0.7, "Describing the segments");
        progress.checkCancelled();
        List<SegmentProfile> profiles = SegmentProfiles.build(table, model.featureColumns(), assignments, k,
                model.segmentNames(), null);
        return finish(model, table, x, assignments, profiles, List.of(), silhouette, progress);
    }

    private static SegmentationResult finish(SegmentModel model, DataTable table, FeatureMatrix x, int[] assignments,
                                             List<SegmentProfile> profiles, List<SegmentationResult.KScore> scores,
                                             double silhouette, ProgressSpan progress) {
        progress.report(0.85, "Summarising each column");
        progress.checkCancelled();
        var distributions = DistributionBuilder.build(table, model.featureColumns(), assignments, model.k());
        progress.report(0.9, "Projecting to 2D");
        progress.checkCancelled();
        SegmentationResult.Projection projection = Pca.project(x);
        progress.report(1, "Segmented " + String.format("%,d", table.rowCount()) + " rows into " + model.k() + " segments");
        return new SegmentationResult(model, new SegmentedTable(table, assignments, model.segmentNames()), assignments,
                profiles, scores, model.k(), silhouette, projection, distributions);
    }

    /** order[newId] = old id, by descending size, ties by old id. */
    static int[] largestFirst(int[] assignments, int k) {
        int[] size = new int[k];
        for (int a : assignments) size[a]++;
        return IntStream.range(0, k).boxed()
                .sorted(Comparator.comparingInt((Integer id) -> -size[id]).thenComparingInt(id -> id))
                .mapToInt(Integer::intValue).toArray();
    }

    private static int[] relabel(int[] assignments, int[] order) {
        int[] newId = new int[order.length];
        for (int id = 0; id < order.length; id++) newId[order[id]] = id;
        int[] out = new int[assignments.length];
        for (int r = 0; r < out.length; r++) out[r] = newId[assignments[r]];
        return out;
    }

    private static StudioException tooFewRows(int rows, int k) {
        return new StudioException(String.format("There are only %,d rows: %d segments need at least %d.", rows, k, k + 1));
    }
}
