package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Some columns and some rows of a table as an engine dataset, so that the cleaning transform can be fitted on the
 * training rows only: fill values, means and categories never see a validation or test row.
 */
final class RowSubset {
    private RowSubset() {}

    /** The named columns, every row. */
    static Dataset columns(DataTable table, List<String> names, String purpose) {
        return select(table, names, null, purpose);
    }

    /**
     * The named columns at {@code rows} (in that order); {@code rows} null means every row.
     *
     * @param purpose completes "This file has no column "x" to ..." ("predict with")
     */
    static Dataset select(DataTable table, List<String> names, int[] rows, String purpose) {
        List<Column> out = new ArrayList<>();
        for (String name : names) {
            int c = table.indexOf(name);
            if (c < 0) throw new StudioException("This file has no column \"" + name + "\" to " + purpose + ".", null, -1, name);
            out.add(column(table, c, rows));
        }
        return new Dataset(out);
    }

    private static Column column(DataTable table, int c, int[] rows) {
        if (table instanceof Dataset d) {
            Column col = d.columnAt(c);
            if (rows == null) return col;
            if (col instanceof StringColumn s) {
                int[] codes = new int[rows.length];
                for (int i = 0; i < rows.length; i++) codes[i] = s.code(rows[i]);
                return StringColumn.of(s.name(), s.type(), codes, s.dictionary());
            }
            if (col instanceof LongColumn l) {
                long[] values = new long[rows.length];
                BitSet missing = new BitSet(rows.length);
                for (int i = 0; i < rows.length; i++) {
                    if (l.isMissing(rows[i])) missing.set(i); else values[i] = l.get(rows[i]);
                }
                LongColumn sub = LongColumn.of(l.name(), l.type(), values, missing);
                String[] labels = l.type() == ColumnType.BOOLEAN ? l.booleanLabels() : null;
                return labels == null ? sub : sub.withBooleanLabels(labels[0], labels[1]);
            }
        }
        return copy(table, c, rows);
    }

    /** Any other table (a scored or segmented view): cell by cell. */
    private static Column copy(DataTable table, int c, int[] rows) {
        DataTable.ColumnInfo info = table.column(c);
        int n = rows == null ? table.rowCount() : rows.length;
        ColumnType type = info.type();
        if (type.isString()) {
            StringColumn.Builder b = StringColumn.builder(info.name(), type, n);
            for (int i = 0; i < n; i++) {
                int r = rows == null ? i : rows[i];
                if (table.isMissing(r, c)) b.appendMissing(); else b.append(table.text(r, c));
            }
            return b.build();
        }
        if (type == ColumnType.DECIMAL) {
            DoubleColumn.Builder b = DoubleColumn.builder(info.name(), n);
            for (int i = 0; i < n; i++) {
                int r = rows == null ? i : rows[i];
                if (table.isMissing(r, c)) b.appendMissing(); else b.append(table.number(r, c));
            }
            return b.build();
        }
        LongColumn.Builder b = LongColumn.builder(info.name(), type, n);
        for (int i = 0; i < n; i++) {
            int r = rows == null ? i : rows[i];
            if (table.isMissing(r, c)) b.appendMissing(); else b.append((long) table.number(r, c));
        }
        return b.build();
    }
}
