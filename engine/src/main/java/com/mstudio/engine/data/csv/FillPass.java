package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.data.Column;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Pass 2: reads every data record again and writes each cell, parsed as its column's type, into pre-sized
 * primitive arrays (the row count is known from pass 1). Chunks start at pass 1's checkpoints, so they are always
 * cut at true record boundaries and run in parallel whatever the quoting. Each chunk writes its own row range of
 * the shared arrays and keeps its own missing bits, dictionaries and rejections, merged in file order at the end.
 */
final class FillPass {
    /** Where a chunk starts: data row index, byte offset, line. */
    record Start(long row, long offset, long line) {}

    static final int LONG = 0, BOOL = 1, DATE = 2, DATETIME = 3, DOUBLE = 4, STRING = 5;

    private final ByteSource src;
    private final char delimiter, quote;
    private final boolean decimalComma;
    private final List<ColumnSchema> schema;
    private final DateParser.DateOrder[] orders;
    private final BadRowPolicy policy;
    private final Charset charset;
    private final int nf;
    private final int[] kinds;
    private final int rows;

    private final long[][] longs;
    private final double[][] doubles;
    private final int[][] codes;

    /** Totals after {@link #run}. */
    long rowsRejected;
    long cellsSetMissing;
    RejectionLog rejections;

    private final long[] expectedDistinct;

    /** {@code expectedDistinct[c]}: distinct values pass 1 saw in column c (Long.MAX_VALUE for "very many"). */
    FillPass(ByteSource src, char delimiter, char quote, boolean decimalComma, List<ColumnSchema> schema,
             DateParser.DateOrder[] orders, BadRowPolicy policy, long rows, long[] expectedDistinct) {
        this.expectedDistinct = expectedDistinct;
        this.src = src;
        this.delimiter = delimiter;
        this.quote = quote;
        this.decimalComma = decimalComma;
        this.schema = schema;
        this.orders = orders;
        this.policy = policy;
        this.charset = src.cellCharset;
        this.nf = schema.size();
        if (rows > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("too many rows: " + rows);
        this.rows = (int) rows;
        this.kinds = new int[nf];
        this.longs = new long[nf][];
        this.doubles = new double[nf][];
        this.codes = new int[nf][];
        for (int c = 0; c < nf; c++) {
            ColumnType t = schema.get(c).type();
            kinds[c] = switch (t) {
                case INTEGER -> LONG;
                case BOOLEAN -> BOOL;
                case DATE -> DATE;
                case DATETIME -> DATETIME;
                case DECIMAL -> DOUBLE;
                default -> STRING;
            };
            if (kinds[c] == DOUBLE) doubles[c] = new double[this.rows];
            else if (kinds[c] == STRING) codes[c] = new int[this.rows];
            else longs[c] = new long[this.rows];
        }
    }

    /** What one chunk produced besides the values it wrote into the shared arrays. */
    static final class Chunk {
        long firstRow;
        int count;
        BitSet[] missing;
        ByteDictionary[] dicts;
        RejectionLog log = new RejectionLog();
        BitSet skipped = new BitSet();
        long rowsRejected, cellsSetMissing;
        /** Per boolean column, the first spelling seen for false [0] and true [1] ("No", "Yes"). */
        String[][] booleanLabels;
    }

    /** Fills the columns; {@code starts} are the chunk starts (the first at data row 0), {@code threads} pieces. */
    List<Column> run(List<Start> starts, int threads, ChunkRunner runner, double from, double to) throws Exception {
        List<Start> cuts = pick(starts, threads);
        List<Callable<Chunk>> tasks = new ArrayList<>();
        for (int k = 0; k < cuts.size(); k++) {
            Start s = cuts.get(k);
            long endOffset = k + 1 < cuts.size() ? cuts.get(k + 1).offset() : src.length();
            long endRow = k + 1 < cuts.size() ? cuts.get(k + 1).row() : rows;
            tasks.add(() -> fillChunk(s, endOffset, (int) (endRow - s.row()), runner));
        }
        List<Chunk> chunks = runner.run(tasks, src.length() - cuts.get(0).offset(), from, to, "Reading the values");
        return finish(chunks, runner);
    }

    /** Groups the checkpoints into about {@code threads} runs of similar byte size. */
    private List<Start> pick(List<Start> starts, int threads) {
        List<Start> out = new ArrayList<>();
        out.add(starts.get(0));
        long total = src.length() - starts.get(0).offset();
        int n = (int) Math.max(1, Math.min(threads, total / Chunking.MIN_BYTES_PER_CHUNK));
        int next = 1;
        for (Start s : starts) {
            if (next >= n) break;
            if (s.offset() - starts.get(0).offset() >= total * next / n && s.row() > out.get(out.size() - 1).row()) {
                out.add(s);
                next++;
            }
        }
        return out;
    }

    private Chunk fillChunk(Start start, long endOffset, int count, ChunkRunner runner) {
        Chunk ch = new Chunk();
        ch.firstRow = start.row();
        ch.count = count;
        ch.missing = new BitSet[nf];
        ch.dicts = new ByteDictionary[nf];
        for (int c = 0; c < nf; c++) {
            ch.missing[c] = new BitSet();
            // the first chunk's dictionary receives the others' at the end: size it for all rows, so it never grows
            long expect = Math.min(start.row() == 0 ? rows : count, expectedDistinct[c]);
            if (kinds[c] == STRING) ch.dicts[c] = new ByteDictionary((int) expect);
        }
        CellParser p = new CellParser(decimalComma);
        DateParser dp = new DateParser();
        RecordScanner sc = new RecordScanner(src, start.offset(), endOffset, start.line(), delimiter, quote, ScanPass.BUFFER);
        int base = (int) start.row();
        int local = 0;
        int sinceTick = 0;
        long lastTickPos = start.offset();
        boolean keep = policy == BadRowPolicy.KEEP_AS_MISSING;
        while (local < count && sc.next()) {
            if (++sinceTick == ChunkRunner.TICK_ROWS) {
                long pos = sc.position();
                runner.tick(pos - lastTickPos);
                lastTickPos = pos;
                sinceTick = 0;
            }
            int row = base + local;
            int fc = sc.fieldCount;
            boolean bad = false;
            if (sc.recordLastLine > sc.recordLine && sc.hasStrayText()) {
                // "a,"oops,b\n...\n...",c": a quote opened in one row closed in the middle of a value rows later, and
                // the rows between were swallowed. Never import that as one row, whatever the policy.
                ch.log.add(sc.recordLine, null, null, "the quotes do not pair up: a quote opened on line " + sc.recordLine
                        + " closes inside a value on line " + sc.recordLastLine + ", so these lines were read as one row");
                bad = true;
                fc = 0;
            } else if (fc > nf) {
                ch.log.add(sc.recordLine, null, null, "has " + fc + " fields, expected " + nf + spanHint(sc));
                bad = true;
                fc = 0; // nothing of this row is kept
            } else if (fc < nf) {
                if (keep) {
                    ch.log.add(sc.recordLine, null, null, "has " + fc + " fields, expected " + nf
                            + "; the last " + (nf - fc) + " were left empty");
                    ch.cellsSetMissing += nf - fc;
                    for (int c = fc; c < nf; c++) setMissing(ch, c, row, local);
                } else {
                    ch.log.add(sc.recordLine, null, null, "has " + fc + " fields, expected " + nf + spanHint(sc));
                    bad = true;
                    fc = 0;
                }
            }
            // Typed cells first: when one fails under SKIP_ROW the row's strings are never added to a dictionary.
            for (int pass = 0; pass < 2; pass++) {
                if (pass == 1 && bad) break;
                for (int c = 0; c < fc; c++) {
                    if ((kinds[c] == STRING) != (pass == 1)) continue;
                    if (!cell(ch, sc, c, row, local, p, dp, keep)) bad = true;
                }
            }
            if (bad) {
                ch.skipped.set(local);
                ch.rowsRejected++;
            }
            local++;
        }
        if (local != count) throw new IllegalStateException("pass 2 read " + local + " rows where pass 1 counted " + count);
        runner.tick(sc.position() - lastTickPos);
        return ch;
    }

    /**
     * For a ragged record that runs over several lines: a quote that opened inside a field and closed only lines later
     * is the usual cause, and the user needs to look at the start line.
     */
    private static String spanHint(RecordScanner sc) {
        if (sc.recordLastLine <= sc.recordLine) return "";
        return " (it runs over lines " + sc.recordLine + " to " + sc.recordLastLine + "; perhaps a quote there is not closed)";
    }

    /** Reads one cell into its column; false when it does not fit and the row must go (SKIP_ROW). */
    private boolean cell(Chunk ch, RecordScanner sc, int c, int row, int local, CellParser p, DateParser dp, boolean keep) {
        int s, e;
        byte[] b = sc.buf;
        if (sc.flags[c] >= RecordScanner.ESCAPED) {
            b = sc.cook(c);
            s = 0;
            e = b.length;
        } else {
            s = sc.starts[c];
            e = sc.ends[c];
        }
        int ts = CellParser.trimStart(b, s, e);
        int te = CellParser.trimEnd(b, ts, e);
        if (CellParser.isMissing(b, ts, te)) {
            setMissing(ch, c, row, local);
            return true;
        }
        if (convert(ch, c, row, b, ts, te, p, dp)) return true;
        ch.log.add(sc.recordLine, schema.get(c).name(), new String(b, s, e - s, charset), reason(c, b, s, e));
        if (keep) {
            setMissing(ch, c, row, local);
            ch.cellsSetMissing++;
            return true;
        }
        return false;
    }

    private void setMissing(Chunk ch, int c, int row, int local) {
        ch.missing[c].set(local);
        if (kinds[c] == STRING) codes[c][row] = -1;
    }

    private boolean convert(Chunk ch, int c, int row, byte[] b, int s, int e, CellParser p, DateParser dp) {
        switch (kinds[c]) {
            case LONG:
                if (p.parseLong(b, s, e)) {
                    longs[c][row] = p.longValue;
                    return true;
                }
                if (p.parseDouble(b, s, e) && p.doubleValue == Math.rint(p.doubleValue) && Math.abs(p.doubleValue) < 9.0e18) {
                    longs[c][row] = (long) p.doubleValue;
                    return true;
                }
                return false;
            case DOUBLE:
                if (p.parseDouble(b, s, e)) {
                    doubles[c][row] = p.doubleValue;
                    return true;
                }
                return false;
            case BOOL:
                if (p.parseBoolean(b, s, e)) {
                    longs[c][row] = p.longValue;
                    rememberLabel(ch, c, (int) p.longValue, b, s, e);
                    return true;
                }
                return false;
            case DATE:
                if (parseDate(dp, c, b, s, e)) {
                    longs[c][row] = dp.epochDay;
                    return true;
                }
                return false;
            case DATETIME:
                if (parseDate(dp, c, b, s, e)) {
                    longs[c][row] = dp.epochSecond;
                    return true;
                }
                return false;
            default:
                codes[c][row] = ch.dicts[c].intern(b, s, e);
                return true;
        }
    }

    /** The column's own order first, then the unambiguous ISO forms. */
    private boolean parseDate(DateParser dp, int c, byte[] b, int s, int e) {
        DateParser.DateOrder o = orders[c] == null ? DateParser.DateOrder.YMD_DASH : orders[c];
        return dp.parse(b, s, e, o)
                || (o != DateParser.DateOrder.YMD_DASH && dp.parse(b, s, e, DateParser.DateOrder.YMD_DASH))
                || (o != DateParser.DateOrder.YMD_SLASH && dp.parse(b, s, e, DateParser.DateOrder.YMD_SLASH));
    }

    private String reason(int c, byte[] b, int s, int e) {
        String v = RejectionLog.shorten(new String(b, s, e - s, charset).trim());
        return "'" + v + "' is not " + TypeInference.describe(schema.get(c).type(), orders[c]);
    }

    private void rememberLabel(Chunk ch, int c, int value, byte[] b, int s, int e) {
        if (ch.booleanLabels == null) ch.booleanLabels = new String[nf][];
        String[] labels = ch.booleanLabels[c];
        if (labels == null) labels = ch.booleanLabels[c] = new String[2];
        if (labels[value] == null) labels[value] = new String(b, s, e - s, charset).trim();
    }

    /** Merges the chunks column by column, the columns in parallel: dictionaries, missing bits, skipped rows. */
    private List<Column> finish(List<Chunk> chunks, ChunkRunner runner) throws Exception {
        BitSet skipped = new BitSet();
        List<RejectionLog> logs = new ArrayList<>();
        for (Chunk ch : chunks) {
            int base = (int) ch.firstRow;
            for (int i = ch.skipped.nextSetBit(0); i >= 0; i = ch.skipped.nextSetBit(i + 1)) skipped.set(base + i);
            rowsRejected += ch.rowsRejected;
            cellsSetMissing += ch.cellsSetMissing;
            logs.add(ch.log);
        }
        rejections = RejectionLog.concat(logs);
        int kept = rows - skipped.cardinality();
        ColumnAssembler assembler = new ColumnAssembler(schema, kinds, longs, doubles, codes, charset);
        List<Callable<Column>> tasks = new ArrayList<>(nf);
        for (int c = 0; c < nf; c++) {
            int col = c;
            tasks.add(() -> assembler.column(col, chunks, skipped, kept));
        }
        return runner.runAll(tasks);
    }
}
