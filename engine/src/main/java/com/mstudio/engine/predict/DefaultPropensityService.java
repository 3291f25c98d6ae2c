package com.mstudio.engine.predict;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.engine.data.clean.FeatureSuggester;
import com.mstudio.engine.runtime.ProgressSpan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * {@link PropensityService} for the UI and the CLI. Training, scoring and explanations run on the engine lane (every
 * ND4J object lives on that one thread); suggestions, targets, the leakage check, thresholds and files are plain calls.
 * Feature suggestions are the Segments screen's ({@link FeatureSuggester}) without the target, so both screens offer
 * the same defaults.
 */
public final class DefaultPropensityService implements PropensityService {
    private final JobRunner jobs;
    private final CleaningService cleaning;
    private final PropensityTrainer trainer;

    public DefaultPropensityService(JobRunner jobs, CleaningService cleaning) {
        this.jobs = Objects.requireNonNull(jobs);
        this.cleaning = Objects.requireNonNull(cleaning);
        this.trainer = new PropensityTrainer(cleaning);
    }

    @Override
    public List<String> suggestFeatures(DataTable table, String target, Collection<String> personalDataColumns) {
        List<String> out = new ArrayList<>(FeatureSuggester.suggest(table, personalDataColumns));
        out.remove(target);
        return out;
    }

    @Override
    public List<String> targetCandidates(DataTable table) {
        return Targets.candidates(table);
    }

    @Override
    public List<TargetValue> targetValues(DataTable table, String target) {
        return Targets.values(table, target);
    }

    @Override
    public List<LeakageWarning> checkLeakage(DataTable table, String target, String positiveValue, List<String> features) {
        return LeakageCheck.check(table, target, positiveValue, features);
    }

    @Override
    public JobHandle<PropensityResult> train(DataTable table, DataTable testTable, PropensityRequest request, String sourceName,
                                             Executor events, JobListener<? super PropensityResult> listener) {
        Objects.requireNonNull(table);
        Objects.requireNonNull(request);
        return jobs.submit("Train propensity models for " + request.target(), Lane.ENGINE,
                ctx -> trainer.train(table, testTable, request, sourceName, ctx), events, listener);
    }

    @Override
    public JobHandle<DataTable> score(PropensityModel model, DataTable table, Executor events,
                                      JobListener<? super DataTable> listener) {
        Objects.requireNonNull(model);
        Objects.requireNonNull(table);
        return jobs.submit("Score with the " + model.kind().title().toLowerCase(java.util.Locale.ROOT), Lane.ENGINE, ctx -> {
            if (table.rowCount() == 0) throw new StudioException("The table has no rows to score.");
            ProgressSpan progress = new ProgressSpan(ctx, 0, 1);
            progress.report(0, "Preparing the features");
            FeatureMatrix x = features(model, table);
            NetworkScorer scorer = NetworkScorer.of(model);
            double[] scores = scorer.score(x, progress.sub(0.05, 0.95));
            progress.report(0.95, "Writing the scores");
            return ScoredTable.withScores(table, scores);
        }, events, listener);
    }

    @Override
    public JobHandle<Explanation> explain(PropensityModel model, DataTable table, int row, Executor events,
                                          JobListener<? super Explanation> listener) {
        Objects.requireNonNull(model);
        Objects.requireNonNull(table);
        if (row < 0 || row >= table.rowCount()) throw new IllegalArgumentException("no row " + row);
        return jobs.submit("Explain row " + (row + 1), Lane.ENGINE, ctx -> {
            NetworkScorer scorer = NetworkScorer.of(model);
            return Explainer.explain(scorer, cleaning, model.transform(), table, row, model.features());
        }, events, listener);
    }

    @Override
    public ThresholdView atThreshold(ModelEvaluation evaluation, double threshold) {
        return BinaryMetrics.at(evaluation, threshold);
    }

    @Override
    public void save(PropensityModel model, Path file) {
        PropensityModelFiles.save(model, file);
    }

    @Override
    public PropensityModel load(Path file) {
        return PropensityModelFiles.load(file);
    }

    @Override
    public void keep(Workspace workspace, String datasetId, List<PropensityModel> models) {
        PropensityStore.keep(workspace, datasetId, models);
    }

    @Override
    public KeptModels<PropensityModel> kept(Workspace workspace, String datasetId) {
        return PropensityStore.kept(workspace, datasetId);
    }

    /** The model's cleaning applied to {@code table}: one feature row per table row (fills keep every row). */
    private FeatureMatrix features(PropensityModel model, DataTable table) {
        return cleaning.toFeatureMatrix(model.transform(), TrainingData.columns(table, model.features()));
    }
}
