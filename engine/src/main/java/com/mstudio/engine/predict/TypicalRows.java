package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a column's typical value sits: the row holding its median (numbers, dates) or its most common value
 * (categories, yes/no, one-hot numbers). Pointing at a real row, rather than computing a value, keeps the value's kind
 * and spelling exactly as the table has them, so the cleaning transform treats it like any other row. The lower median
 * is used so the value is one that occurs. Up to {@link #SAMPLE} evenly spaced rows are looked at (all of them in
 * smaller tables), which keeps an explanation quick on a million rows.
 */
final class TypicalRows {
    static final int SAMPLE = 20_000;

    private TypicalRows() {}

    /** The row of {@code table} whose value in {@code column} is typical (row 0, whose cell is missing, when every sampled cell is). */
    static int of(DataTable table, int column, boolean mostCommon) {
        int n = table.rowCount();
        int step = Math.max(1, (int) Math.ceil((double) n / SAMPLE));
        return mostCommon ? modeRow(table, column, step) : medianRow(table, column, step);
    }

    /** Categories, yes/no values and one-hot columns are described by their most common value. */
    static boolean mostCommon(ColumnType type, boolean oneHot) {
        return oneHot || type.isString() || type == ColumnType.BOOLEAN;
    }

    private static int medianRow(DataTable table, int column, int step) {
        int n = table.rowCount();
        int[] keyed = new int[(n + step - 1) / step];
        double[] values = new double[keyed.length];
        int count = 0;
        for (int r = 0; r < n; r += step) {
            double v = table.number(r, column);
            if (Double.isNaN(v)) continue;
            values[count] = v;
            keyed[count] = r;
            count++;
        }
        if (count == 0) return 0; // every sampled cell is missing, row 0's included: missing is typical
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) order[i] = i;
        double[] v = values;
        Arrays.sort(order, (a, b) -> Double.compare(v[a], v[b]));
        return keyed[order[(count - 1) / 2]];
    }

    /** Most frequent text; ties go to the alphabetically first, as the cleaning transform's MODE fill does. */
    private static int modeRow(DataTable table, int column, int step) {
        Map<String, int[]> counts = new HashMap<>(); // value -> {count, first row}
        for (int r = 0; r < table.rowCount(); r += step) {
            if (table.isMissing(r, column)) continue;
            int row = r;
            counts.computeIfAbsent(table.text(r, column), k -> new int[] {0, row})[0]++;
        }
        String best = null;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            if (best == null || e.getValue()[0] > counts.get(best)[0]
                    || (e.getValue()[0] == counts.get(best)[0] && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
            }
        }
        return best == null ? 0 : counts.get(best)[1]; // all missing: row 0 is
    }
}
