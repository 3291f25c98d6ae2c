package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.data.StringColumn;

import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.List;

/**
 * The end of pass 2, one column at a time (columns run in parallel): merges the chunks' dictionaries into the first
 * one and renumbers the codes, merges the missing bits, removes the rows that were skipped, and wraps the arrays in
 * a {@link Column} without copying them. Each call touches only its own column's arrays.
 */
final class ColumnAssembler {
    private final List<ColumnSchema> schema;
    private final int[] kinds;
    private final long[][] longs;
    private final double[][] doubles;
    private final int[][] codes;
    private final Charset charset;

    ColumnAssembler(List<ColumnSchema> schema, int[] kinds, long[][] longs, double[][] doubles, int[][] codes, Charset charset) {
        this.schema = schema;
        this.kinds = kinds;
        this.longs = longs;
        this.doubles = doubles;
        this.codes = codes;
        this.charset = charset;
    }

    /** Column c, with the chunks' dictionaries and missing bits merged and skipped rows removed. */
    Column column(int c, List<FillPass.Chunk> chunks, BitSet skipped, int kept) {
        ColumnSchema cs = schema.get(c);
        if (kinds[c] == FillPass.STRING) {
            ByteDictionary dict = chunks.get(0).dicts[c];
            int[] col = codes[c];
            for (int k = 1; k < chunks.size(); k++) {
                FillPass.Chunk ch = chunks.get(k);
                int[] map = dict.mergeFrom(ch.dicts[c]);
                for (int r = (int) ch.firstRow, end = r + ch.count; r < end; r++) {
                    if (col[r] >= 0) col[r] = map[col[r]];
                }
            }
            if (!skipped.isEmpty()) col = Compaction.compact(col, skipped, kept);
            codes[c] = null;
            return StringColumn.of(cs.name(), cs.type(), col, dict.strings(charset));
        }
        BitSet m = new BitSet();
        for (FillPass.Chunk ch : chunks) {
            int base = (int) ch.firstRow;
            BitSet local = ch.missing[c];
            for (int i = local.nextSetBit(0); i >= 0; i = local.nextSetBit(i + 1)) m.set(base + i);
        }
        if (!skipped.isEmpty()) m = Compaction.compact(m, skipped);
        if (kinds[c] == FillPass.DOUBLE) {
            double[] v = doubles[c];
            if (!skipped.isEmpty()) v = Compaction.compact(v, skipped, kept);
            doubles[c] = null;
            return DoubleColumn.of(cs.name(), v, m);
        }
        long[] v = longs[c];
        if (!skipped.isEmpty()) v = Compaction.compact(v, skipped, kept);
        longs[c] = null;
        LongColumn column = LongColumn.of(cs.name(), cs.type(), v, m);
        return cs.type() == ColumnType.BOOLEAN ? withFileLabels(column, c, chunks) : column;
    }

    /**
     * Shows a boolean column the way the file wrote it ("Yes"/"No", "1"/"0", "Y"/"N"): the first spelling of each
     * value, in file order. When one side never occurs, its label is derived from the other's style.
     */
    private static LongColumn withFileLabels(LongColumn column, int c, List<FillPass.Chunk> chunks) {
        String no = null, yes = null;
        for (FillPass.Chunk ch : chunks) {
            String[] l = ch.booleanLabels == null ? null : ch.booleanLabels[c];
            if (l == null) continue;
            if (no == null) no = l[0];
            if (yes == null) yes = l[1];
        }
        if (no == null && yes == null) return column;
        if (no == null) no = BooleanWords.opposite(yes);
        if (yes == null) yes = BooleanWords.opposite(no);
        return column.withBooleanLabels(no, yes);
    }
}
