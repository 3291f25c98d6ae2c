package com.mstudio.engine.data;

import com.mstudio.engine.api.DataTable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The engine's immutable columnar table. Transforms return new datasets; they never change one in place. */
public final class Dataset implements DataTable {
    private final List<Column> columns;
    private final List<ColumnInfo> infos;
    private final int rowCount;

    public Dataset(List<Column> columns) {
        this.columns = List.copyOf(columns);
        this.rowCount = columns.isEmpty() ? 0 : columns.get(0).size();
        List<ColumnInfo> list = new ArrayList<>(columns.size());
        for (Column c : columns) {
            if (c.size() != rowCount) {
                throw new IllegalArgumentException("Column " + c.name() + " has " + c.size() + " rows, expected " + rowCount);
            }
            list.add(new ColumnInfo(c.name(), c.type(), c.missingCount()));
        }
        this.infos = Collections.unmodifiableList(list);
    }

    /** The engine's view of any table: itself when it already is a Dataset. */
    public static Dataset of(DataTable table) {
        if (table instanceof Dataset d) return d;
        throw new IllegalArgumentException("Not an engine dataset: " + table.getClass().getName());
    }

    public List<Column> columnList() {
        return columns;
    }

    public Column column(String name) {
        int i = indexOf(name);
        if (i < 0) throw new IllegalArgumentException("No column named " + name);
        return columns.get(i);
    }

    public Column columnAt(int index) {
        return columns.get(index);
    }

    /**
     * {@code table} as an engine dataset with {@code added} columns: a column whose name the table already has replaces
     * it where it stands (so scoring or classifying twice does not pile up columns), the others are appended. The
     * table's own columns are shared when it is a dataset, else copied once.
     */
    public static Dataset withColumns(DataTable table, Column... added) {
        List<Column> list = new ArrayList<>(table.columnCount() + added.length);
        for (int c = 0; c < table.columnCount(); c++) list.add(ColumnCopy.of(table, c));
        for (Column column : added) {
            int i = 0;
            while (i < list.size() && !list.get(i).name().equals(column.name())) i++;
            if (i < list.size()) list.set(i, column); else list.add(column);
        }
        return new Dataset(list);
    }

    /** A new dataset with one column replaced (same position). */
    public Dataset withColumn(int index, Column replacement) {
        List<Column> copy = new ArrayList<>(columns);
        copy.set(index, replacement);
        return new Dataset(copy);
    }

    @Override public int rowCount() { return rowCount; }
    @Override public int columnCount() { return columns.size(); }
    @Override public List<ColumnInfo> columns() { return infos; }
    @Override public boolean isMissing(int row, int column) { return columns.get(column).isMissing(row); }
    @Override public String text(int row, int column) { return columns.get(column).text(row); }
    @Override public double number(int row, int column) { return columns.get(column).number(row); }
}
