package com.mstudio.engine.data.clean;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.FittedTransform.FittedColumn;
import com.mstudio.engine.api.ColumnStep.Impute;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Applies a {@link FittedTransform} to a table; checks first that every column is there and holds the same kind of values. */
final class TransformApplier {
    private TransformApplier() {}

    /** The cleaned table and, for each of its rows, the source row it came from. */
    record Applied(Dataset data, int[] sourceRows) {}

    static Applied apply(FittedTransform t, Dataset data) {
        if (t.formatVersion() > FittedTransform.FORMAT_VERSION) {
            throw new StudioException("These cleaning steps were saved by a newer version of Marketing Studio.");
        }
        Map<String, FittedColumn> byName = new HashMap<>();
        for (FittedColumn f : t.columns()) {
            int i = data.indexOf(f.column());
            if (i < 0) {
                throw new StudioException("This file has no column \"" + f.column() + "\", which the cleaning steps need.",
                        null, -1, f.column());
            }
            ColumnType now = data.columnAt(i).type();
            if (!compatible(f, now)) {
                throw new StudioException("Column \"" + f.column() + "\" held " + ColumnValues.describe(f.inputType())
                        + " when the cleaning steps were set up, but holds " + ColumnValues.describe(now)
                        + " in this file.", null, -1, f.column());
            }
            byName.put(f.column(), f);
        }
        int[] rows = keptRows(t, data);
        List<Column> out = new ArrayList<>();
        for (Column c : data.columnList()) {
            FittedColumn f = byName.get(c.name());
            if (f == null) out.add(ColumnValues.select(c, rows));
            else if (f.oneHot()) out.addAll(oneHot(f, c, rows));
            else if (f.inputType().isString()) out.add(fillText(f, c, rows));
            else out.add(number(f, c, rows));
        }
        return new Applied(new Dataset(out), rows);
    }

    /**
     * Numbers stay numbers (whole or not), text stays text; one-hot matches categories by their text, so it accepts a
     * category column read as numbers in one file and as text in another.
     */
    static boolean compatible(FittedColumn f, ColumnType now) {
        ColumnType then = f.inputType();
        if (then == now || (then.isNumeric() && now.isNumeric()) || (then.isString() && now.isString())) return true;
        return f.oneHot() && !then.isTemporal() && !now.isTemporal();
    }

    private static int[] keptRows(FittedTransform t, Dataset data) {
        List<Column> dropping = new ArrayList<>();
        for (FittedColumn f : t.columns()) if (f.impute() == Impute.DROP_ROWS) dropping.add(data.column(f.column()));
        int[] rows = new int[data.rowCount()];
        int n = 0;
        outer:
        for (int r = 0; r < rows.length; r++) {
            for (Column c : dropping) if (c.isMissing(r)) continue outer;
            rows[n++] = r;
        }
        return n == rows.length ? rows : java.util.Arrays.copyOf(rows, n);
    }

    private static Column number(FittedColumn f, Column c, int[] rows) {
        double[] values = new double[rows.length];
        BitSet missing = new BitSet();
        Double fill = f.fillNumber();
        for (int i = 0; i < rows.length; i++) {
            double v = c.number(rows[i]);
            if (Double.isNaN(v)) {
                if (fill == null) { missing.set(i); continue; }
                v = fill;
            }
            values[i] = (v - f.center()) / f.spread();
        }
        return DoubleColumn.wrap(c.name(), values, missing);
    }

    private static Column fillText(FittedColumn f, Column c, int[] rows) {
        if (f.fillText() == null || c.missingCount() == 0) return ColumnValues.select(c, rows);
        StringColumn.Builder b = StringColumn.builder(c.name(), c.type(), rows.length);
        for (int r : rows) b.append(c.isMissing(r) ? f.fillText() : c.text(r));
        return b.build();
    }

    /** One BOOLEAN column per category (+ "other"); a value never seen when fitting, or a missing cell without fill, is all zeros. */
    private static List<Column> oneHot(FittedColumn f, Column c, int[] rows) {
        int k = f.outputNames().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < f.categories().size(); i++) index.put(f.categories().get(i), i);
        if (f.hasOther()) {
            Set<String> other = new HashSet<>(f.otherValues());
            for (String v : other) index.put(v, k - 1);
        }
        long[][] values = new long[k][rows.length];
        // Look each dictionary entry up once for text columns; the row loop then only reads ints.
        int[] codeToOutput = null;
        if (c instanceof StringColumn sc) {
            codeToOutput = new int[sc.dictionary().size()];
            for (int i = 0; i < codeToOutput.length; i++) codeToOutput[i] = index.getOrDefault(sc.dictionary().get(i), -1);
        }
        int fillOutput = f.fillText() == null ? -1 : index.getOrDefault(f.fillText(), -1);
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            int o;
            if (c.isMissing(r)) o = fillOutput;
            else if (codeToOutput != null) o = codeToOutput[((StringColumn) c).code(r)];
            else o = index.getOrDefault(c.text(r), -1);
            if (o >= 0) values[o][i] = 1;
        }
        List<Column> out = new ArrayList<>(k);
        for (int j = 0; j < k; j++) out.add(LongColumn.wrap(f.outputNames().get(j), ColumnType.BOOLEAN, values[j], new BitSet()));
        return out;
    }
}
