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
        int n = assignments.length;
        int[] start = new int[k + 1];
        for (int r = 0; r < n; r++) if (!table.isMissing(r, c)) start[assignments[r] + 1]++;
        for (int s = 0; s < k; s++) start[s + 1] += start[s];
        double[] grouped = new double[start[k]]; // the values segment by segment: one array, no per-segment copies
        int[] at = start.clone();
        for (int r = 0; r < n; r++) if (!table.isMissing(r, c)) grouped[at[assignments[r]]++] = table.number(r, c);
        List<Box> boxes = new ArrayList<>();
        for (int s = 0; s < k; s++) {
            Arrays.sort(grouped, start[s], start[s + 1]);
            boxes.add(box(grouped, start[s], start[s + 1]));
        }
        double[] all = mergeRuns(grouped, start);
        boxes.add(box(all, 0, all.length));
        return new FeatureDistribution(name, false, boxes, null, null);
    }

    /** The sorted runs {@code [start[s], start[s+1])} merged pairwise: log2(k) linear passes instead of a second sort. */
    static double[] mergeRuns(double[] values, int[] start) {
        double[] a = values.clone(), b = new double[values.length];
        int[] bounds = start.clone();
        while (bounds.length > 2) {
            int runs = bounds.length - 1;
            int[] next = new int[(runs + 1) / 2 + 1];
            for (int i = 0, j = 0; i < runs; i += 2, j++) {
                int lo = bounds[i], mid = bounds[i + 1], hi = i + 2 <= runs ? bounds[i + 2] : mid;
                int x = lo, y = mid, out = lo;
                while (x < mid && y < hi) b[out++] = a[x] <= a[y] ? a[x++] : a[y++];
                while (x < mid) b[out++] = a[x++];
                while (y < hi) b[out++] = a[y++];
                next[j] = lo;
                next[j + 1] = hi;
            }
            double[] swap = a;
            a = b;
            b = swap;
            bounds = next;
        }
        return a;
    }

    /** Tukey's box on sorted values: quartiles by linear interpolation, whiskers at the furthest values within 1.5 IQR. */
    static Box box(double[] sorted, int from, int to) {
        int n = to - from;
        if (n == 0) return new Box(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double q1 = quantile(sorted, from, to, 0.25), median = quantile(sorted, from, to, 0.5), q3 = quantile(sorted, from, to, 0.75);
        double iqr = q3 - q1;
        double lowFence = q1 - 1.5 * iqr, highFence = q3 + 1.5 * iqr;
        int lo = from, hi = to - 1;
        while (sorted[lo] < lowFence) lo++;
        while (sorted[hi] > highFence) hi--;
        double sum = 0;
        for (int i = from; i < to; i++) sum += sorted[i];
        return new Box(sorted[lo], q1, median, q3, sorted[hi], sum / n, n);
    }

    static double quantile(double[] sorted, int from, int to, double q) {
        double pos = from + q * (to - from - 1);
        int i = (int) Math.floor(pos);
        double frac = pos - i;
        return i + 1 < to ? sorted[i] + frac * (sorted[i + 1] - sorted[i]) : sorted[i];
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
