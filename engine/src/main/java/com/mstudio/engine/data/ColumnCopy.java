package com.mstudio.engine.data;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;

/**
 * Column {@code c} of any table as an engine column, for the engine code that only works on those (cleaning,
 * encoding): the same object when the table is a {@link Dataset}, otherwise (a view) a copy through its text and
 * numbers. Yes/no columns keep the words the file used, because a one-hot step matches categories by their text.
 */
public final class ColumnCopy {
    private ColumnCopy() {}

    public static Column of(DataTable table, int c) {
        if (table instanceof Dataset d) return d.columnAt(c);
        DataTable.ColumnInfo info = table.column(c);
        int n = table.rowCount();
        ColumnType type = info.type();
        if (type.isString()) {
            StringColumn.Builder b = StringColumn.builder(info.name(), type, n);
            for (int r = 0; r < n; r++) if (table.isMissing(r, c)) b.appendMissing(); else b.append(table.text(r, c));
            return b.build();
        }
        if (type == ColumnType.DECIMAL) {
            DoubleColumn.Builder b = DoubleColumn.builder(info.name(), n);
            for (int r = 0; r < n; r++) if (table.isMissing(r, c)) b.appendMissing(); else b.append(table.number(r, c));
            return b.build();
        }
        LongColumn.Builder b = LongColumn.builder(info.name(), type, n);
        String[] labels = new String[2];
        for (int r = 0; r < n; r++) {
            if (table.isMissing(r, c)) { b.appendMissing(); continue; }
            long v = (long) table.number(r, c);
            b.append(v);
            if (type == ColumnType.BOOLEAN && labels[v != 0 ? 1 : 0] == null) labels[v != 0 ? 1 : 0] = table.text(r, c);
        }
        LongColumn out = b.build();
        boolean plain = labels[0] == null || labels[1] == null || (labels[0].equals("false") && labels[1].equals("true"));
        return type != ColumnType.BOOLEAN || plain ? out : out.withBooleanLabels(labels[0], labels[1]);
    }
}
