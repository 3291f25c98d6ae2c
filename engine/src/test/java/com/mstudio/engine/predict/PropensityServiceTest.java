package com.mstudio.engine.predict;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service on a real job engine: train → score → explain → save/load, live curves, cancel, determinism. */
class PropensityServiceTest {
    /** Few epochs: these tests are about the plumbing, PropensityTelcoTest about quality. */
    private static final PropensityRequest.MlpSettings QUICK = new PropensityRequest.MlpSettings(List.of(64, 32), 0.2, 1e-3, 256, 3, 3);
    private static JobEngine engine;
    private static DefaultPropensityService service;
    private static PropensityResult trained;
    private static final List<Metric> metrics = Collections.synchronizedList(new ArrayList<>());
    private static final List<String> messages = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void trainOnce() {
        engine = PredictTestSupport.engine();
        service = new DefaultPropensityService(engine, new DefaultCleaningService());
        trained = service.train(PredictTestSupport.churn(), null, request(QUICK), "wa_churn.csv", Runnable::run, new JobListener<>() {
            @Override public void onMetric(Metric m) { metrics.add(m); }
            @Override public void onProgress(Progress p) { messages.add(p.message()); }
        }).await();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static PropensityRequest request(PropensityRequest.MlpSettings mlp) {
        return PredictTestSupport.churnRequest(PropensityRequest.Models.BOTH, mlp, 7);
    }

    @Test
    void trainingReportsLiveCurvesForBothModelsAndTheSplit() {
        assertEquals(List.of(Kind.MLP, Kind.LOGISTIC), trained.models().stream().map(m -> m.model().kind()).toList());
        for (TrainedModel m : trained.models()) {
            for (String s : List.of(PropensityService.SERIES_LOSS_TRAIN, PropensityService.SERIES_LOSS_VALIDATION,
                    PropensityService.SERIES_ACCURACY_TRAIN, PropensityService.SERIES_ACCURACY_VALIDATION)) {
                String series = PropensityService.series(m.model().kind(), s);
                List<Long> steps = metrics.stream().filter(x -> x.series().equals(series)).map(Metric::step).toList();
                assertEquals(List.of(1L, 2L, 3L).subList(0, m.curve().size()), steps, series);
            }
            assertEquals(m.curve().size(), 3);
            assertEquals(m.model().test().rocAuc(), m.evaluation().metrics().rocAuc());
            assertTrue(m.model().test().rocAuc() > 0.75, "even 3 epochs learn something: " + m.model().test().rocAuc());
            assertEquals(m.model().features().size(), m.importance().size());
        }
        assertTrue(messages.contains("Neural network: epoch 2 of 3, validation loss "
                + String.format(java.util.Locale.ROOT, "%.4f", trained.models().get(0).curve().get(1).validationLoss())), messages.toString());
        PropensityResult.Split split = trained.split();
        assertEquals(7043, split.trainRows() + split.validationRows() + split.testRows());
        assertEquals(1409, split.testRows());
        assertEquals(7, split.seed());
        assertTrue(split.imbalance().startsWith("class weights 1 : 2.7"), split.imbalance());
        assertEquals(null, trained.models().get(1).model().settings(), "the logistic model has no MLP settings");
    }

    @Test
    void scoringTheTableGivesTheTestScoresOfTraining() {
        for (TrainedModel m : trained.models()) {
            DataTable scored = service.score(m.model(), PredictTestSupport.churn(), Runnable::run, new JobListener<>() {}).await();
            int p = scored.indexOf(ScoredTable.PROPENSITY), d = scored.indexOf(ScoredTable.DECILE);
            assertEquals(7043, scored.rowCount());
            ModelEvaluation e = m.evaluation();
            for (int i = 0; i < e.sourceRows().length; i++) {
                assertEquals(e.scores()[i], scored.number(e.sourceRows()[i], p), 1e-6, "test row " + i);
            }
            for (int r = 0; r < scored.rowCount(); r++) {
                double decile = scored.number(r, d);
                assertTrue(decile >= 1 && decile <= 10);
            }
        }
    }

    @Test
    void explainingARowStartsFromItsScore() {
        PropensityModel mlp = trained.models().get(0).model();
        DataTable scored = service.score(mlp, PredictTestSupport.churn(), Runnable::run, new JobListener<>() {}).await();
        PropensityService.Explanation ex = service.explain(mlp, PredictTestSupport.churn(), 5, Runnable::run, new JobListener<>() {}).await();
        assertEquals(scored.number(5, scored.indexOf(ScoredTable.PROPENSITY)), ex.score(), 1e-6);
        assertEquals(mlp.features().size(), ex.contributions().size());
    }

    @Test
    void aSavedModelScoresTheSameAfterLoading(@TempDir Path dir) {
        PropensityModel mlp = trained.models().get(0).model();
        Path file = dir.resolve("churn-mlp.zip");
        service.save(mlp, file);
        PropensityModel loaded = service.load(file);
        DataTable a = service.score(mlp, PredictTestSupport.churn(), Runnable::run, new JobListener<>() {}).await();
        DataTable b = service.score(loaded, PredictTestSupport.churn(), Runnable::run, new JobListener<>() {}).await();
        int p = a.indexOf(ScoredTable.PROPENSITY);
        for (int r = 0; r < a.rowCount(); r++) assertEquals(a.number(r, p), b.number(r, p), 0, "row " + r);
    }

    @Test
    void theSameRequestTrainsTheSameModels() {
        PropensityResult again = service.train(PredictTestSupport.churn(), null, request(QUICK), Runnable::run, new JobListener<>() {}).await();
        for (int i = 0; i < 2; i++) {
            assertEquals(trained.models().get(i).model().test(), again.models().get(i).model().test(), "identical metrics");
            assertEquals(trained.models().get(i).curve(), again.models().get(i).curve(), "identical curves");
            assertEquals(trained.models().get(i).importance(), again.models().get(i).importance());
        }
    }

    @Test
    void cancelDuringTrainingSucceedsWithTheBestEpochSoFar() {
        PropensityRequest.MlpSettings slow = new PropensityRequest.MlpSettings(List.of(64, 32), 0.2, 1e-3, 256, 60, 60);
        AtomicReference<JobHandle<PropensityResult>> handle = new AtomicReference<>();
        String watched = PropensityService.series(Kind.MLP, PropensityService.SERIES_LOSS_VALIDATION);
        JobHandle<PropensityResult> h = service.train(PredictTestSupport.churn(), null, request(slow), Runnable::run, new JobListener<>() {
            @Override public void onMetric(Metric m) {
                if (m.series().equals(watched) && m.step() == 2) {
                    while (handle.get() == null) Thread.onSpinWait();
                    handle.get().cancel();
                }
            }
        });
        handle.set(h);
        JobOutcome<PropensityResult> outcome = h.outcome().join();
        assertInstanceOf(JobOutcome.Succeeded.class, outcome, "a cancel with a model to keep still succeeds");
        PropensityResult result = ((JobOutcome.Succeeded<PropensityResult>) outcome).value();
        assertEquals(1, result.models().size(), "the logistic regression never started");
        TrainedModel m = result.models().get(0);
        assertTrue(m.cancelled());
        assertEquals(2, m.curve().size(), "stopped within epoch 3");
        assertTrue(m.bestEpoch() <= 2);
        assertTrue(m.evaluation().metrics().rocAuc() > 0.7, "the kept model is evaluated");
        assertEquals(m.model().features().size(), m.importance().size(), "and explained");
    }

    @Test
    void aPositiveValueThatNeverOccursIsAPlainError() {
        PropensityRequest bad = new PropensityRequest("churn", "Maybe", PredictTestSupport.churnFeatures(),
                PropensityRequest.Models.LOGISTIC, QUICK, PropensityRequest.Imbalance.AUTO, 0.15, 0.2, 1);
        StudioException e = assertThrows(StudioException.class,
                () -> service.train(PredictTestSupport.churn(), null, bad, Runnable::run, new JobListener<>() {}).await());
        assertTrue(e.getMessage().contains("No row has churn = \"Maybe\""), e.getMessage());
    }

    @Test
    void targetsAndSuggestionsForTelco() {
        Dataset churn = PredictTestSupport.churn();
        assertTrue(service.targetCandidates(churn).contains("churn"));
        assertEquals("Yes", service.targetValues(churn, "churn").get(0).value());
        assertEquals(1869, service.targetValues(churn, "churn").get(0).count());
        List<String> features = service.suggestFeatures(churn, "churn", List.of("female"));
        assertTrue(!features.contains("churn") && !features.contains("female") && features.contains("tenure"), features.toString());
    }
}
