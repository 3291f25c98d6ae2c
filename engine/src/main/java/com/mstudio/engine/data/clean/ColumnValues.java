package com.mstudio.engine.data.clean;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small column helpers shared by fitting and applying: counting text values, selecting rows. */
final class ColumnValues {
    private ColumnValues() {}

    /** How often each text value occurs among the kept rows (missing cells are not counted). Dictionary order. */
    static Map<String, Long> textCounts(Column column, boolean[] keep) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (column instanceof StringColumn sc) {
            long[] byCode = new long[sc.dictionary().size()];
            for (int r = 0; r < sc.size(); r++) if (keep[r] && sc.code(r) >= 0) byCode[sc.code(r)]++;
            for (int i = 0; i < byCode.length; i++) if (byCode[i] > 0) counts.put(sc.dictionary().get(i), byCode[i]);
            return counts;
        }
        for (int r = 0; r < column.size(); r++) {
            if (keep[r] && !column.isMissing(r)) counts.merge(column.text(r), 1L, Long::sum);
        }
        return counts;
    }

    /** The most frequent value; ties go to the alphabetically first, so fitting is deterministic. Null when empty. */
    static String mode(Map<String, Long> counts) {
        String best = null;
        long bestCount = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The column restricted to {@code rows} (ascending source rows); the same instance when nothing is dropped. */
    static Column select(Column column, int[] rows) {
        if (rows.length == column.size()) return column;
        BitSet missing = new BitSet();
        for (int i = 0; i < rows.length; i++) if (column.isMissing(rows[i])) missing.set(i);
        if (column instanceof StringColumn sc) {
            int[] codes = new int[rows.length];
            for (int i = 0; i < rows.length; i++) codes[i] = sc.code(rows[i]);
            return StringColumn.wrap(sc.name(), sc.type(), codes, sc.dictionary());
        }
        if (column instanceof LongColumn lc) {
            long[] values = new long[rows.length];
            for (int i = 0; i < rows.length; i++) values[i] = lc.get(rows[i]);
            return LongColumn.wrap(lc.name(), lc.type(), values, missing);
        }
        DoubleColumn dc = (DoubleColumn) column;
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) values[i] = dc.get(rows[i]);
        return DoubleColumn.wrap(dc.name(), values, missing);
    }

    /** How a type reads in an error message. */
    static String describe(ColumnType type) {
        return switch (type) {
            case INTEGER -> "whole numbers";
            case DECIMAL -> "numbers";
            case BOOLEAN -> "yes/no values";
            case DATE -> "dates";
            case DATETIME -> "dates with times";
            case CATEGORICAL, TEXT, IDENTIFIER -> "text";
        };
    }
}
