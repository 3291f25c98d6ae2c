package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.PropensityService.LeakageWarning;
import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds features that nearly give the target away: a copy of the target, or a "churn_date" that is filled only for
 * churners. Each feature alone is scored by how well it separates the classes, as a ROC AUC folded to 0.5..1 (0.5:
 * no better than a coin, 1: perfect, whichever direction): numbers by their value, categories by the target rate of
 * their category. Whether a number is missing is checked separately, because "filled only for churners" is exactly
 * the leak a date recorded after the outcome makes. One rank pass per feature: quick on 100k rows.
 */
final class LeakageCheck {
    /** A single feature this good at predicting the target is more likely a leak than a discovery. */
    static final double THRESHOLD = 0.95;
    /** Target rates per category only mean something when categories repeat; an identifier would score 1.0. */
    static final int MAX_CATEGORIES = 200;

    private LeakageCheck() {}

    static List<LeakageWarning> check(DataTable table, String target, String positiveValue, List<String> features) {
        Targets.Labels labels = Targets.labels(table, target, positiveValue);
        List<LeakageWarning> out = new ArrayList<>();
        for (String feature : features) {
            int c = table.indexOf(feature);
            if (c < 0) throw new StudioException("This file has no column \"" + feature + "\".", null, -1, feature);
            LeakageWarning w = check(table, c, labels, target, positiveValue);
            if (w != null) out.add(w);
        }
        out.sort(Comparator.comparingDouble(LeakageWarning::separation).reversed());
        return out;
    }

    /** How well the feature alone separates the classes (folded AUC), or NaN when it cannot be measured. */
    static double separation(DataTable table, int c, Targets.Labels labels) {
        Separation s = measure(table, c, labels);
        if (Double.isNaN(s.byMissing)) return s.byValue;
        return Double.isNaN(s.byValue) ? s.byMissing : Math.max(s.byValue, s.byMissing);
    }

    private record Separation(double byValue, double byMissing) {}

    private static LeakageWarning check(DataTable table, int c, Targets.Labels labels, String target, String positiveValue) {
        Separation s = measure(table, c, labels);
        String name = table.column(c).name();
        String outcome = target + " = " + positiveValue;
        if (s.byMissing >= THRESHOLD && !(s.byValue > s.byMissing)) {
            return new LeakageWarning(name, s.byMissing, String.format(Locale.ROOT,
                    "Whether \"%s\" is empty alone tells %s from the rest almost perfectly (AUC %.2f). It is probably "
                            + "recorded after the outcome; leave it out unless it is known before the prediction is made.",
                    name, outcome, s.byMissing));
        }
        if (s.byValue >= THRESHOLD) {
            return new LeakageWarning(name, s.byValue, String.format(Locale.ROOT,
                    "\"%s\" alone tells %s from the rest almost perfectly (AUC %.2f). It may be another form of the target "
                            + "or recorded after the outcome; leave it out unless it is known before the prediction is made.",
                    name, outcome, s.byValue));
        }
        return null;
    }

    private static Separation measure(DataTable table, int c, Targets.Labels labels) {
        ColumnType type = table.column(c).type();
        int[] rows = labels.rows();
        boolean[] actual = labels.positive();
        if (type.isNumeric() || type.isTemporal()) {
            int present = 0;
            for (int r : rows) if (!table.isMissing(r, c)) present++;
            double[] values = new double[present];
            boolean[] presentActual = new boolean[present];
            double[] isMissing = new double[rows.length];
            for (int i = 0, k = 0; i < rows.length; i++) {
                if (table.isMissing(rows[i], c)) {
                    isMissing[i] = 1;
                } else {
                    values[k] = table.number(rows[i], c);
                    presentActual[k++] = actual[i];
                }
            }
            double byMissing = present < rows.length ? fold(BinaryMetrics.rocAuc(isMissing, actual)) : Double.NaN;
            return new Separation(fold(BinaryMetrics.rocAuc(values, presentActual)), byMissing);
        }
        return new Separation(fold(byCategoryRate(table, c, rows, actual)), Double.NaN);
    }

    /** Each row scored by its category's target rate (missing is a category of its own). */
    private static double byCategoryRate(DataTable table, int c, int[] rows, boolean[] actual) {
        Map<String, int[]> counts = new HashMap<>(); // {rows, positives}
        String[] keys = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            keys[i] = table.isMissing(rows[i], c) ? "\u0000missing" : table.text(rows[i], c);
            int[] n = counts.computeIfAbsent(keys[i], k -> new int[2]);
            n[0]++;
            if (actual[i]) n[1]++;
            if (counts.size() > MAX_CATEGORIES) return Double.NaN;
        }
        double[] scores = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int[] n = counts.get(keys[i]);
            scores[i] = n[1] / (double) n[0];
        }
        return BinaryMetrics.rocAuc(scores, actual);
    }

    /** An AUC of 0.1 separates as well as 0.9, only the other way round. */
    private static double fold(double auc) {
        return Double.isNaN(auc) ? Double.NaN : Math.max(auc, 1 - auc);
    }
}
