package com.mstudio.engine.segment;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureDistribution;
import com.mstudio.engine.api.FeatureDistribution.Box;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How each chosen column is spread in each segment and in the whole base, on the original values: box plots for
 * numbers, category shares (the 12 most frequent values and "other") for categories and yes/no flags.
 */
final class DistributionBuilder {
    static final int MAX_CATEGORIES = 12;

    private DistributionBuilder() {}

    static List<FeatureDistribution> build(DataTable table, List<String> columns, int[] assignments, int k) {
        List<FeatureDistribution> out = new ArrayList<>();
        for (String name : columns) {
            int c = TableColumns.index(table, name, "describe");
            ColumnType type = table.column(c).type();
            if (type.isNumeric()) out.add(boxes(table, c, name, assignments, k));
            else if (type.isString() || type == ColumnType.BOOLEAN) out.add(shares(table, c, name, assignments, k));
        }
        return out;
    }

    private static FeatureDistribution boxes(DataTable table, int c, String name, int[] assignments, int k) {
        int[] count = new int[k];
        for (int r = 0; r < assignments.length; r++) if (!table.isMissing(r, c)) count[assignments[r]]++;
        double[][] values = new double[k][];
        for (int s = 0; s < k; s++) values[s] = new double[count[s]];
        int[] fill = new int[k];
        for (int r = 0; r < assignments.length; r++) {
            if (!table.isMissing(r, c)) values[assignments[r]][fill[assignments[r]]++] = table.number(r, c);
        }
        List<Box> boxes = new ArrayList<>();
        int total = 0;
        for (int s = 0; s < k; s++) {
            Arrays.sort(values[s]);
            boxes.add(box(values[s]));
            total += count[s];
        }
        double[] all = new double[total];
        int at = 0;
        for (double[] v : values) {
            System.arraycopy(v, 0, all, at, v.length);
            at += v.length;
        }
        Arrays.sort(all);
        boxes.add(box(all));
        return new FeatureDistribution(name, false, boxes, null, null);
    }

    /** Tukey's box on sorted values: quartiles by linear interpolation, whiskers at the furthest values within 1.5 IQR. */
    static Box box(double[] sorted) {
        int n = sorted.length;
        if (n == 0) return new Box(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double q1 = quantile(sorted, 0.25), median = quantile(sorted, 0.5), q3 = quantile(sorted, 0.75);
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr, highFence = q3 + 1.5 * iqr;
        int lo = 0, hi = n - 1;
        while (sorted[lo] < lowFence) lo++;
        while (sorted[hi] > highFence) hi--;
        double sum = 0;
        for (double v : sorted) sum += v;
        return new Box(sorted[lo], q1, median, q3, sorted[hi], sum / n, n);
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        double frac = pos - i;
        return i + 1 < sorted.length ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i];
    }

    private static FeatureDistribution shares(DataTable table, int c, String name, int[] assignments, int k) {
        CodedColumn coded = CodedColumn.of(table, c);
        long[][] counts = coded.countsBySegment(assignments, k);
        List<Integer> ranked = SegmentProfiler.rankedCodes(counts[k], coded.values());
        int own = Math.min(MAX_CATEGORIES, ranked.size());
        boolean other = ranked.size() > own;
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < own; i++) categories.add(coded.values().get(ranked.get(i)));
        if (other) categories.add("other");
        double[][] shares = new double[k + 1][categories.size()];
        for (int s = 0; s <= k; s++) {
            long total = 0;
            for (long n : counts[s]) total += n;
            if (total == 0) continue; // an empty segment: no shares to show
            for (int i = 0; i < ranked.size(); i++) shares[s][Math.min(i, own)] += counts[s][ranked.get(i)] / (double) total;
        }
        return new FeatureDistribution(name, true, null, categories, shares);
    }
}
