package com.mstudio.engine.api;

import java.util.List;

/**
 * A read-only, immutable table as the UI and the CLI see it. The engine's columnar dataset implements it;
 * no Tablesaw or ND4J type crosses this interface. All methods are cheap and thread-safe, so a virtualized
 * table can call {@link #text} for the visible cells only.
 */
public interface DataTable {
    int rowCount();

    int columnCount();

    List<ColumnInfo> columns();

    default ColumnInfo column(int index) {
        return columns().get(index);
    }

    /** Index of the column with this name, or -1. */
    default int indexOf(String name) {
        List<ColumnInfo> cols = columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).name().equals(name)) return i;
        }
        return -1;
    }

    boolean isMissing(int row, int column);

    /** Whether no row has a value in {@code column}: such a column is named as empty, not by the type it was given. */
    default boolean isEmptyColumn(int column) {
        for (int row = 0; row < rowCount(); row++) {
            if (!isMissing(row, column)) return false;
        }
        return true;
    }

    /** The refusal of a feature column that is empty in every row, naming the column. */
    static StudioException emptyFeature(String column) {
        return new StudioException("Column \"" + column + "\" is empty in every row, so there is nothing in it to use.",
                null, -1, column);
    }

    /** The cell as display text; "" when missing. Dates are ISO-8601, decimals use a dot. */
    String text(int row, int column);

    /** The cell as a number (booleans 0/1, dates as epoch day, date-times as epoch second); NaN when missing or not numeric. */
    double number(int row, int column);

    /** Describes one column: its name, type and how many cells are missing. */
    record ColumnInfo(String name, ColumnType type, int missing) {}
}
