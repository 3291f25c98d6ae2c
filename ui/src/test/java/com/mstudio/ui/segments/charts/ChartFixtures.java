package com.mstudio.ui.segments.charts;

import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;
import com.mstudio.engine.api.SegmentationResult.KScore;
import com.mstudio.engine.api.SegmentationResult.Projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Telco-like chart inputs, built directly as the engine's records (fixed seeds). */
final class ChartFixtures {
    static final List<String> NAMES = List.of(
            "Long tenure, Two year contract",
            "New, month-to-month, fiber optic",
            "Low spend, no internet service",
            "Mid tenure, high monthly charges");
    static final int[] SIZES = {2113, 1872, 1526, 1532};

    /** Features in input-column order: numbers first, then one row per category. */
    static final String[][] FEATURES = {
            {"tenure", "tenure", "n"}, {"MonthlyCharges", "MonthlyCharges", "n"}, {"TotalCharges", "TotalCharges", "n"},
            {"SeniorCitizen", "SeniorCitizen", "n"}, {"Churn", "Churn", "n"},
            {"Contract=Month-to-month", "Contract", "c"}, {"Contract=One year", "Contract", "c"},
            {"Contract=Two year", "Contract", "c"},
            {"InternetService=Fiber optic", "InternetService", "c"}, {"InternetService=DSL", "InternetService", "c"},
            {"InternetService=No", "InternetService", "c"},
            {"PaymentMethod=Electronic check", "PaymentMethod", "c"}, {"PaymentMethod=Mailed check", "PaymentMethod", "c"},
            {"PaymentMethod=Bank transfer (automatic)", "PaymentMethod", "c"},
            {"PaymentMethod=Credit card (automatic)", "PaymentMethod", "c"},
            {"PaperlessBilling=Yes", "PaperlessBilling", "c"}, {"Partner=Yes", "Partner", "c"},
            {"Dependents=Yes", "Dependents", "c"}, {"TechSupport=Yes", "TechSupport", "c"},
            {"StreamingTV=Yes", "StreamingTV", "c"}};

    private ChartFixtures() {}

    static List<SegmentProfile> profiles() {
        return profiles(NAMES.size(), FEATURES.length);
    }

    /** k segments with {@code features} contrasts each (repeating the Telco features with a suffix beyond 20). */
    static List<SegmentProfile> profiles(int k, int features) {
        Random random = new Random(42);
        int total = 0;
        for (int s = 0; s < k; s++) total += SIZES[s % SIZES.length];
        List<SegmentProfile> out = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            List<FeatureContrast> contrasts = new ArrayList<>();
            for (int f = 0; f < features; f++) {
                String[] def = FEATURES[f % FEATURES.length];
                String name = f < FEATURES.length ? def[0] : def[0] + " #" + (f / FEATURES.length + 1);
                boolean categorical = def[2].equals("c");
                double base = categorical ? 0.2 + 0.5 * random.nextDouble() : 10 + 60 * random.nextDouble();
                double z = Math.max(-2.6, Math.min(2.6, random.nextGaussian() * 1.1));
                double value = categorical ? Math.max(0, Math.min(1, base + z * 0.2)) : base + z * base * 0.3;
                contrasts.add(new FeatureContrast(name, def[1], categorical, value, base, z, value / base));
            }
            String name = s < NAMES.size() ? NAMES.get(s) : "Segment with a fairly long name " + (s + 1);
            int size = SIZES[s % SIZES.length];
            out.add(new SegmentProfile(s, name, "Long tenure · two-year contract · high monthly spend · low churn", size,
                    size / (double) total, contrasts, List.of("tenure high", "Contract = Two year")));
        }
        return out;
    }

    /** Tenure per segment, then all customers. */
    static FeatureDistribution tenure() {
        return new FeatureDistribution("tenure", false, List.of(
                new FeatureDistribution.Box(38, 56, 66, 71, 72, 61.8, 2113),
                new FeatureDistribution.Box(1, 2, 6, 14, 32, 9.4, 1872),
                new FeatureDistribution.Box(1, 9, 25, 47, 72, 28.6, 1526),
                new FeatureDistribution.Box(3, 20, 34, 51, 72, 35.2, 1532),
                new FeatureDistribution.Box(0, 9, 29, 55, 72, 32.4, 7043)), null, null);
    }

    static FeatureDistribution contract() {
        return new FeatureDistribution("Contract", true, null, List.of("Month-to-month", "Two year", "One year"),
                new double[][]{{0.08, 0.66, 0.26}, {0.93, 0.01, 0.06}, {0.35, 0.34, 0.31}, {0.62, 0.14, 0.24},
                        {0.55, 0.24, 0.21}});
    }

    static List<KScore> kScan() {
        double[] inertia = {52_400, 38_900, 27_300, 24_800, 22_900, 21_400, 20_300, 19_500, 18_800};
        double[] silhouette = {0.281, 0.302, 0.347, 0.318, 0.297, 0.276, 0.262, 0.251, 0.243};
        List<KScore> out = new ArrayList<>();
        for (int i = 0; i < inertia.length; i++) out.add(new KScore(i + 2, inertia[i], silhouette[i]));
        return out;
    }

    /** {@code n} points in four Gaussian blobs, segment i around centre i. */
    static Projection projection(int n, int[] assignmentsOut) {
        double[][] centres = {{2.2, 0.6}, {-2.0, 1.2}, {-0.4, -2.1}, {0.6, 1.6}};
        Random random = new Random(7);
        float[] x = new float[n], y = new float[n];
        for (int i = 0; i < n; i++) {
            int s = i % 4;
            assignmentsOut[i] = s;
            x[i] = (float) (centres[s][0] + random.nextGaussian() * 0.75);
            y[i] = (float) (centres[s][1] + random.nextGaussian() * 0.55);
        }
        return new Projection(x, y, new double[]{0.342, 0.187});
    }
}
