package com.mstudio.engine.predict;

import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityResult.FeatureImportance;
import com.mstudio.engine.api.PropensityService.ThresholdView;
import com.mstudio.engine.data.clean.DefaultCleaningService;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quality bar: on the Telco sample both models reach a test ROC AUC around 0.84. */
class PropensityTelcoTest {
    private static JobEngine engine;

    @BeforeAll
    static void start() {
        engine = PredictTestSupport.engine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void bothModelsReachTheUsualAucOnTelco() {
        PropensityRequest request = PredictTestSupport.churnRequest(PropensityRequest.Models.BOTH,
                PropensityRequest.MlpSettings.DEFAULT, PropensityRequest.DEFAULT_SEED);
        PropensityResult result = PredictTestSupport.onEngine(engine,
                ctx -> PredictTestSupport.trainer().train(PredictTestSupport.churn(), null, request, "wa_churn.csv", ctx));
        assertEquals(2, result.models().size());
        for (TrainedModel m : result.models()) {
            System.out.printf(Locale.ROOT, "Telco %s: test ROC AUC %.4f, PR AUC %.4f, at threshold %.2f: accuracy %.3f, precision %.3f, "
                            + "recall %.3f, F1 %.3f, best epoch %d of %d, %.1f s, %s%n",
                    m.model().kind(), m.evaluation().metrics().rocAuc(), m.evaluation().metrics().prAuc(),
                    m.evaluation().metrics().threshold(), m.evaluation().metrics().accuracy(),
                    m.evaluation().metrics().precision(), m.evaluation().metrics().recall(),
                    m.evaluation().metrics().f1(), m.bestEpoch(), m.curve().size(),
                    m.seconds(), m.model().imbalance());
            assertTrue(m.evaluation().metrics().rocAuc() >= 0.80, m.model().kind() + " AUC " + m.evaluation().metrics().rocAuc());
        }
        assertEquals(Kind.MLP, result.models().get(0).model().kind());
        System.out.println("split " + result.split() + " top " + result.models().get(0).importance().subList(0, 3));
    }

    /**
     * Class weights (chosen automatically: 26.5% churners) make the network's raw output the odds of level classes;
     * the saved prior correction turns it back into a probability. The raw test scores are recomputed from the saved
     * network and compared with the evaluation's: the mean calibrated score is the churn rate, the raw one is far
     * above it, and ROC AUC, PR AUC and permutation importance are identical (the correction keeps the order).
     */
    @Test
    void classWeightedScoresAreCalibratedProbabilitiesWithTheSameRanking() {
        PropensityRequest.MlpSettings quick = new PropensityRequest.MlpSettings(List.of(64, 32), 0.2, 1e-3, 128, 25, 4);
        PropensityRequest request = PredictTestSupport.churnRequest(PropensityRequest.Models.BOTH, quick,
                PropensityRequest.DEFAULT_SEED);
        DefaultCleaningService cleaning = new DefaultCleaningService();
        PredictTestSupport.onEngine(engine, ctx -> {
            PropensityResult result = new PropensityTrainer(cleaning).train(PredictTestSupport.churn(), null, request, "wa_churn.csv", ctx);
            TrainingData data = TrainingData.prepare(cleaning, PredictTestSupport.churn(), null, request);
            assertEquals(PropensityRequest.Imbalance.CLASS_WEIGHTS, data.balance().method());
            List<String> names = data.transform().featureNames();
            boolean[] actual = data.test().actual();
            double rate = mean(actual);
            for (TrainedModel m : result.models()) {
                PropensityModel model = m.model();
                ModelEvaluation e = m.evaluation();
                assertArrayEquals(actual, e.actual(), "the same test rows");
                assertEquals(data.balance().scoreOddsFactor(), model.scoreOddsFactor(), 1e-12);
                assertEquals(1 / 2.77, model.scoreOddsFactor(), 0.01, "weights 1 : 2.77 → odds ÷ 2.77");

                NetworkScorer raw = new NetworkScorer(Networks.fromZip(model.networkZip()));
                double[] rawScores = raw.score(data.test().matrix(names));
                double[] calibrated = e.scores();
                for (int i = 0; i < calibrated.length; i++) {
                    assertEquals(NetworkScorer.correct(rawScores[i], model.scoreOddsFactor()), calibrated[i], 1e-6, "row " + i);
                }
                ModelEvaluation before = BinaryMetrics.evaluate(rawScores, actual, e.sourceRows(), 0.5);
                assertEquals(before.metrics().rocAuc(), e.metrics().rocAuc(), 1e-12, "ROC AUC unchanged");
                assertEquals(before.metrics().prAuc(), e.metrics().prAuc(), 1e-12, "PR AUC unchanged");
                assertEquals(before.gains(), e.gains(), "gains unchanged");

                // The default threshold: best F1 on the validation rows, with the calibrated scores.
                NetworkScorer corrected = NetworkScorer.of(model);
                double expected = BinaryMetrics.bestF1Threshold(corrected.score(data.validation().matrix(names)),
                        data.validation().actual(), data.positiveShare());
                double t = e.metrics().threshold();
                assertEquals(expected, t, 1e-12);
                assertTrue(t > 0.1 && t < 0.5, "a calibrated cut below 0.5: " + t);
                ThresholdView atT = BinaryMetrics.at(e, t);
                assertEquals(atT.precision(), e.metrics().precision(), 1e-12);
                assertEquals(atT.recall(), e.metrics().recall(), 1e-12);

                double meanRaw = mean(rawScores), meanCalibrated = mean(calibrated);
                System.out.printf(Locale.ROOT, "Telco %s calibration: test churn rate %.3f; mean score raw %.3f -> calibrated %.3f;"
                                + " ROC AUC %.4f (raw %.4f), PR AUC %.4f; raw at 0.50: precision %.3f recall %.3f;"
                                + " calibrated at %.2f (best validation F1): precision %.3f recall %.3f F1 %.3f%n",
                        model.kind(), rate, meanRaw, meanCalibrated, e.metrics().rocAuc(), before.metrics().rocAuc(),
                        e.metrics().prAuc(), before.metrics().precision(), before.metrics().recall(), t,
                        e.metrics().precision(), e.metrics().recall(), e.metrics().f1());
                assertEquals(rate, meanCalibrated, 0.05, "calibrated scores average the churn rate");
                assertTrue(meanRaw > rate + 0.1, "the weighted network overstates churn: " + meanRaw);

                if (model.kind() == PropensityModel.Kind.LOGISTIC) {
                    // Importance measures AUC drops: the same with raw and calibrated scores.
                    List<FeatureImportance> a = PermutationImportance.compute(raw, cleaning, data.transform(), data.testTable(),
                            data.test().sourceRows(), actual, request.features(), request.seed(), 1, null);
                    List<FeatureImportance> b = PermutationImportance.compute(corrected, cleaning, data.transform(),
                            data.testTable(), data.test().sourceRows(), actual, request.features(), request.seed(), 1, null);
                    assertEquals(a.size(), b.size());
                    for (int i = 0; i < a.size(); i++) {
                        assertEquals(a.get(i).column(), b.get(i).column());
                        assertEquals(a.get(i).aucDrop(), b.get(i).aucDrop(), 1e-12, a.get(i).column());
                    }
                }
            }
            // For comparison: a logistic regression trained without weights (its scores need no correction).
            PropensityRequest plain = new PropensityRequest("churn", "Yes", request.features(), PropensityRequest.Models.LOGISTIC,
                    quick, PropensityRequest.Imbalance.NONE, 0.15, 0.20, request.seed());
            TrainedModel unweighted = new PropensityTrainer(cleaning).train(PredictTestSupport.churn(), null, plain, "", ctx)
                    .models().get(0);
            assertEquals(1.0, unweighted.model().scoreOddsFactor());
            PropensityModel.Metrics u = unweighted.evaluation().metrics();
            System.out.printf(Locale.ROOT, "Telco LOGISTIC without weights: mean score %.3f, ROC AUC %.4f; at %.2f: precision %.3f recall %.3f%n",
                    mean(unweighted.evaluation().scores()), u.rocAuc(), u.threshold(), u.precision(), u.recall());
            return null;
        });
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double mean(boolean[] v) {
        int n = 0;
        for (boolean x : v) if (x) n++;
        return n / (double) v.length;
    }
}
