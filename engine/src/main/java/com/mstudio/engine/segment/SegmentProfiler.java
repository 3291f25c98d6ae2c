package com.mstudio.engine.segment;

import com.mstudio.engine.data.clean.FeatureSuggester;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.SegmentProfile.FeatureContrast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Each segment against the whole base, column by column, on the ORIGINAL values (so "tenure 52 vs 32" reads in the
 * user's units, not in standard deviations of a scaled feature). Numbers and yes/no flags compare means; categories
 * compare each category's share. Missing cells are left out of both sides.
 */
final class SegmentProfiler {
    /** Categories beyond the most frequent ones are compared together as "other". */
    static final int MAX_CATEGORIES = FeatureSuggester.MAX_CATEGORIES;

    private SegmentProfiler() {}

    /** contrasts.get(segment): every column's contrasts, in column order. */
    static List<List<FeatureContrast>> contrasts(DataTable table, List<String> columns, int[] assignments, int k) {
        List<List<FeatureContrast>> out = new ArrayList<>();
        for (int s = 0; s < k; s++) out.add(new ArrayList<>());
        for (String name : columns) {
            int c = TableColumns.index(table, name, "describe");
            ColumnType type = table.column(c).type();
            if (type.isString()) categories(table, c, name, assignments, k, out);
            else if (!type.isTemporal()) numbers(table, c, name, assignments, k, out);
        }
        return out;
    }

    private static void numbers(DataTable table, int c, String name, int[] assignments, int k, List<List<FeatureContrast>> out) {
        double[] sum = new double[k + 1];
        long[] count = new long[k + 1];
        double baseSumSq = 0;
        for (int r = 0; r < assignments.length; r++) {
            if (table.isMissing(r, c)) continue;
            double v = table.number(r, c);
            sum[assignments[r]] += v;
            count[assignments[r]]++;
            sum[k] += v;
            count[k]++;
        }
        double baseMean = count[k] == 0 ? Double.NaN : sum[k] / count[k];
        for (int r = 0; r < assignments.length; r++) {
            if (!table.isMissing(r, c)) baseSumSq += sq(table.number(r, c) - baseMean); // second pass: no cancellation error
        }
        double baseStd = count[k] == 0 ? Double.NaN : Math.sqrt(baseSumSq / count[k]);
        for (int s = 0; s < k; s++) {
            double mean = count[s] == 0 ? Double.NaN : sum[s] / count[s];
            out.get(s).add(new FeatureContrast(name, name, false, mean, baseMean, z(mean, baseMean, baseStd), lift(mean, baseMean)));
        }
    }

    private static void categories(DataTable table, int c, String name, int[] assignments, int k, List<List<FeatureContrast>> out) {
        CodedColumn coded = CodedColumn.of(table, c);
        long[][] counts = coded.countsBySegment(assignments, k);
        List<Integer> ranked = rankedCodes(counts[k], coded.values());
        List<Integer> own = ranked.subList(0, Math.min(MAX_CATEGORIES, ranked.size()));
        boolean other = ranked.size() > own.size();
        long[] total = new long[k + 1];
        for (int s = 0; s <= k; s++) for (long n : counts[s]) total[s] += n;
        for (int i = 0; i < own.size() + (other ? 1 : 0); i++) {
            long[] inCategory = new long[k + 1];
            if (i < own.size()) {
                for (int s = 0; s <= k; s++) inCategory[s] = counts[s][own.get(i)];
            } else {
                for (int code : ranked.subList(own.size(), ranked.size())) for (int s = 0; s <= k; s++) inCategory[s] += counts[s][code];
            }
            String label = i < own.size() ? coded.values().get(own.get(i)) : "other";
            double base = share(inCategory[k], total[k]);
            double std = Math.sqrt(base * (1 - base)); // the 0/1 indicator's standard deviation
            for (int s = 0; s < k; s++) {
                double seg = share(inCategory[s], total[s]);
                out.get(s).add(new FeatureContrast(name + "=" + label, name, true, seg, base, z(seg, base, std), lift(seg, base)));
            }
        }
    }

    /** Codes by descending base count, then by text, so the order never depends on the file's row order. */
    static List<Integer> rankedCodes(long[] baseCounts, List<String> values) {
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < baseCounts.length; i++) if (baseCounts[i] > 0) codes.add(i);
        codes.sort(Comparator.comparingLong((Integer i) -> -baseCounts[i]).thenComparing(values::get));
        return codes;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }

    private static double z(double value, double base, double std) {
        if (Double.isNaN(value) || Double.isNaN(base)) return Double.NaN;
        return std > 0 ? (value - base) / std : 0;
    }

    private static double lift(double value, double base) {
        return base == 0 || Double.isNaN(base) ? Double.NaN : value / base;
    }

    private static double sq(double x) {
        return x * x;
    }
}
