package com.mstudio.engine.predict;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.Job;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.data.clean.FeatureSuggester;
import com.mstudio.engine.testsupport.ChurnData;

import java.util.ArrayList;
import java.util.List;

/** Shared by the propensity tests: the Telco sample, its default features, and work run on a real engine thread. */
final class PredictTestSupport {
    private static Dataset churn;

    private PredictTestSupport() {}

    /** A job engine with ND4J set up as in the app (its OpenMP threads sized on the engine thread). */
    static JobEngine engine() {
        return new JobEngine(new JobEngine.Config(0, true, 1));
    }

    static synchronized Dataset churn() {
        if (churn == null) churn = ChurnData.load();
        return churn;
    }

    /** The Telco default features: the Segments suggestions without the target. */
    static List<String> churnFeatures() {
        List<String> f = new ArrayList<>(FeatureSuggester.suggest(churn(), List.of()));
        f.remove("churn");
        return f;
    }

    static PropensityRequest churnRequest(PropensityRequest.Models models, PropensityRequest.MlpSettings mlp, long seed) {
        return new PropensityRequest("churn", "Yes", churnFeatures(), models, mlp, PropensityRequest.Imbalance.AUTO, 0.15, 0.20, seed);
    }

    /** Runs {@code job} on the engine thread and waits for its value. */
    static <R> R onEngine(JobEngine engine, Job<R> job) {
        return engine.submit("test", job).await();
    }

    static PropensityTrainer trainer() {
        return new PropensityTrainer(new DefaultCleaningService());
    }

}
