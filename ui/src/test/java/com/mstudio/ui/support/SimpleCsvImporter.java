package com.mstudio.ui.support;

import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CsvDialect;
import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.Rejection;
import com.mstudio.engine.api.StudioException;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * A deliberately small CSV importer for UI tests while the real one is built elsewhere: it runs as real jobs on the
 * real {@link JobRunner}, detects a delimiter and simple types, reports ragged rows and bad cells with their
 * line, and fails with a located {@link StudioException}. {@code millisPerChunk} slows it down for cancel tests.
 */
public final class SimpleCsvImporter implements ImportService {
    private static final int CHUNK = 200;
    private final JobRunner jobs;
    private final long millisPerChunk;

    public SimpleCsvImporter(JobRunner jobs, long millisPerChunk) {
        this.jobs = jobs;
        this.millisPerChunk = millisPerChunk;
    }

    @Override
    public JobHandle<CsvPreview> preview(Path file, ImportOptions o, Executor events, JobListener<? super CsvPreview> l) {
        return jobs.submit("Previewing " + file.getFileName(), Lane.IO, ctx -> {
            Parsed p = parse(file, o, ctx);
            List<List<String>> first = new ArrayList<>();
            for (int i = 0; i < Math.min(50, p.rows.size()); i++) first.add(List.of(p.rows.get(i)));
            return new CsvPreview(file, Files.size(file), p.dialect, p.schema, first, p.rows.size(), p.notices);
        }, events, l);
    }

    @Override
    public JobHandle<ImportResult> importCsv(Path file, ImportOptions o, Executor events, JobListener<? super ImportResult> l) {
        return jobs.submit("Importing " + file.getFileName(), Lane.IO, ctx -> {
            long t0 = System.nanoTime();
            Parsed p = parse(file, o, ctx);
            List<String[]> kept = new ArrayList<>();
            List<Rejection> rejections = new ArrayList<>();
            long missingCells = 0;
            int n = p.schema.size();
            for (int r = 0; r < p.rows.size(); r++) {
                if (r % CHUNK == 0) chunk(ctx, r / (double) p.rows.size(), "Reading row " + r);
                String[] row = p.rows.get(r);
                long line = p.lines.get(r);
                if (row.length != n) {
                    rejections.add(new Rejection(line, null, null, "Expected " + n + " fields, found " + row.length));
                    continue;
                }
                boolean reject = false;
                String[] out = row.clone();
                for (int c = 0; c < n; c++) {
                    String v = out[c];
                    if (isMissing(v)) { out[c] = ""; continue; }
                    ColumnSchema col = p.schema.get(c);
                    if (!fits(v, col.type())) {
                        String why = "'" + v + "' is not " + (col.type() == ColumnType.INTEGER ? "a whole number" : "a number");
                        rejections.add(new Rejection(line, col.name(), v, why));
                        if (o.badRowPolicy() == BadRowPolicy.SKIP_ROW) reject = true; else { out[c] = ""; missingCells++; }
                    }
                }
                if (!reject) kept.add(out);
            }
            ctx.progress(1, "Done");
            List<String> names = p.schema.stream().map(ColumnSchema::name).toList();
            List<ColumnType> types = p.schema.stream().map(ColumnSchema::type).toList();
            long read = p.rows.size();
            ImportReport report = new ImportReport(file, p.dialect, read, kept.size(), read - kept.size(), missingCells,
                    rejections, p.notices, (System.nanoTime() - t0) / 1e9);
            return new ImportResult(dataset(names, types, kept), p.schema, report);
        }, events, l);
    }

    /** An engine dataset, as the real importer returns: the workspace keeps only those. */
    private static com.mstudio.engine.data.Dataset dataset(List<String> names, List<ColumnType> types, List<String[]> rows) {
        List<com.mstudio.engine.data.Column> cols = new ArrayList<>();
        for (int c = 0; c < names.size(); c++) {
            ColumnType t = types.get(c);
            if (t == ColumnType.INTEGER) {
                var b = com.mstudio.engine.data.LongColumn.builder(names.get(c), t, rows.size());
                for (String[] r : rows) if (r[c].isEmpty()) b.appendMissing(); else b.append(Long.parseLong(r[c].trim()));
                cols.add(b.build());
            } else if (t == ColumnType.DECIMAL) {
                var b = com.mstudio.engine.data.DoubleColumn.builder(names.get(c), rows.size());
                for (String[] r : rows) if (r[c].isEmpty()) b.appendMissing(); else b.append(Double.parseDouble(r[c].trim()));
                cols.add(b.build());
            } else {
                var b = com.mstudio.engine.data.StringColumn.builder(names.get(c), t, rows.size());
                for (String[] r : rows) if (r[c].isEmpty()) b.appendMissing(); else b.append(r[c]);
                cols.add(b.build());
            }
        }
        return new com.mstudio.engine.data.Dataset(cols);
    }

    private void chunk(JobContext ctx, double fraction, String message) throws InterruptedException {
        ctx.checkCancelled();
        ctx.progress(fraction, message);
        if (millisPerChunk > 0) Thread.sleep(millisPerChunk);
    }

    private record Parsed(CsvDialect dialect, List<ColumnSchema> schema, List<String[]> rows, List<Long> lines, List<String> notices) {}

    private Parsed parse(Path file, ImportOptions o, JobContext ctx) throws Exception {
        String enc = o.encoding() == null ? "UTF-8" : o.encoding();
        List<String> text = Files.readAllLines(file, Charset.forName(enc));
        if (text.isEmpty() || text.stream().allMatch(String::isBlank)) throw new StudioException("The file is empty.", file, -1, null);
        char delim = o.delimiter() != null ? o.delimiter() : detect(text.get(0));
        boolean header = o.hasHeader() == null || o.hasHeader();
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            if (i % CHUNK == 0) chunk(ctx, -1, "Reading " + file.getFileName());
            if (text.get(i).isEmpty()) continue;
            rows.add(split(text.get(i), delim, file, i + 1));
            lines.add(i + 1L);
        }
        String[] head = header ? rows.remove(0) : null;
        if (header) lines.remove(0);
        int n = head != null ? head.length : rows.isEmpty() ? 0 : rows.get(0).length;
        List<String> notices = new ArrayList<>();
        List<ColumnSchema> schema = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            String name = head != null && !head[c].isBlank() ? head[c].trim() : "column_" + (c + 1);
            if (head != null && head[c].isBlank()) notices.add("Header " + (c + 1) + " was blank; named it " + name);
            ColumnType detected = detectType(rows, c);
            ColumnType type = o.columnTypes().getOrDefault(name, detected);
            schema.add(new ColumnSchema(name, head == null ? "" : head[c], type, detected, null));
        }
        notices.add("Read as " + enc);
        return new Parsed(new CsvDialect(enc, false, delim, '"', header, o.decimalComma() != null && o.decimalComma()),
                schema, rows, lines, notices);
    }

    private static char detect(String line) {
        char best = ',';
        long most = -1;
        for (char d : new char[]{',', ';', '\t', '|'}) {
            long count = line.chars().filter(ch -> ch == d).count();
            if (count > most) { most = count; best = d; }
        }
        return best;
    }

    private static String[] split(String line, char delim, Path file, long lineNo) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else quoted = !quoted;
            } else if (ch == delim && !quoted) { out.add(cur.toString()); cur.setLength(0); }
            else cur.append(ch);
        }
        if (quoted) throw new StudioException("A quoted field is never closed", file, lineNo, String.valueOf(out.size() + 1));
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }

    private static boolean isMissing(String v) {
        return v.isBlank() || v.equals("NA");
    }

    private static boolean fits(String v, ColumnType t) {
        try {
            if (t == ColumnType.INTEGER) Long.parseLong(v.trim());
            else if (t == ColumnType.DECIMAL) Double.parseDouble(v.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static ColumnType detectType(List<String[]> rows, int c) {
        int ints = 0, nums = 0, present = 0;
        Set<String> distinct = new HashSet<>();
        for (String[] r : rows) {
            if (c >= r.length || isMissing(r[c])) continue;
            present++;
            distinct.add(r[c]);
            if (fits(r[c], ColumnType.INTEGER)) ints++;
            if (fits(r[c], ColumnType.DECIMAL)) nums++;
        }
        if (present == 0) return ColumnType.TEXT;
        if (ints >= 0.8 * present) return ColumnType.INTEGER;
        if (nums >= 0.8 * present) return ColumnType.DECIMAL;
        if (distinct.size() <= Math.max(20, present / 50)) return ColumnType.CATEGORICAL;
        return distinct.size() == present ? ColumnType.IDENTIFIER : ColumnType.TEXT;
    }
}
