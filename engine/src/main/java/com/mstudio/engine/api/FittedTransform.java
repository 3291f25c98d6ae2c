package com.mstudio.engine.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link CleaningSpec} with everything it learned from the table it was fitted on (fill values, means, category
 * lists), so that exactly the same cleaning can be applied to new rows later. Plain data: saved as versioned JSON
 * beside the model that uses it.
 *
 * @param formatVersion {@link #FORMAT_VERSION} when written; a file from a newer version is refused with a clear message
 * @param fittedRows    rows the parameters were learned from (after dropping rows)
 * @param columns       one entry per step, in step order
 */
public record FittedTransform(int formatVersion, int fittedRows, List<FittedColumn> columns) {
    public static final int FORMAT_VERSION = 1;

    public FittedTransform {
        columns = List.copyOf(columns);
    }

    /** Names of the features this transform produces, in feature-matrix order. */
    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        for (FittedColumn c : columns) names.addAll(c.outputNames());
        return names;
    }

    /**
     * What one step learned.
     *
     * @param column      input column name
     * @param inputType   the column's type when fitted; a new table must hold the same kind of values
     * @param impute      the fill method
     * @param fillNumber  the fill value for number columns (MEAN, MEDIAN, MODE, CONSTANT), else null
     * @param fillText    the fill value for text columns and one-hot categories (MODE, CONSTANT), else null
     * @param scale       the scaling
     * @param center      subtracted before dividing by {@code spread} (mean for z-score, min for min-max; else 0)
     * @param spread      divisor (std or max-min; 1 when that was 0, and for no scaling)
     * @param oneHot      whether the column is one-hot encoded
     * @param categories  one-hot: the categories with their own indicator, in output order
     * @param otherValues one-hot: values seen when fitting that share the "other" indicator (empty when none). Values
     *                    never seen when fitting get all zeros instead: the model has learned nothing about them.
     * @param outputNames names of the output columns: the column itself, or "column=category" (and "column=other")
     */
    public record FittedColumn(String column, ColumnType inputType, ColumnStep.Impute impute, Double fillNumber,
                               String fillText, ColumnStep.Scale scale, double center, double spread, boolean oneHot,
                               List<String> categories, List<String> otherValues, List<String> outputNames) {
        public FittedColumn {
            categories = categories == null ? List.of() : List.copyOf(categories);
            otherValues = otherValues == null ? List.of() : List.copyOf(otherValues);
            outputNames = List.copyOf(outputNames);
        }

        public boolean hasOther() {
            return !otherValues.isEmpty();
        }
    }
}
