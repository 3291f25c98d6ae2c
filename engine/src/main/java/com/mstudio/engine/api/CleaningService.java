package com.mstudio.engine.api;

import java.nio.file.Path;

/**
 * Cleaning that can be repeated: {@link #fit} learns fill values, scales and categories from one table, and
 * {@link #apply} does exactly the same to any table with the same columns. Fitting and applying a million rows takes
 * well under a second, so these are plain calls; wrap them in a job when the table is larger.
 */
public interface CleaningService {
    /**
     * Learns the parameters of every step from {@code table}.
     *
     * @throws StudioException naming a missing column, a step that does not fit the column's type (a mean of text),
     *                         or a category column with too many values to one-hot encode
     */
    FittedTransform fit(DataTable table, CleaningSpec spec);

    /**
     * A new table: cleaned columns replace the originals (one-hot columns expand in place), other columns pass through,
     * rows are dropped where a DROP_ROWS column is missing.
     *
     * @throws StudioException naming a column that is missing from {@code table} or holds another kind of values
     */
    DataTable apply(FittedTransform transform, DataTable table);

    /**
     * The cleaned features as a float matrix, in {@link FittedTransform#featureNames()} order.
     *
     * @throws StudioException when a feature is still text (no one-hot) or still has missing values (no fill)
     */
    FeatureMatrix toFeatureMatrix(FittedTransform transform, DataTable table);

    /** Writes the transform as JSON, atomically. */
    void save(FittedTransform transform, Path file);

    /** @throws StudioException naming the file when it is missing, damaged or written by a newer version */
    FittedTransform load(Path file);
}
