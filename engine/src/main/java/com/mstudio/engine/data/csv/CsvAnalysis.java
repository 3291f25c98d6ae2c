package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CsvDialect;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.StudioException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything detection finds before the values are read: encoding, dialect, header, names, types (over every row),
 * row count, where pass 2 can start, and the notices for the user. The {@link #source} stays open for pass 2.
 */
final class CsvAnalysis {
    ByteSource source;
    long fileSize;
    CsvDialect dialect;
    List<ColumnSchema> schema;
    DateParser.DateOrder[] orders;
    long[] distinctStringBytes;
    /** Distinct values per column as pass 1 counted them; Long.MAX_VALUE when there were very many. */
    long[] distinctCounts;
    List<List<String>> firstRows;
    long rowCount;
    List<FillPass.Start> starts;
    List<String> notices = new ArrayList<>();
    EncodingDetector.Detected encoding;
    Path file;
    /** Whether this analysis came from an earlier call (pass 1 was not run again). */
    boolean reused;

    private CsvAnalysis() {}

    /**
     * The same analysis over a freshly opened source, for another call. Everything else is never changed after
     * {@link #run}, so it is shared.
     */
    CsvAnalysis reopen() throws java.io.IOException {
        CsvAnalysis a = new CsvAnalysis();
        a.fileSize = fileSize;
        a.dialect = dialect;
        a.schema = schema;
        a.orders = orders;
        a.distinctStringBytes = distinctStringBytes;
        a.distinctCounts = distinctCounts;
        a.firstRows = firstRows;
        a.rowCount = rowCount;
        a.starts = starts;
        a.notices = notices;
        a.encoding = encoding;
        a.file = file;
        a.reused = true;
        a.source = ByteSource.open(file, encoding);
        return a;
    }

    static CsvAnalysis run(Path file, ImportOptions options, ChunkRunner runner, int threads, MemoryBudget budget,
                           double from, double to) throws Exception {
        CsvAnalysis a = new CsvAnalysis();
        if (!Files.exists(file)) throw new StudioException("The file does not exist", file, -1, null);
        if (Files.isDirectory(file)) throw new StudioException("This is a folder, not a file", file, -1, null);
        if (!Files.isReadable(file)) throw new StudioException("The app is not allowed to read this file", file, -1, null);
        a.fileSize = Files.size(file);
        if (a.fileSize == 0) throw new StudioException("The file is empty", file, -1, null);
        EncodingDetector.Detected enc;
        try {
            enc = EncodingDetector.detect(file, options.encoding());
        } catch (IllegalArgumentException e) {
            throw new StudioException("The encoding '" + options.encoding() + "' is not known", file, -1, null, e);
        }
        if (enc.needsTranscoding()) {
            budget.check(MemoryBudget.estimateBeforeReading(a.fileSize, 100, 1, true), file);
        }
        ByteSource src = ByteSource.open(file, enc);
        a.source = src;
        a.encoding = enc;
        a.file = file;
        boolean ok = false;
        try {
            a.detect(file, options, enc, src, runner, threads, budget, from, to);
            // handed to callers (CsvPreview, ImportResult) and kept for reuse: nobody may change them
            a.schema = List.copyOf(a.schema);
            a.notices = List.copyOf(a.notices);
            a.firstRows = a.firstRows.stream().map(List::copyOf).toList();
            a.starts = List.copyOf(a.starts);
            ok = true;
        } finally {
            if (!ok) src.close();
        }
        return a;
    }

    private void detect(Path file, ImportOptions options, EncodingDetector.Detected enc, ByteSource src, ChunkRunner runner,
                        int threads, MemoryBudget budget, double from, double to) throws Exception {
        if (src.length() == 0) throw new StudioException("The file is empty", file, -1, null);
        byte[] sample = DialectDetector.sample(src);
        boolean truncated = sample.length < src.length();
        // Excel writes "sep=;" as the first line of some exports: it names the delimiter and is not data.
        int bodyStart = excelSepLineLength(sample);
        long bodyLine = 1;
        Character delimiter = options.delimiter();
        if (bodyStart > 0) {
            if (delimiter == null) delimiter = (char) sample[4];
            notices.add("The first line '" + new String(sample, 0, 5, StandardCharsets.US_ASCII) + "' names the delimiter; it was skipped");
            sample = java.util.Arrays.copyOfRange(sample, bodyStart, sample.length);
            bodyLine = 2;
        }
        DialectDetector.Guess g = DialectDetector.guess(sample, truncated, delimiter, options.quote(), options.decimalComma());

        // The first record: header or first data row, decided after pass 1.
        RecordScanner first = new RecordScanner(src, bodyStart, src.length(), bodyLine, g.delimiter(), g.quote(), 1 << 16);
        boolean any;
        try {
            any = first.next();
        } catch (RecordScanner.UnclosedQuoteException e) {
            throw unclosed(file, e);
        }
        if (!any) throw new StudioException("The file is empty", file, -1, null);
        int nf = first.fieldCount;
        byte[][] firstCells = new byte[nf][];
        for (int f = 0; f < nf; f++) {
            firstCells[f] = first.flags[f] >= RecordScanner.ESCAPED ? first.cook(f)
                    : java.util.Arrays.copyOfRange(first.buf, first.starts[f], first.ends[f]);
        }
        List<String> firstText = ScanPass.texts(first, src.cellCharset);
        long afterFirst = first.position();
        long afterFirstLine = first.nextLine();

        double avgRecord = sample.length / Math.max(1.0, countLines(sample));
        budget.check(MemoryBudget.estimateBeforeReading(src.length(), avgRecord, nf, false), file);

        boolean[] idLike = new boolean[nf];
        for (int c = 0; c < nf; c++) idLike[c] = TypeInference.isIdName(new String(firstCells[c], src.cellCharset));
        ScanPass.Result r;
        try {
            r = new ScanPass(src, g.delimiter(), g.quote(), g.decimalComma(), nf, idLike).run(afterFirst, afterFirstLine, threads, runner, from, to);
        } catch (RecordScanner.UnclosedQuoteException e) {
            throw unclosed(file, e);
        }

        if (r.records >= 2 && r.ragged * 2 > r.records) {
            // Importing would reject most rows; the first line is the odd one out (a title above the header, or a
            // delimiter that only the first line uses).
            throw new StudioException(String.format(Locale.ROOT, "This line has %d field%s, but %,d of the %,d rows below have a "
                            + "different number: is there a title above the header, or another delimiter than the %s?", nf,
                    nf == 1 ? "" : "s", r.ragged, r.records, new CsvDialect("", false, g.delimiter(), '"', true, false).delimiterName()),
                    file, first.recordLine, null);
        }
        TypeInference.Decision[] dec = new TypeInference.Decision[nf];
        for (int c = 0; c < nf; c++) dec[c] = TypeInference.decide(new String(firstCells[c], src.cellCharset), r.stats[c]);
        boolean header = options.hasHeader() != null ? options.hasHeader()
                : r.records == 0 || HeaderDetector.looksLikeHeader(firstCells, r.stats, dec, g.decimalComma());
        if (header && r.records == 0) {
            throw new StudioException("The file has a header row but no data rows", file, -1, null);
        }
        if (!header) {
            CellParser p = new CellParser(g.decimalComma());
            DateParser d = new DateParser();
            for (int c = 0; c < nf; c++) r.stats[c].observe(firstCells[c], 0, firstCells[c].length, p, d);
        }
        HeaderDetector.Names names = HeaderDetector.clean(firstCells, header, nf, src.cellCharset);
        for (int c = 0; c < nf; c++) dec[c] = TypeInference.decide(names.names().get(c), r.stats[c]);

        dialect = new CsvDialect(enc.charset().name(), enc.bomLength() > 0, g.delimiter(), g.quote(), header, g.decimalComma());
        buildSchema(names, dec, r.stats, options.columnTypes());
        rowCount = r.records + (header ? 0 : 1);
        if (rowCount > Integer.MAX_VALUE - 8) {
            throw new StudioException(String.format("The file has %,d rows; the studio reads at most %,d", rowCount,
                    Integer.MAX_VALUE - 8), file, -1, null);
        }

        starts = new ArrayList<>();
        if (!header) starts.add(new FillPass.Start(0, bodyStart, bodyLine));
        for (ScanPass.Checkpoint cp : r.checkpoints) {
            starts.add(new FillPass.Start(cp.record() + (header ? 0 : 1), cp.offset(), cp.line()));
        }
        firstRows = new ArrayList<>();
        if (!header) firstRows.add(firstText);
        for (List<String> row : r.firstRows) {
            if (firstRows.size() >= ScanPass.PREVIEW_ROWS) break;
            firstRows.add(row);
        }
        addNotices(enc, g, names, r);
    }

    private void buildSchema(HeaderDetector.Names names, TypeInference.Decision[] dec, ColumnStats[] stats,
                             Map<String, ColumnType> overrides) {
        int nf = dec.length;
        schema = new ArrayList<>(nf);
        orders = new DateParser.DateOrder[nf];
        distinctStringBytes = new long[nf];
        distinctCounts = new long[nf];
        for (int c = 0; c < nf; c++) {
            String name = names.names().get(c);
            ColumnType detected = dec[c].type();
            ColumnType type = overrides.getOrDefault(name, detected);
            DateParser.DateOrder order = dec[c].order();
            if (type.isTemporal() && order == null) order = TypeInference.bestOrder(stats[c]); // an override
            orders[c] = order;
            String format = type.isTemporal() ? order.pattern + (type == ColumnType.DATETIME ? " HH:mm:ss" : "") : null;
            schema.add(new ColumnSchema(name, names.headerTexts().get(c), type, detected, format));
            ColumnStats s = stats[c];
            long distinct = s.distinct.saturated() ? s.nonMissing : s.distinct.size();
            distinctCounts[c] = s.distinct.saturated() ? Long.MAX_VALUE : s.distinct.size();
            double avg = s.textCells == 0 ? 8 : (double) s.textBytes / s.textCells;
            // pooled bytes plus the dictionary's table while it is built, or a String per value (see PooledStrings)
            distinctStringBytes[c] = (long) (distinct * (distinct > ByteDictionary.POOLED_ABOVE ? avg + 40 : avg * 2 + 64));
        }
        for (String name : overrides.keySet()) {
            if (!names.names().contains(name)) notices.add("There is no column called '" + name + "'; its type setting was ignored");
        }
    }

    private void addNotices(EncodingDetector.Detected enc, DialectDetector.Guess g, HeaderDetector.Names names, ScanPass.Result r) {
        List<String> n = new ArrayList<>();
        if (!enc.charset().equals(StandardCharsets.UTF_8)) n.add("Read as " + enc.charset().name() + " text");
        if (g.decimalComma()) n.add("Numbers use a decimal comma (3,14)");
        n.addAll(names.notices());
        for (int c = 0; c < schema.size(); c++) {
            ColumnStats s = r.stats[c];
            ColumnSchema cs = schema.get(c);
            if (cs.type().isString() && s.formulaLike > 0) {
                n.add(String.format(Locale.ROOT, "%d value%s in '%s' start%s with =, +, - or @ like a spreadsheet formula; "
                                + "they are kept as plain text and escaped when exported", s.formulaLike, s.formulaLike == 1 ? "" : "s",
                        cs.name(), s.formulaLike == 1 ? "s" : ""));
            }
            if (cs.type().isTemporal() && orders[c] == DateParser.DateOrder.DMY_SLASH && r.stats[c].dateOk[DateParser.DateOrder.MDY_SLASH.ordinal()]
                    == r.stats[c].dateOk[DateParser.DateOrder.DMY_SLASH.ordinal()] && s.dateCells > 0) {
                n.add("The dates in '" + cs.name() + "' could be day/month or month/day; they are read as day/month (dd/MM/yyyy)");
            }
        }
        if (r.multiLineRecords > 0) {
            n.add(String.format(Locale.ROOT, "%,d row%s ha%s line breaks inside quoted values (the first at line %d)",
                    r.multiLineRecords, r.multiLineRecords == 1 ? "" : "s", r.multiLineRecords == 1 ? "s" : "ve", r.firstMultiLine));
        }
        if (r.ragged > 0) {
            n.add(String.format(Locale.ROOT, "%,d row%s do%s not have %d fields (the first at line %d)", r.ragged,
                    r.ragged == 1 ? "" : "s", r.ragged == 1 ? "es" : "", schema.size(), r.firstRaggedLine));
        }
        notices.addAll(0, n);
    }

    private static StudioException unclosed(Path file, RecordScanner.UnclosedQuoteException e) {
        return new StudioException("A quote opened here is never closed", file, e.line, String.valueOf(e.field));
    }

    /** Length of a leading "sep=X" line including its line break, or 0. */
    static int excelSepLineLength(byte[] s) {
        if (s.length < 5 || s[0] != 's' || s[1] != 'e' || s[2] != 'p' || s[3] != '=') return 0;
        int i = 5;
        if (i == s.length) return i;
        if (s[i] == '\r') i++;
        if (i < s.length && s[i] == '\n') i++;
        return i > 5 ? i : 0;
    }

    private static int countLines(byte[] b) {
        int n = 0;
        for (byte x : b) if (x == '\n') n++;
        return Math.max(1, n);
    }
}
