package com.mstudio.engine.copy;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.StringColumn;
import com.mstudio.engine.data.csv.CsvImporter;
import com.mstudio.engine.testsupport.ChurnData;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The labelled text samples shipped in samples/, read with the real importer, and small tables built by hand. */
final class CopyTestData {
    private CopyTestData() {}

    static DataTable sample(String name) {
        return new CsvImporter().importFile(ChurnData.repoRoot().resolve("samples").resolve(name),
                ImportOptions.detectAll(), new PlainJobContext()).table();
    }

    /** {@code rows} rows of {@code table} drawn without replacement (seeded), in their original order. */
    static DataTable subsample(DataTable table, int rows, long seed) {
        List<Integer> idx = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) idx.add(r);
        java.util.Collections.shuffle(idx, new Random(seed));
        List<Integer> pick = new ArrayList<>(idx.subList(0, Math.min(rows, idx.size())));
        pick.sort(null);
        List<List<String>> cols = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            names.add(table.column(c).name());
            List<String> values = new ArrayList<>();
            for (int r : pick) values.add(table.isMissing(r, c) ? null : table.text(r, c));
            cols.add(values);
        }
        return table(names, cols);
    }

    /** A table of TEXT columns. */
    static DataTable table(List<String> names, List<List<String>> columns) {
        List<com.mstudio.engine.data.Column> out = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            StringColumn.Builder b = StringColumn.builder(names.get(c), ColumnType.TEXT, columns.get(c).size());
            for (String v : columns.get(c)) b.append(v);
            out.add(b.build());
        }
        return new Dataset(out);
    }

    /** Two columns, "text" and "label". */
    static DataTable texts(List<String> texts, List<String> labels) {
        return table(List.of("text", "label"), List.of(texts, labels));
    }
}
