package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.PropensityService.TargetValue;
import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What can be predicted, its values, and the 0/1 label of every row. Quick: one pass over the column. */
final class Targets {
    /** A target with more values than this is not a yes/no question a marketer asks. */
    static final int MAX_VALUES = 20;
    private static final Set<String> POSITIVE_WORDS = Set.of("yes", "y", "true", "1", "churn", "churned", "bought", "buy",
            "purchased", "converted", "positive");

    private Targets() {}

    /**
     * The rows whose target is known and whether each is positive.
     *
     * @param rows     the usable rows of the table, ascending
     * @param positive {@code positive[i]} belongs to {@code rows[i]}
     * @param missing  rows left out because the target is missing there
     */
    record Labels(int[] rows, boolean[] positive, int missing) {
        int positives() {
            int n = 0;
            for (boolean b : positive) if (b) n++;
            return n;
        }
    }

    static List<String> candidates(DataTable table) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            ColumnType type = table.column(c).type();
            if (type != ColumnType.BOOLEAN && type != ColumnType.CATEGORICAL && type != ColumnType.INTEGER) continue;
            int distinct = distinct(table, c, MAX_VALUES + 1);
            if (distinct >= 2 && distinct <= MAX_VALUES) out.add(table.column(c).name());
        }
        return out;
    }

    /** The values, the likely positive first: a yes-like word, else the rarer value; then by count. */
    static List<TargetValue> values(DataTable table, String target) {
        int c = column(table, target);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int r = 0; r < table.rowCount(); r++) {
            if (!table.isMissing(r, c)) counts.merge(table.text(r, c), 1, Integer::sum);
        }
        List<TargetValue> out = new ArrayList<>();
        counts.forEach((v, n) -> out.add(new TargetValue(v, n)));
        out.sort(Comparator.comparingInt(TargetValue::count).thenComparing(TargetValue::value));
        TargetValue likely = out.stream().filter(v -> POSITIVE_WORDS.contains(v.value().strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(out.isEmpty() ? null : out.get(0));
        List<TargetValue> ordered = new ArrayList<>();
        if (likely != null) ordered.add(likely);
        out.stream().sorted(Comparator.comparingInt(TargetValue::count).reversed().thenComparing(TargetValue::value))
                .filter(v -> v != likely).forEach(ordered::add);
        return ordered;
    }

    /** @throws StudioException when the column is missing, the value never occurs, or only one class is left */
    static Labels labels(DataTable table, String target, String positiveValue) {
        int c = column(table, target);
        int n = table.rowCount();
        int[] rows = new int[n];
        boolean[] positive = new boolean[n];
        int usable = 0, positives = 0;
        for (int r = 0; r < n; r++) {
            if (table.isMissing(r, c)) continue;
            rows[usable] = r;
            positive[usable] = table.text(r, c).equals(positiveValue);
            if (positive[usable]) positives++;
            usable++;
        }
        if (positives == 0) {
            throw new StudioException("No row has " + target + " = \"" + positiveValue + "\". Pick a value that occurs in the column.",
                    null, -1, target);
        }
        if (positives == usable) {
            throw new StudioException("Every row has " + target + " = \"" + positiveValue
                    + "\": there is nothing to tell apart. Pick a target with two outcomes.", null, -1, target);
        }
        return new Labels(java.util.Arrays.copyOf(rows, usable), java.util.Arrays.copyOf(positive, usable), n - usable);
    }

    private static int column(DataTable table, String target) {
        int c = table.indexOf(target);
        if (c < 0) throw new StudioException("This file has no column \"" + target + "\" to predict.", null, -1, target);
        return c;
    }

    private static int distinct(DataTable table, int c, int stopAt) {
        Set<String> seen = new java.util.HashSet<>();
        for (int r = 0; r < table.rowCount() && seen.size() < stopAt; r++) {
            if (!table.isMissing(r, c)) seen.add(table.text(r, c));
        }
        return seen.size();
    }
}
