package com.mstudio.engine.api;

import java.util.List;

/**
 * Model input: {@code rows × columns} floats in row-major order, with the name of each feature column and, for each
 * row, the row of the source table it came from (rows can be dropped by cleaning), so results can be joined back.
 */
public record FeatureMatrix(float[] values, int rows, int columns, List<String> featureNames, int[] sourceRows) {
    public FeatureMatrix {
        if (values.length != (long) rows * columns) throw new IllegalArgumentException("values do not fit rows × columns");
        if (featureNames.size() != columns) throw new IllegalArgumentException("one name per column expected");
        if (sourceRows.length != rows) throw new IllegalArgumentException("one source row per row expected");
        featureNames = List.copyOf(featureNames);
    }

    public float get(int row, int column) {
        return values[row * columns + column];
    }

    /** A copy as one array per row, for libraries that want float[][]. */
    public float[][] toArray() {
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) out[r] = java.util.Arrays.copyOfRange(values, r * columns, (r + 1) * columns);
        return out;
    }
}
