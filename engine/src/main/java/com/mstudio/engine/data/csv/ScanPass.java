package com.mstudio.engine.data.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Pass 1: reads every record after the first, counts rows and ragged rows, classifies every cell of every
 * well-formed row into {@link ColumnStats}, and notes a checkpoint (byte offset and line) every
 * {@link #CHECKPOINT_ROWS} records so that pass 2 can start anywhere.
 * <p>
 * On several threads the file is cut at line breaks, which is only right when no quoted field spans the cut. Each
 * chunk's scan is exact from its own start, so a cut was right exactly when the previous chunk ended on it; when
 * one was not, the pass runs again on one thread.
 */
final class ScanPass {
    static final int CHECKPOINT_ROWS = 1 << 16;
    static final int PREVIEW_ROWS = 100;
    static final int BUFFER = 1 << 20;

    /** A place pass 2 can start from: record index (among records after the first), byte offset and line. */
    record Checkpoint(long record, long offset, long line) {}

    /** What the pass learned. */
    static final class Result {
        ColumnStats[] stats;
        long records;
        long ragged;
        long multiLineRecords;
        /** Line numbers of the first ragged record and of the first record over several lines, for the notices. */
        long firstRaggedLine = -1;
        long firstMultiLine = -1;
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<List<String>> firstRows = new ArrayList<>();
        long endLine;
        /** Whether a parallel scan found a cut inside a quoted field and the pass ran again on one thread. */
        boolean rescanned;
    }

    private static final class Chunk {
        long start, end, endPos;
        ColumnStats[] stats;
        long records, ragged, multiLine, firstRaggedLocalLine = -1, firstMultiLocalLine = -1, nextLine;
        List<long[]> checkpoints = new ArrayList<>();
        List<List<String>> firstRows = new ArrayList<>();
        RecordScanner.UnclosedQuoteException unclosed;
    }

    private final ByteSource src;
    private final char delimiter, quote;
    private final boolean decimalComma;
    private final int expectedFields;
    private final Charset charset;

    private final boolean[] idLike;

    /** {@code idLike[c]}: the column's name (if the first record is a header) sounds like an id. */
    ScanPass(ByteSource src, char delimiter, char quote, boolean decimalComma, int expectedFields, boolean[] idLike) {
        this.idLike = idLike;
        this.src = src;
        this.delimiter = delimiter;
        this.quote = quote;
        this.decimalComma = decimalComma;
        this.expectedFields = expectedFields;
        this.charset = src.cellCharset;
    }

    /** Scans [start, length) where {@code start} is just after the first record, which sits on lines before {@code startLine}. */
    Result run(long start, long startLine, int threads, ChunkRunner runner, double from, double to) throws Exception {
        long[] cuts = Chunking.cuts(src, start, src.length(), threads);
        List<Chunk> chunks = scan(cuts, startLine, runner, from, to);
        boolean rescanned = false;
        if (!aligned(chunks)) {
            chunks = scan(new long[] {start, src.length()}, startLine, runner, from, to);
            rescanned = true;
        }
        for (Chunk c : chunks) if (c.unclosed != null) throw c.unclosed;
        Result r = merge(chunks, startLine);
        r.rescanned = rescanned;
        return r;
    }

    private List<Chunk> scan(long[] cuts, long startLine, ChunkRunner runner, double from, double to) throws Exception {
        List<Callable<Chunk>> tasks = new ArrayList<>();
        for (int k = 0; k + 1 < cuts.length; k++) {
            long s = cuts[k], e = cuts[k + 1];
            boolean first = k == 0;
            tasks.add(() -> scanChunk(s, e, first ? startLine : 0, first, runner));
        }
        return runner.run(tasks, src.length() - cuts[0], from, to, "Reading the whole file to detect types");
    }

    private static boolean aligned(List<Chunk> chunks) {
        for (int k = 0; k + 1 < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            if (c.unclosed != null || c.endPos != chunks.get(k + 1).start) return false;
        }
        return true;
    }

    private Chunk scanChunk(long start, long end, long firstLine, boolean first, ChunkRunner runner) {
        Chunk c = new Chunk();
        c.start = start;
        c.end = end;
        int nf = expectedFields;
        c.stats = new ColumnStats[nf];
        for (int i = 0; i < nf; i++) c.stats[i] = new ColumnStats(idLike[i]);
        CellParser p = new CellParser(decimalComma);
        DateParser d = new DateParser();
        RecordScanner sc = new RecordScanner(src, start, end, firstLine, delimiter, quote, BUFFER);
        long lastTickPos = start;
        int sinceTick = 0;
        try {
            while (sc.next()) {
                if (++sinceTick == ChunkRunner.TICK_ROWS) {
                    long pos = sc.position();
                    runner.tick(pos - lastTickPos);
                    lastTickPos = pos;
                    sinceTick = 0;
                }
                if (c.records % CHECKPOINT_ROWS == 0) c.checkpoints.add(new long[] {c.records, sc.recordStart, sc.recordLine});
                if (sc.recordLastLine > sc.recordLine && c.multiLine++ == 0) c.firstMultiLocalLine = sc.recordLine;
                if (first && c.firstRows.size() < PREVIEW_ROWS) c.firstRows.add(texts(sc, charset));
                c.records++;
                int fc = sc.fieldCount;
                if (fc != nf) {
                    if (c.ragged++ == 0) c.firstRaggedLocalLine = sc.recordLine;
                    continue;
                }
                byte[] b = sc.buf;
                for (int f = 0; f < nf; f++) {
                    if (sc.flags[f] >= RecordScanner.ESCAPED) {
                        byte[] cooked = sc.cook(f);
                        c.stats[f].observe(cooked, 0, cooked.length, p, d);
                    } else {
                        c.stats[f].observe(b, sc.starts[f], sc.ends[f], p, d);
                    }
                }
            }
        } catch (RecordScanner.UnclosedQuoteException e) {
            c.unclosed = e;
        }
        runner.tick(sc.position() - lastTickPos);
        c.endPos = sc.position();
        c.nextLine = sc.nextLine();
        return c;
    }

    private Result merge(List<Chunk> chunks, long startLine) {
        Result r = new Result();
        r.stats = chunks.get(0).stats;
        long recordBase = 0;
        long lineBase = 0; // added to chunk-local lines (0 for the first chunk, whose lines are already global)
        for (int k = 0; k < chunks.size(); k++) {
            Chunk c = chunks.get(k);
            if (k > 0) for (int i = 0; i < r.stats.length; i++) r.stats[i].merge(c.stats[i]);
            for (long[] cp : c.checkpoints) r.checkpoints.add(new Checkpoint(recordBase + cp[0], cp[1], lineBase + cp[2]));
            if (r.firstRaggedLine < 0 && c.firstRaggedLocalLine >= 0) r.firstRaggedLine = lineBase + c.firstRaggedLocalLine;
            if (r.firstMultiLine < 0 && c.firstMultiLocalLine >= 0) r.firstMultiLine = lineBase + c.firstMultiLocalLine;
            r.ragged += c.ragged;
            r.multiLineRecords += c.multiLine;
            if (k == 0) r.firstRows = c.firstRows;
            recordBase += c.records;
            lineBase += c.nextLine;
        }
        r.records = recordBase;
        r.endLine = lineBase;
        return r;
    }

    /** The current record's fields as Strings (preview only). */
    static List<String> texts(RecordScanner sc, Charset cs) {
        List<String> row = new ArrayList<>(sc.fieldCount);
        for (int f = 0; f < sc.fieldCount; f++) row.add(text(sc, f, cs));
        return row;
    }

    static String text(RecordScanner sc, int f, Charset cs) {
        if (sc.flags[f] >= RecordScanner.ESCAPED) {
            byte[] cooked = sc.cook(f);
            return new String(cooked, 0, cooked.length, cs);
        }
        return new String(sc.buf, sc.starts[f], sc.ends[f] - sc.starts[f], cs);
    }
}
