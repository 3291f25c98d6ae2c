package com.mstudio.engine.predict;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.FittedTransform.FittedColumn;
import com.mstudio.engine.api.PropensityService.Contribution;
import com.mstudio.engine.api.PropensityService.Explanation;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Why one customer got their score, by occlusion: for each input column, the customer is scored once more with that
 * column set to a typical value (the median, or the most common value for categories and yes/no columns) and
 * everything else kept; the effect is the customer's score minus that score. Positive: this value makes the customer
 * more likely than a typical value would. All the variants go through the model in one batch (columns + 2 rows).
 *
 * <p>Why occlusion: it works the same for the MLP and the logistic model, needs only the scorer, speaks in the
 * columns the user knows ("contract = Month-to-month", not its one-hot outputs), and each number answers a question a
 * marketer can check ("what if this customer had a typical contract?"). SHAP values would split the score exactly
 * and account for interactions, but need thousands of model calls per customer or a model-specific algorithm.
 *
 * <p>Limits, shown to users as "compared with a typical customer": the effects do not add up to score − base score
 * when columns interact (the MLP) or saturate the sigmoid; a column whose value is already the typical one always
 * shows 0 even if it matters; and correlated columns (tenure and total charges) are changed one at a time, so a
 * variant can be an unusual customer (long tenure, tiny total) that the model has rarely seen.
 */
public final class Explainer {
    private Explainer() {}

    /**
     * @param row      the row of {@code table} to explain
     * @param features the input columns to explain (the model's features)
     */
    public static Explanation explain(Scorer scorer, CleaningService cleaning, FittedTransform transform, DataTable table,
                                      int row, List<String> features) {
        if (row < 0 || row >= table.rowCount()) {
            throw new StudioException("There is no row " + (row + 1) + " to explain (the table has " + table.rowCount() + " rows).");
        }
        List<String> explained = List.copyOf(new LinkedHashSet<>(features));
        LinkedHashSet<String> needed = new LinkedHashSet<>();
        transform.columns().forEach(c -> needed.add(c.column()));
        needed.addAll(explained);
        // Variant 0 is the customer, 1 the typical customer, 2 + i the customer with feature i made typical.
        int variants = explained.size() + 2;
        List<Column> columns = new ArrayList<>();
        for (String name : needed) {
            Column source = FeatureRows.column(table, name);
            int typical = TypicalRows.of(table, table.indexOf(name), TypicalRows.mostCommon(source.type(), oneHot(transform, name)));
            int[] pick = new int[variants];
            Arrays.fill(pick, row);
            pick[1] = typical;
            int f = explained.indexOf(name);
            if (f >= 0) pick[2 + f] = typical;
            columns.add(FeatureRows.take(source, pick));
        }
        double[] scores = score(scorer, cleaning, transform, new Dataset(columns), variants);
        if (Double.isNaN(scores[0])) {
            throw new StudioException("Row " + (row + 1) + " cannot be scored: it is missing a value that the model's "
                    + "cleaning steps drop rows for.");
        }
        List<Contribution> contributions = new ArrayList<>(explained.size());
        int column = 0;
        for (String name : explained) {
            int c = table.indexOf(name);
            String value = table.isMissing(row, c) ? "(missing)" : table.text(row, c);
            contributions.add(new Contribution(name, value, scores[0] - scores[2 + column]));
            column++;
        }
        contributions.sort(Comparator.comparingDouble((Contribution k) -> Double.isNaN(k.effect()) ? -1 : Math.abs(k.effect()))
                .reversed());
        return new Explanation(scores[0], scores[1], contributions);
    }

    /** One score per variant; NaN for a variant that the transform dropped (a DROP_ROWS column made missing). */
    private static double[] score(Scorer scorer, CleaningService cleaning, FittedTransform transform, Dataset variants, int n) {
        FeatureMatrix x = cleaning.toFeatureMatrix(transform, variants);
        double[] kept = x.rows() == 0 ? new double[0] : scorer.score(x);
        double[] scores = new double[n];
        Arrays.fill(scores, Double.NaN);
        for (int i = 0; i < kept.length; i++) scores[x.sourceRows()[i]] = kept[i];
        return scores;
    }

    private static boolean oneHot(FittedTransform transform, String column) {
        for (FittedColumn c : transform.columns()) if (c.column().equals(column)) return c.oneHot();
        return false;
    }
}
