package com.mstudio.engine.segment.report;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.FeatureDistribution.Box;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentProfile;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;
import com.mstudio.engine.api.SegmentationRequest.Method;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.SegmentationResult.KScore;
import com.mstudio.engine.api.SegmentationResult.Projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Segmentation results built from generated rows, for testing the renderer on its own: each segment draws its numbers
 * from its own normal distribution, and the profiles, boxes and projection are computed from those rows, so every
 * figure in the report is consistent with the data.
 */
final class ReportFixtures {
    static final String[] NUMERIC = {"tenure", "monthly_charges", "total_charges"};

    private ReportFixtures() {}

    /** k-means over {@code rows} rows in {@code names.length} segments; with an auto-k scan over 2..8 when {@code autoK}. */
    static SegmentationResult kmeans(int rows, List<String> names, boolean autoK, long seed) {
        int k = names.size();
        Random random = new Random(seed);
        int[] assign = new int[rows];
        float[] px = new float[rows];
        float[] py = new float[rows];
        double[][] values = new double[NUMERIC.length][rows];
        boolean[] twoYear = new boolean[rows];
        double[] weights = new double[k];
        for (int s = 0; s < k; s++) weights[s] = 1.0 / (s + 1.5);
        double sum = Arrays.stream(weights).sum();
        for (int i = 0; i < rows; i++) {
            double u = random.nextDouble() * sum;
            int s = 0;
            while (s < k - 1 && (u -= weights[s]) > 0) s++;
            assign[i] = s;
            double angle = 2 * Math.PI * s / k;
            px[i] = (float) (3 * Math.cos(angle) + random.nextGaussian());
            py[i] = (float) (2 * Math.sin(angle) + random.nextGaussian() * 0.8);
            values[0][i] = Math.max(0, 10 + 12 * s + 8 * random.nextGaussian());
            values[1][i] = Math.max(18, 90 - 15 * s + 12 * random.nextGaussian());
            values[2][i] = values[0][i] * values[1][i];
            twoYear[i] = random.nextDouble() < 0.1 + 0.2 * s;
        }
        List<SegmentProfile> profiles = new ArrayList<>();
        List<FeatureDistribution> distributions = new ArrayList<>();
        for (int c = 0; c < NUMERIC.length; c++) distributions.add(numericDistribution(NUMERIC[c], values[c], assign, k));
        for (int s = 0; s < k; s++) {
            List<FeatureContrast> contrasts = new ArrayList<>();
            int size = 0;
            for (int a : assign) if (a == s) size++;
            for (int c = 0; c < NUMERIC.length; c++) contrasts.add(numericContrast(NUMERIC[c], values[c], assign, s));
            double[] indicator = new double[rows];
            for (int i = 0; i < rows; i++) indicator[i] = twoYear[i] ? 1 : 0;
            FeatureContrast n = numericContrast("contract", indicator, assign, s);
            contrasts.add(new FeatureContrast("contract=Two year", "contract", true, n.segmentValue(), n.baseValue(), n.zScore(), n.lift()));
            List<String> top = contrasts.stream()
                    .sorted((a, b) -> Double.compare(Math.abs(b.zScore()), Math.abs(a.zScore())))
                    .map(c -> c.feature() + (c.zScore() > 0 ? " high" : " low")).toList();
            profiles.add(new SegmentProfile(s, names.get(s), String.join(" \u00B7 ", top.subList(0, 3)), size, (double) size / rows,
                    contrasts, top));
        }
        List<KScore> scan = new ArrayList<>();
        if (autoK) {
            for (int kk = 2; kk <= 8; kk++) scan.add(new KScore(kk, 90_000.0 / Math.pow(kk, 0.9) + 1000 * kk, 0.2 + 0.15 * Math.exp(-Math.abs(kk - k))));
        }
        SegmentModel model = new SegmentModel(SegmentModel.FORMAT_VERSION, Method.KMEANS, "2026-11-30T02:00:00Z", "wa_churn.csv", seed,
                List.of("tenure", "monthly_charges", "total_charges", "contract"), null, List.of(), null, names);
        return new SegmentationResult(model, table(rows), assign, profiles, scan, k, 0.31,
                new Projection(px, py, new double[] {0.41, 0.22}), distributions);
    }

    /** A transactional RFM result with the nine named groups. */
    static SegmentationResult rfm(int rows) {
        List<String> names = List.of("Champions", "Loyal", "Potential loyalist", "New", "Needs attention", "At risk", "Can't lose",
                "Hibernating", "Lost");
        SegmentationResult base = kmeans(rows, names, false, 7);
        SegmentModel.RfmScoring scoring = new SegmentModel.RfmScoring(RfmColumns.transactions("customer_id", "date", "amount"), 5,
                "2026-10-31", new double[] {10, 30, 60, 120}, new double[] {1, 2, 4, 8}, new double[] {50, 100, 250, 600});
        SegmentModel model = new SegmentModel(SegmentModel.FORMAT_VERSION, Method.RFM, "2026-11-30T02:00:00Z", "transactions.csv", 42,
                List.of(), null, List.of(), scoring, names);
        return new SegmentationResult(model, base.segmented(), base.assignments(), base.profiles(), List.of(), names.size(), Double.NaN,
                base.projection(), base.distributions());
    }

    private static FeatureContrast numericContrast(String name, double[] v, int[] assign, int segment) {
        double all = 0, in = 0;
        int nIn = 0;
        for (int i = 0; i < v.length; i++) {
            all += v[i];
            if (assign[i] == segment) {
                in += v[i];
                nIn++;
            }
        }
        double mean = all / v.length;
        double var = 0;
        for (double x : v) var += (x - mean) * (x - mean);
        double sd = Math.sqrt(var / v.length);
        double segMean = nIn == 0 ? Double.NaN : in / nIn;
        return new FeatureContrast(name, name, false, segMean, mean, (segMean - mean) / sd, segMean / mean);
    }

    private static FeatureDistribution numericDistribution(String name, double[] v, int[] assign, int k) {
        List<Box> boxes = new ArrayList<>();
        for (int s = 0; s <= k; s++) {
            final int seg = s;
            double[] x = java.util.stream.IntStream.range(0, v.length).filter(i -> seg == k || assign[i] == seg).mapToDouble(i -> v[i]).sorted().toArray();
            boxes.add(box(x));
        }
        return new FeatureDistribution(name, false, boxes, null, null);
    }

    private static Box box(double[] sorted) {
        if (sorted.length == 0) return new Box(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double q1 = quantile(sorted, 0.25), med = quantile(sorted, 0.5), q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        double lo = sorted[0], hi = sorted[sorted.length - 1];
        for (double x : sorted) if (x >= q1 - 1.5 * iqr) { lo = x; break; }
        for (int i = sorted.length - 1; i >= 0; i--) if (sorted[i] <= q3 + 1.5 * iqr) { hi = sorted[i]; break; }
        return new Box(lo, q1, med, q3, hi, Arrays.stream(sorted).average().orElse(Double.NaN), sorted.length);
    }

    private static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) pos;
        return i + 1 < sorted.length ? sorted[i] + (sorted[i + 1] - sorted[i]) * (pos - i) : sorted[i];
    }

    static DataTable table(int rows) {
        return new DataTable() {
            @Override public int rowCount() { return rows; }
            @Override public int columnCount() { return 1; }
            @Override public List<ColumnInfo> columns() { return List.of(new ColumnInfo("row", ColumnType.INTEGER, 0)); }
            @Override public boolean isMissing(int row, int column) { return false; }
            @Override public String text(int row, int column) { return Integer.toString(row); }
            @Override public double number(int row, int column) { return row; }
        };
    }
}
