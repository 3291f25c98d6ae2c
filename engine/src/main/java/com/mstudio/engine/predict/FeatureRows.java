package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.ColumnCopy;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Builds the small engine datasets that evaluation and explanations feed to the cleaning transform (which works on
 * engine datasets only): chosen columns, with rows picked, repeated or shuffled by an index array. Each column keeps its
 * kind and, for yes/no columns, the words the file used, because a one-hot step matches categories by their text.
 */
final class FeatureRows {
    private FeatureRows() {}

    /** Column {@code i} of the result holds {@code table}'s row {@code rows[i]}; a missing column is a plain error. */
    static Dataset select(DataTable table, List<String> columns, int[] rows) {
        List<Column> out = new ArrayList<>(columns.size());
        for (String name : new LinkedHashSet<>(columns)) out.add(take(column(table, name), rows));
        return new Dataset(out);
    }

    /** The column of this name as an engine column (the same object for a dataset, a copy for any other table). */
    static Column column(DataTable table, String name) {
        int i = table.indexOf(name);
        if (i < 0) throw new StudioException("This table has no column \"" + name + "\", which the model needs.", null, -1, name);
        return ColumnCopy.of(table, i);
    }

    /** A new column whose value {@code i} is {@code c}'s value {@code rows[i]}. */
    static Column take(Column c, int[] rows) {
        BitSet missing = new BitSet();
        for (int i = 0; i < rows.length; i++) if (c.isMissing(rows[i])) missing.set(i);
        if (c instanceof StringColumn s) {
            int[] codes = new int[rows.length];
            for (int i = 0; i < rows.length; i++) codes[i] = s.code(rows[i]);
            return StringColumn.wrap(s.name(), s.type(), codes, s.dictionary());
        }
        if (c instanceof LongColumn l) {
            long[] values = new long[rows.length];
            for (int i = 0; i < rows.length; i++) values[i] = l.get(rows[i]);
            LongColumn out = LongColumn.wrap(l.name(), l.type(), values, missing);
            String[] labels = l.type() == ColumnType.BOOLEAN ? l.booleanLabels() : null;
            return labels == null ? out : out.withBooleanLabels(labels[0], labels[1]);
        }
        DoubleColumn d = (DoubleColumn) c;
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) values[i] = d.get(rows[i]);
        return DoubleColumn.wrap(d.name(), values, missing);
    }

    static int[] allRows(int n) {
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) rows[i] = i;
        return rows;
    }
}
