package com.mstudio.engine.copy;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.BitSet;
import java.util.List;

/**
 * A table with a copy model's answer as two more columns at the end: the label (CATEGORICAL) and its confidence
 * (DECIMAL, 0..1), under names none of the table's columns has ({@link CopyService.BatchColumns#freeIn}), so the
 * user's own data is never overwritten. A row without text gets missing cells: it is kept (never dropped silently) but
 * not guessed at.
 */
final class LabelledTable {
    private LabelledTable() {}

    static DataTable with(DataTable table, List<String> labelNames, int[] labels, double[] confidence, List<String> texts) {
        int n = table.rowCount();
        int[] codes = new int[n];
        BitSet missing = new BitSet();
        double[] conf = confidence.clone();
        for (int r = 0; r < n; r++) {
            boolean noText = texts.get(r) == null || texts.get(r).isBlank();
            codes[r] = noText ? -1 : labels[r];
            if (noText) {
                missing.set(r);
                conf[r] = Double.NaN;
            }
        }
        CopyService.BatchColumns names = CopyService.BatchColumns.freeIn(table);
        return Dataset.withColumns(table, StringColumn.wrap(names.label(), ColumnType.CATEGORICAL, codes, List.copyOf(labelNames)),
                DoubleColumn.wrap(names.confidence(), conf, missing));
    }
}
