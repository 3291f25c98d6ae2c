package com.mstudio.engine.data.clean;

import com.mstudio.engine.api.CleaningSpec;
import com.mstudio.engine.api.ColumnStep;
import com.mstudio.engine.api.ColumnStep.Impute;
import com.mstudio.engine.api.ColumnStep.Scale;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.FittedTransform.FittedColumn;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link FittedTransform}. Rows dropped by any DROP_ROWS step are left out of every statistic, so that the
 * numbers describe exactly the rows the model will see; scaling is learned on the filled values, as in a scikit-learn
 * pipeline (impute, then scale).
 */
final class TransformFitter {
    /** One-hot beyond this many distinct values is almost always an identifier or free text by mistake. */
    static final int MAX_ONE_HOT_VALUES = 1000;

    private TransformFitter() {}

    static FittedTransform fit(Dataset data, CleaningSpec spec) {
        List<Column> columns = new ArrayList<>();
        for (ColumnStep step : spec.steps()) {
            int i = data.indexOf(step.column());
            if (i < 0) throw new StudioException("There is no column \"" + step.column() + "\" to clean.", null, -1, step.column());
            columns.add(data.columnAt(i));
        }
        boolean[] keep = new boolean[data.rowCount()];
        Arrays.fill(keep, true);
        int kept = data.rowCount();
        for (int s = 0; s < columns.size(); s++) {
            if (spec.steps().get(s).impute() != Impute.DROP_ROWS) continue;
            Column c = columns.get(s);
            for (int r = 0; r < keep.length; r++) if (keep[r] && c.isMissing(r)) { keep[r] = false; kept--; }
        }
        List<FittedColumn> fitted = new ArrayList<>();
        for (int s = 0; s < columns.size(); s++) fitted.add(fitColumn(columns.get(s), spec.steps().get(s), keep));
        return new FittedTransform(FittedTransform.FORMAT_VERSION, kept, fitted);
    }

    private static FittedColumn fitColumn(Column c, ColumnStep step, boolean[] keep) {
        boolean text = c.type().isString();
        Impute impute = step.impute();
        if ((impute == Impute.MEAN || impute == Impute.MEDIAN) && (text || step.oneHot())) {
            throw problem(c, "A " + impute.name().toLowerCase() + " needs numbers, but column \"" + c.name() + "\" "
                    + (step.oneHot() ? "is one-hot encoded" : "holds text") + ". Use the most frequent value or a constant.");
        }
        if (step.oneHot()) return fitOneHot(c, step, keep);
        if (text) {
            if (step.scale() != Scale.NONE) throw problem(c, "Column \"" + c.name() + "\" holds text and cannot be scaled. Use one-hot encoding.");
            String fill = switch (impute) {
                case MODE -> ColumnValues.mode(ColumnValues.textCounts(c, keep));
                case CONSTANT -> step.constant();
                default -> null;
            };
            return new FittedColumn(c.name(), c.type(), impute, null, fill, Scale.NONE, 0, 1, false, null, null, List.of(c.name()));
        }
        return fitNumber(c, step, keep);
    }

    private static FittedColumn fitNumber(Column c, ColumnStep step, boolean[] keep) {
        double[] values = new double[c.size()];
        int n = 0;
        for (int r = 0; r < c.size(); r++) if (keep[r] && !c.isMissing(r)) values[n++] = c.number(r);
        values = Arrays.copyOf(values, n);
        Impute impute = step.impute();
        if (impute == Impute.MEDIAN || impute == Impute.MODE) Arrays.sort(values); // only these need order
        if (n == 0 && (impute == Impute.MEAN || impute == Impute.MEDIAN || impute == Impute.MODE)) {
            throw problem(c, "Column \"" + c.name() + "\" has no values to compute a fill value from.");
        }
        Double fill = switch (impute) {
            case MEAN -> Arrays.stream(values).sum() / n;
            case MEDIAN -> n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
            case MODE -> sortedMode(values);
            case CONSTANT -> parseNumber(c, step.constant());
            default -> null;
        };
        // Scaling statistics over the filled column: every kept row, the missing ones counted at the fill value.
        int missingKept = 0;
        for (int r = 0; r < c.size(); r++) if (keep[r] && c.isMissing(r)) missingKept++;
        double center = 0, spread = 1;
        if (step.scale() == Scale.Z_SCORE) {
            int count = n + (fill != null ? missingKept : 0);
            double sum = Arrays.stream(values).sum() + (fill != null ? fill * missingKept : 0);
            double mean = count == 0 ? 0 : sum / count;
            double sq = 0;
            for (double v : values) sq += (v - mean) * (v - mean);
            if (fill != null) sq += missingKept * (fill - mean) * (fill - mean);
            double std = count == 0 ? 0 : Math.sqrt(sq / count);
            center = mean;
            spread = std > 0 ? std : 1;
        } else if (step.scale() == Scale.MIN_MAX && (n > 0 || fill != null)) {
            double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double v : values) { min = Math.min(min, v); max = Math.max(max, v); }
            if (n == 0) min = max = fill;
            if (fill != null && missingKept > 0) { min = Math.min(min, fill); max = Math.max(max, fill); }
            center = min;
            spread = max > min ? max - min : 1;
        }
        return new FittedColumn(c.name(), c.type(), impute, fill, null, step.scale(), center, spread, false, null, null,
                List.of(c.name()));
    }

    private static FittedColumn fitOneHot(Column c, ColumnStep step, boolean[] keep) {
        Map<String, Long> counts = ColumnValues.textCounts(c, keep);
        String fill = switch (step.impute()) {
            case MODE -> ColumnValues.mode(counts);
            case CONSTANT -> step.constant();
            default -> null;
        };
        if (fill != null) {
            long missing = 0;
            for (int r = 0; r < c.size(); r++) if (keep[r] && c.isMissing(r)) missing++;
            if (missing > 0) counts.merge(fill, missing, Long::sum);
        }
        if (counts.size() > MAX_ONE_HOT_VALUES) {
            throw problem(c, "Column \"" + c.name() + "\" has " + counts.size() + " different values, too many to turn into "
                    + "categories (at most " + MAX_ONE_HOT_VALUES + "). Is it an identifier or free text?");
        }
        List<Map.Entry<String, Long>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> categories = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (Map.Entry<String, Long> e : ranked) (categories.size() < step.maxCategories() ? categories : other).add(e.getKey());
        other.sort(null);
        List<String> names = new ArrayList<>();
        for (String cat : categories) names.add(c.name() + "=" + cat);
        if (!other.isEmpty()) names.add(c.name() + "=other");
        return new FittedColumn(c.name(), c.type(), step.impute(), null, fill, Scale.NONE, 0, 1, true, categories, other, names);
    }

    private static double sortedMode(double[] sorted) {
        double best = sorted[0];
        int bestRun = 0;
        for (int i = 0; i < sorted.length; ) {
            int j = i;
            while (j < sorted.length && sorted[j] == sorted[i]) j++;
            if (j - i > bestRun) { bestRun = j - i; best = sorted[i]; } // ascending scan: ties keep the smallest
            i = j;
        }
        return best;
    }

    private static double parseNumber(Column c, String constant) {
        try {
            return Double.parseDouble(constant.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw problem(c, "The fill value \"" + constant + "\" for column \"" + c.name() + "\" is not a number.");
        }
    }

    private static StudioException problem(Column c, String message) {
        return new StudioException(message, null, -1, c.name());
    }
}
