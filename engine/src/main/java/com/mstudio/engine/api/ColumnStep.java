package com.mstudio.engine.api;

/**
 * How to clean one column before it becomes a model feature. Steps run in this order: fill missing values
 * ({@link #impute}), then scale numbers ({@link #scale}) or one-hot encode ({@link #oneHot}).
 *
 * @param column        column name
 * @param impute        how to fill missing cells
 * @param constant      the fill value for {@link Impute#CONSTANT} (a number for number columns), else null
 * @param scale         how to scale numbers (ignored with one-hot)
 * @param oneHot        replace the column by one 0/1 column per category
 * @param maxCategories one-hot only: keep the most frequent categories up to this many; the rest share one
 *                      "column=other" indicator. 0 means the default of 20.
 */
public record ColumnStep(String column, Impute impute, String constant, Scale scale, boolean oneHot, int maxCategories) {

    public static final int DEFAULT_MAX_CATEGORIES = 20;

    public ColumnStep {
        if (column == null || column.isBlank()) throw new IllegalArgumentException("column is required");
        impute = impute == null ? Impute.NONE : impute;
        scale = scale == null ? Scale.NONE : scale;
        if (maxCategories <= 0) maxCategories = DEFAULT_MAX_CATEGORIES;
        if (impute == Impute.CONSTANT && constant == null) {
            throw new IllegalArgumentException("a constant fill needs a value for column " + column);
        }
    }

    /** A number column: fill, then scale. */
    public static ColumnStep number(String column, Impute impute, Scale scale) {
        return new ColumnStep(column, impute, null, scale, false, 0);
    }

    /** A category column: fill, then one-hot encode with at most {@code maxCategories} indicators plus "other". */
    public static ColumnStep oneHot(String column, Impute impute, int maxCategories) {
        return new ColumnStep(column, impute, null, Scale.NONE, true, maxCategories);
    }

    /** Fill missing cells with {@code value}. */
    public static ColumnStep constant(String column, String value) {
        return new ColumnStep(column, Impute.CONSTANT, value, Scale.NONE, false, 0);
    }

    public ColumnStep withScale(Scale s) {
        return new ColumnStep(column, impute, constant, s, oneHot, maxCategories);
    }

    public enum Impute {
        /** Leave missing cells missing (a feature matrix then refuses the column if it has any). */
        NONE,
        /** Numbers only: the mean of the values seen when fitting. */
        MEAN,
        /** Numbers only: the median of the values seen when fitting. */
        MEDIAN,
        /** The most frequent value seen when fitting (ties: the smallest number or the alphabetically first text). */
        MODE,
        /** The {@link ColumnStep#constant} value. */
        CONSTANT,
        /** Drop every row in which this column is missing. */
        DROP_ROWS
    }

    public enum Scale {
        NONE,
        /** (x - mean) / standard deviation (population, as scikit-learn); a constant column is only centred. */
        Z_SCORE,
        /** (x - min) / (max - min), so fitted values lie in 0..1; new values may fall outside. */
        MIN_MAX
    }
}
