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

import java.util.Locale;

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
            System.out.printf(Locale.ROOT, "Telco %s: test ROC AUC %.4f, PR AUC %.4f, accuracy %.3f, F1 %.3f, best epoch %d of %d, %.1f s, %s%n",
                    m.model().kind(), m.evaluation().metrics().rocAuc(), m.evaluation().metrics().prAuc(),
                    m.evaluation().metrics().accuracy(), m.evaluation().metrics().f1(), m.bestEpoch(), m.curve().size(),
                    m.seconds(), m.model().imbalance());
            assertTrue(m.evaluation().metrics().rocAuc() >= 0.80, m.model().kind() + " AUC " + m.evaluation().metrics().rocAuc());
        }
        assertEquals(Kind.MLP, result.models().get(0).model().kind());
        System.out.println("split " + result.split() + " top " + result.models().get(0).importance().subList(0, 3));
    }
}
