package com.mstudio.engine.testsupport;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only reader for the Telco churn sample (no quoted commas in it), so these tests need not wait for the real
 * CSV importer. Types: only 0/1 → BOOLEAN, whole numbers → INTEGER, numbers → DECIMAL, otherwise CATEGORICAL;
 * an empty cell or "NA" is missing (total_charges has 11 NA cells).
 */
public final class ChurnData {
    public static final Path FILE = Path.of("/work/wt/shared/data/wa_churn.csv");

    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?\\d+");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private ChurnData() {}

    public static Dataset load() {
        return read(FILE);
    }

    public static Dataset read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] header = split(lines.get(0));
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) if (!lines.get(i).isEmpty()) rows.add(split(lines.get(i)));
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < header.length; c++) columns.add(column(header[c], c, rows));
        return new Dataset(columns);
    }

    private static Column column(String name, int c, List<String[]> rows) {
        boolean bool = true, integer = true, decimal = true;
        for (String[] r : rows) {
            String v = r[c];
            if (v.isEmpty()) continue;
            if (!v.equals("0") && !v.equals("1")) bool = false;
            if (!INTEGER.matcher(v).matches()) integer = false;
            if (!DECIMAL.matcher(v).matches()) decimal = false;
        }
        if (bool || integer) {
            LongColumn.Builder b = LongColumn.builder(name, bool ? ColumnType.BOOLEAN : ColumnType.INTEGER, rows.size());
            for (String[] r : rows) if (r[c].isEmpty()) b.appendMissing(); else b.append(Long.parseLong(r[c]));
            return b.build();
        }
        if (decimal) {
            DoubleColumn.Builder b = DoubleColumn.builder(name, rows.size());
            for (String[] r : rows) if (r[c].isEmpty()) b.appendMissing(); else b.append(Double.parseDouble(r[c]));
            return b.build();
        }
        StringColumn.Builder b = StringColumn.builder(name, ColumnType.CATEGORICAL, rows.size());
        for (String[] r : rows) if (r[c].isEmpty()) b.appendMissing(); else b.append(r[c]);
        return b.build();
    }

    private static String[] split(String line) {
        String[] parts = line.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.length() >= 2 && p.startsWith("\"") && p.endsWith("\"")) p = p.substring(1, p.length() - 1);
            parts[i] = p.equals("NA") ? "" : p;
        }
        return parts;
    }
}
