package com.mstudio.engine.predict;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.CleaningSpec;
import com.mstudio.engine.api.ColumnStep;
import com.mstudio.engine.api.ColumnStep.Impute;
import com.mstudio.engine.api.ColumnStep.Scale;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows a model learns from and is judged on, as float matrices. The cleaning transform (numbers: median fill and
 * z-score; yes/no: most frequent value; categories: most frequent value and one-hot) is fitted on the TRAINING rows
 * only, so that no fill value, mean or category list leaks from the validation or test rows into the model, and then
 * applied unchanged to every row.
 *
 * @param transform         the fitted transform, saved with the model
 * @param train             rows for fitting (after oversampling, when chosen)
 * @param validation        rows for early stopping
 * @param test              held-out rows every figure is computed on
 * @param testTable         the table the test rows come from (the training table, or the separate test file)
 * @param trainRows         training rows before oversampling
 * @param positiveShare     share of positive rows among the usable rows of the training table
 * @param balance           how imbalance is handled
 * @param missingTarget     rows of the training table left out because the target is missing
 * @param missingTestTarget rows of the test file left out because the target is missing
 */
record TrainingData(FittedTransform transform, Examples train, Examples validation, Examples test, DataTable testTable,
                    int trainRows, double positiveShare, ClassBalance balance, int missingTarget, int missingTestTarget) {

    /**
     * Rows as a row-major float matrix with their labels.
     *
     * @param x          rows × columns features
     * @param actual     whether each row is positive
     * @param weights    each row's loss weight, or null when all are 1
     * @param sourceRows each row's index in the table it came from
     */
    record Examples(float[] x, int rows, int columns, boolean[] actual, float[] weights, int[] sourceRows) {
        FeatureMatrix matrix(List<String> names) {
            return new FeatureMatrix(x, rows, columns, names, sourceRows);
        }
    }

    static TrainingData prepare(CleaningService cleaning, DataTable table, DataTable testTable, PropensityRequest request) {
        Targets.Labels labels = Targets.labels(table, request.target(), request.positiveValue());
        boolean separateTest = testTable != null;
        StratifiedSplit split = StratifiedSplit.of(labels.rows(), labels.positive(), request.validationShare(),
                separateTest ? 0 : request.testShare(), request.seed());
        if (split.train().length < 2 || split.validation().length < 1 || (!separateTest && split.test().length < 1)) {
            throw new StudioException("There are too few rows with a known " + request.target()
                    + " to train, validate and test a model (" + labels.rows().length + ").");
        }
        boolean[] positiveByRow = new boolean[table.rowCount()];
        for (int i = 0; i < labels.rows().length; i++) positiveByRow[labels.rows()[i]] = labels.positive()[i];

        Dataset features = columns(table, request.features());
        FittedTransform transform = cleaning.fit(FeatureRows.select(features, request.features(), split.train()),
                specFor(features, request.features()));
        FeatureMatrix all = cleaning.toFeatureMatrix(transform, features);

        boolean[] trainActual = pick(positiveByRow, split.train());
        ClassBalance balance = ClassBalance.choose(request.imbalance(), trainActual);
        int[] trainRows = balance.trainingRows(split.train(), trainActual, request.seed());
        Examples train = examples(all, trainRows, positiveByRow, balance);
        Examples validation = examples(all, split.validation(), positiveByRow, balance);

        Examples test;
        int missingTestTarget = 0;
        if (separateTest) {
            Targets.Labels testLabels = Targets.testLabels(testTable, request.target(), request.positiveValue());
            missingTestTarget = testLabels.missing();
            Dataset testFeatures = FeatureRows.select(testTable, request.features(), testLabels.rows());
            FeatureMatrix m = cleaning.toFeatureMatrix(transform, testFeatures);
            test = new Examples(m.values(), m.rows(), m.columns(), testLabels.positive(), null, testLabels.rows());
        } else {
            test = examples(all, split.test(), positiveByRow, null);
        }
        double share = labels.positives() / (double) labels.rows().length;
        return new TrainingData(transform, train, validation, test, separateTest ? testTable : table, split.train().length,
                share, balance, labels.missing(), missingTestTarget);
    }

    /** The named columns of {@code table}, every row, as an engine dataset (the cleaning service works on those). */
    static Dataset columns(DataTable table, List<String> names) {
        List<Column> out = new ArrayList<>(names.size());
        for (String name : names) out.add(FeatureRows.column(table, name));
        return new Dataset(out);
    }

    /** The cleaning each feature gets, by its type; free text, identifiers and dates are refused in words. */
    static CleaningSpec specFor(DataTable table, List<String> features) {
        List<ColumnStep> steps = new ArrayList<>();
        for (String name : features) {
            int index = table.indexOf(name);
            if (table.isEmptyColumn(index)) throw DataTable.emptyFeature(name);
            ColumnType type = table.column(index).type();
            steps.add(switch (type) {
                case INTEGER, DECIMAL -> ColumnStep.number(name, Impute.MEDIAN, Scale.Z_SCORE);
                case BOOLEAN -> ColumnStep.number(name, Impute.MODE, Scale.NONE);
                case CATEGORICAL -> ColumnStep.oneHot(name, Impute.MODE, ColumnStep.DEFAULT_MAX_CATEGORIES);
                default -> throw new StudioException("Column \"" + name + "\" holds " + describe(type)
                        + ", which a propensity model cannot use as a feature. Choose numbers, yes/no or category columns.",
                        null, -1, name);
            });
        }
        return new CleaningSpec(steps);
    }

    private static String describe(ColumnType type) {
        return switch (type) {
            case DATE -> "dates";
            case DATETIME -> "dates with times";
            case TEXT -> "free text";
            case IDENTIFIER -> "identifiers";
            default -> type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static Examples examples(FeatureMatrix all, int[] rows, boolean[] positiveByRow, ClassBalance balance) {
        int d = all.columns();
        float[] x = new float[rows.length * d];
        float[] source = all.values();
        for (int i = 0; i < rows.length; i++) System.arraycopy(source, rows[i] * d, x, i * d, d);
        boolean[] actual = pick(positiveByRow, rows);
        float[] weights = balance == null ? null : balance.rowWeights(actual);
        return new Examples(x, rows.length, d, actual, weights, rows.clone());
    }

    private static boolean[] pick(boolean[] byRow, int[] rows) {
        boolean[] out = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) out[i] = byRow[rows[i]];
        return out;
    }
}
