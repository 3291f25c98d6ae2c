package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;

import java.time.Instant;
import java.util.List;

/**
 * The RFM path: per-customer measures → quintile scores (cut points learned here, or the saved ones when assigning)
 * → the nine named groups of {@link RfmGroups} → profiles described by the groups' average recency, frequency and
 * spend → a 2D projection of the three z-scored measures.
 */
final class RfmSegmenter {
    private RfmSegmenter() {}

    static SegmentationResult segment(DataTable table, RfmColumns columns, long seed, String sourceName, JobContext ctx) {
        ProgressSpan progress = new ProgressSpan(ctx, 0, 1);
        RfmMeasures m = RfmMeasures.of(table, columns, progress.sub(0, 0.5));
        SegmentModel.RfmScoring scoring = new SegmentModel.RfmScoring(columns, RfmScorer.LEVELS, m.asOf(),
                RfmScorer.cuts(m.recency()), RfmScorer.cuts(m.frequency()), RfmScorer.cuts(m.monetary()));
        SegmentModel model = new SegmentModel(SegmentModel.FORMAT_VERSION, SegmentationRequest.Method.RFM,
                Instant.now().toString(), sourceName, seed, List.of(), null, null, scoring, RfmGroups.NAMES);
        return score(model, m, progress);
    }

    static SegmentationResult assign(SegmentModel model, DataTable table, JobContext ctx) {
        ProgressSpan progress = new ProgressSpan(ctx, 0, 1);
        if (model.rfm() == null || model.k() != RfmGroups.NAMES.size()) {
            throw new StudioException("The saved RFM segmentation is incomplete: it has no cut points or not nine groups.");
        }
        RfmMeasures m = RfmMeasures.of(table, model.rfm().columns(), progress.sub(0, 0.5));
        return score(model, m, progress);
    }

    private static SegmentationResult score(SegmentModel model, RfmMeasures m, ProgressSpan progress) {
        progress.report(0.5, "Scoring recency, frequency and spend");
        progress.checkCancelled();
        SegmentModel.RfmScoring s = model.rfm();
        int n = m.recency().length;
        int[] r = new int[n], f = new int[n], mo = new int[n], assignments = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = RfmScorer.recencyScore(m.recency()[i], s.recencyCuts());
            f[i] = RfmScorer.score(m.frequency()[i], s.frequencyCuts());
            mo[i] = RfmScorer.score(m.monetary()[i], s.monetaryCuts());
            assignments[i] = RfmGroups.group(r[i], f[i], mo[i]);
        }
        DataTable base = m.segmentedBase(r, f, mo);
        int k = RfmGroups.NAMES.size();
        progress.report(0.6, "Describing the groups");
        progress.checkCancelled();
        double[][] means = RfmDescriptions.means(m, assignments, k);
        List<SegmentProfile> profiles = SegmentProfiles.build(base, m.measureColumns(), assignments, k, model.segmentNames(),
                id -> RfmDescriptions.describe(means[id]));
        progress.report(0.75, "Summarising each measure");
        progress.checkCancelled();
        var distributions = DistributionBuilder.build(base, m.measureColumns(), assignments, k);
        progress.report(0.85, "Projecting to 2D");
        progress.checkCancelled();
        SegmentationResult.Projection projection = Pca.project(zScored(m));
        progress.report(1, String.format("Scored %,d customers", n));
        return new SegmentationResult(model, new SegmentedTable(base, assignments, model.segmentNames()), assignments,
                profiles, List.of(), k, Double.NaN, projection, distributions);
    }

    /** The three measures z-scored (a missing one at the mean), so that days, counts and money weigh alike in the PCA. */
    static FeatureMatrix zScored(RfmMeasures m) {
        double[][] measures = {m.recency(), m.frequency(), m.monetary()};
        int n = m.recency().length;
        float[] values = new float[n * 3];
        for (int j = 0; j < 3; j++) {
            double sum = 0, sq = 0;
            int count = 0;
            for (double v : measures[j]) if (!Double.isNaN(v)) { sum += v; count++; }
            double mean = count == 0 ? 0 : sum / count;
            for (double v : measures[j]) if (!Double.isNaN(v)) sq += (v - mean) * (v - mean);
            double std = count == 0 ? 0 : Math.sqrt(sq / count);
            for (int i = 0; i < n; i++) {
                double v = measures[j][i];
                values[i * 3 + j] = Double.isNaN(v) || std == 0 ? 0f : (float) ((v - mean) / std);
            }
        }
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        return new FeatureMatrix(values, n, 3, m.measureColumns(), rows);
    }
}
