package com.mstudio.engine.segment;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A table with two columns appended, {@code segment} (the id) and {@code segment_name}, as a view: the rows are
 * never copied, so a million-row segmentation costs one int per row. Immutable; a rename makes a new view.
 */
final class SegmentedTable implements DataTable {
    static final String SEGMENT = "segment";
    static final String SEGMENT_NAME = "segment_name";

    private final DataTable base;
    private final int[] assignments;
    private final List<String> names;
    private final List<ColumnInfo> columns;
    private final int idColumn;

    /** {@code assignments} is handed over and must not change afterwards. */
    SegmentedTable(DataTable base, int[] assignments, List<String> names) {
        if (assignments.length != base.rowCount()) throw new IllegalArgumentException("one assignment per row expected");
        this.base = base;
        this.assignments = assignments;
        this.names = List.copyOf(names);
        List<ColumnInfo> cols = new ArrayList<>(base.columns());
        idColumn = cols.size();
        cols.add(new ColumnInfo(uniqueName(base, SEGMENT), ColumnType.INTEGER, 0));
        cols.add(new ColumnInfo(uniqueName(base, SEGMENT_NAME), ColumnType.CATEGORICAL, 0));
        this.columns = Collections.unmodifiableList(cols);
    }

    SegmentedTable withNames(List<String> newNames) {
        return new SegmentedTable(base, assignments, newNames);
    }

    DataTable base() {
        return base;
    }

    /** A file that already has a "segment" column (an earlier export) keeps it; ours becomes "segment_2". */
    private static String uniqueName(DataTable base, String name) {
        String candidate = name;
        for (int i = 2; base.indexOf(candidate) >= 0; i++) candidate = name + "_" + i;
        return candidate;
    }

    @Override public int rowCount() { return base.rowCount(); }
    @Override public int columnCount() { return columns.size(); }
    @Override public List<ColumnInfo> columns() { return columns; }

    @Override
    public boolean isMissing(int row, int column) {
        return column < idColumn && base.isMissing(row, column);
    }

    @Override
    public String text(int row, int column) {
        if (column < idColumn) return base.text(row, column);
        return column == idColumn ? Integer.toString(assignments[row]) : names.get(assignments[row]);
    }

    @Override
    public double number(int row, int column) {
        if (column < idColumn) return base.number(row, column);
        return column == idColumn ? assignments[row] : Double.NaN;
    }
}
