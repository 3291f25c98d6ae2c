package com.mstudio.engine.predict;

import com.mstudio.engine.api.CleaningSpec;
import com.mstudio.engine.api.ColumnStep;
import com.mstudio.engine.api.ColumnStep.Impute;
import com.mstudio.engine.api.ColumnStep.Scale;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.testsupport.ChurnData;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Telco sample with a cleaning transform fitted on it, and a scorer that is a fixed logistic function of a few
 * features: a real model whose every score can be worked out by hand, so the evaluation code can be checked exactly.
 */
final class TelcoFixture {
    static final Dataset TELCO = ChurnData.load();
    static final DefaultCleaningService CLEANING = new DefaultCleaningService();
    static final List<String> FEATURES = TELCO.columns().stream().map(c -> c.name()).filter(n -> !n.equals("churn")).toList();
    static final FittedTransform TRANSFORM = CLEANING.fit(TELCO, spec());

    /** Weights by feature-matrix column name; every other feature has weight 0. */
    static final Map<String, Double> WEIGHTS = Map.of(
            "tenure", -1.2,
            "contract=Month-to-month", 1.0,
            "internet_service=Fiber optic", 0.7);
    static final double BIAS = -1.0;

    private TelcoFixture() {}

    static Scorer linearScorer() {
        return (FeatureMatrix x) -> {
            double[] out = new double[x.rows()];
            for (int r = 0; r < x.rows(); r++) {
                double z = BIAS;
                for (int c = 0; c < x.columns(); c++) z += WEIGHTS.getOrDefault(x.featureNames().get(c), 0.0) * x.get(r, c);
                out[r] = sigmoid(z);
            }
            return out;
        };
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static boolean churned(int row) {
        return TELCO.text(row, TELCO.indexOf("churn")).equals("Yes");
    }

    static FittedTransform.FittedColumn fitted(String column) {
        return TRANSFORM.columns().stream().filter(c -> c.column().equals(column)).findFirst().orElseThrow();
    }

    private static CleaningSpec spec() {
        List<ColumnStep> steps = new ArrayList<>();
        for (String f : FEATURES) {
            ColumnType type = TELCO.column(TELCO.indexOf(f)).type();
            steps.add(switch (type) {
                case INTEGER, DECIMAL -> ColumnStep.number(f, Impute.MEDIAN, Scale.Z_SCORE);
                case BOOLEAN -> ColumnStep.number(f, Impute.MODE, Scale.MIN_MAX);
                default -> ColumnStep.oneHot(f, Impute.MODE, 20);
            });
        }
        return new CleaningSpec(steps);
    }
}
