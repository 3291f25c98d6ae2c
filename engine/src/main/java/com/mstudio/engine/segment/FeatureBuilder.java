package com.mstudio.engine.segment;

import com.mstudio.engine.data.clean.FeatureSuggester;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.CleaningSpec;
import com.mstudio.engine.api.ColumnStep;
import com.mstudio.engine.api.ColumnStep.Impute;
import com.mstudio.engine.api.ColumnStep.Scale;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the chosen columns into k-means features with the studio's cleaning transform, so that the very same
 * transform (saved in the model) prepares a new file for {@code assign}.
 *
 * <p>Scaling, and why: k-means compares rows by squared distance, so each column's share of that distance is its
 * weight. A z-scored number adds on average 2 to the squared distance between two random rows, whatever its units.
 * A category one-hot encoded as plain 0/1 indicators adds 2 when two rows differ and 0 when they agree, so on
 * average 2·(1 − Σ p²) ≤ 2: one category column weighs at most as much as one number column, however many values
 * it has. Z-scoring every indicator instead would make a ten-value column weigh about ten number columns, and one
 * rare value would dominate. Yes/no flags are a category with two values, so they stay 0/1 too (min-max scaling of
 * 0/1 is 0/1, and it keeps a rare flag from being blown up to several standard deviations). Every row is kept:
 * numbers are filled with the median (robust to the long tails of spend), flags and categories with the most
 * frequent value.
 */
final class FeatureBuilder {
    private final CleaningService cleaning;

    FeatureBuilder(CleaningService cleaning) {
        this.cleaning = cleaning;
    }

    /** The fitted transform and the features it produced, one row per table row. */
    record Built(FittedTransform transform, FeatureMatrix features) {}

    Built fit(DataTable table, List<String> columns) {
        DataTable selected = TableColumns.select(table, columns, "segment on");
        List<ColumnStep> steps = new ArrayList<>();
        for (String name : columns) {
            int index = selected.indexOf(name);
            if (selected.isEmptyColumn(index)) throw DataTable.emptyFeature(name);
            steps.add(stepFor(name, selected.column(index).type()));
        }
        FittedTransform transform = cleaning.fit(selected, new CleaningSpec(steps));
        return new Built(transform, cleaning.toFeatureMatrix(transform, selected));
    }

    /** The saved transform applied to a new table; checks the columns first so the message speaks of segments. */
    FeatureMatrix apply(FittedTransform transform, DataTable table) {
        List<String> columns = new ArrayList<>();
        for (FittedTransform.FittedColumn f : transform.columns()) {
            columns.add(f.column());
        }
        DataTable selected = TableColumns.select(table, columns, "assign segments with");
        for (FittedTransform.FittedColumn f : transform.columns()) {
            ColumnType now = selected.column(selected.indexOf(f.column())).type();
            if (!sameKind(f, now)) {
                throw new StudioException("Column \"" + f.column() + "\" held " + TableColumns.describe(f.inputType())
                        + " when the segments were made, but holds " + TableColumns.describe(now) + " in this file.",
                        null, -1, f.column());
            }
        }
        return cleaning.toFeatureMatrix(transform, selected);
    }

    static ColumnStep stepFor(String column, ColumnType type) {
        return switch (type) {
            case INTEGER, DECIMAL -> ColumnStep.number(column, Impute.MEDIAN, Scale.Z_SCORE);
            case BOOLEAN -> ColumnStep.number(column, Impute.MODE, Scale.MIN_MAX);
            case CATEGORICAL -> ColumnStep.oneHot(column, Impute.MODE, FeatureSuggester.MAX_CATEGORIES);
            default -> throw new StudioException("Column \"" + column + "\" holds " + TableColumns.describe(type)
                    + ", which cannot be a segmentation feature. Choose numbers, yes/no or category columns.", null, -1, column);
        };
    }

    /** Numbers stay numbers, flags stay flags, categories stay categories (a category read as numbers still matches by text). */
    private static boolean sameKind(FittedTransform.FittedColumn f, ColumnType now) {
        ColumnType then = f.inputType();
        if (then == now || (then.isNumeric() && now.isNumeric())) return true;
        if (f.oneHot()) return !now.isTemporal(); // categories match by their text, whatever type a small file was read as
        return false;
    }
}
