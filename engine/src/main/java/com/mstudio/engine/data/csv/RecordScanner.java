package com.mstudio.engine.data.csv;

import java.util.Arrays;

/**
 * Splits bytes into records and fields following RFC 4180: fields may be quoted, a doubled quote inside quotes is
 * one quote, and delimiters and line breaks inside quotes belong to the field. Lines end with LF, CRLF or CR.
 * <p>
 * It reads a byte range of a {@link ByteSource} through its own buffer and never builds Strings: after
 * {@link #next()} the record's fields are offsets into {@link #buf}. Blank lines (also lines of only spaces) are
 * skipped. The scanner stops at
 * the first record that starts at or after {@code end}, so two scanners can split a file between them.
 */
final class RecordScanner {
    /**
     * Field flags: plain bytes, quoted (offsets exclude the quotes), or needing {@link #cook}: doubled quotes
     * (ESCAPED) or text after the closing quote (STRAY_TEXT, as in {@code "abc"def}); test with {@code >= ESCAPED}.
     */
    static final byte PLAIN = 0, QUOTED = 1, ESCAPED = 2, STRAY_TEXT = 3;

    private final ByteSource src;
    private final long end;
    private final byte delim;
    private final byte quote;
    private final boolean quoting;

    byte[] buf;
    private int len;          // valid bytes in buf
    private long bufStart;    // source position of buf[0]
    private int pos;          // next unread byte
    private boolean srcDone;  // the source has no more bytes after buf[len)

    int fieldCount;
    int[] starts = new int[64];
    int[] ends = new int[64];
    byte[] flags = new byte[64];

    /** 1-based lines where the current record starts and ends (they differ when quoted fields hold line breaks). */
    long recordLine;
    long recordLastLine;
    private long line;
    /** Source position where the current record starts. */
    long recordStart;

    RecordScanner(ByteSource src, long start, long end, long firstLine, char delimiter, char quoteChar, int bufferSize) {
        this.src = src;
        this.end = end;
        this.delim = (byte) delimiter;
        this.quote = (byte) quoteChar;
        this.quoting = quoteChar != '\0';
        this.buf = new byte[bufferSize];
        this.bufStart = start;
        this.line = firstLine;
        fill();
    }

    /** Source position of the next byte to read: after {@link #next()} returned false, where this scanner stopped. */
    long position() {
        return bufStart + pos;
    }

    long nextLine() {
        return line;
    }

    /** Reads more bytes after the unread part, moving it to the front (and growing the buffer for huge records). */
    private void fill() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, len - pos);
            bufStart += pos;
            len -= pos;
            pos = 0;
        }
        if (len == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
        int n = src.read(bufStart + len, buf, len, buf.length - len);
        len += n;
        if (n == 0 || bufStart + len >= src.length()) srcDone = true;
    }

    /**
     * Advances to the next non-blank record. Returns false at the end of the range.
     *
     * @throws UnclosedQuoteException when a quoted field runs to the end of the file
     */
    boolean next() {
        while (true) {
            if (bufStart + pos >= end) return false;
            int r = scanRecord();
            if (r == NEED_MORE) {
                if (srcDone) throw new IllegalStateException("scanner needs more bytes after the end");
                fill();
                continue;
            }
            if (r == BLANK) continue;
            return true;
        }
    }

    private static final int DONE = 0, NEED_MORE = 1, BLANK = 2;

    /** Scans one record from pos; commits pos and line only when the record is complete in the buffer. */
    private int scanRecord() {
        final byte[] b = buf;
        final int n = len;
        final boolean eof = srcDone;
        int i = pos;
        long lines = 0;
        long inner = -1; // line breaks inside the record, known once its terminator is seen
        int fc = 0;
        if (i >= n) return eof ? endOfData() : NEED_MORE;
        while (true) {
            int s, e;
            byte flag;
            if (quoting && i < n && b[i] == quote) {
                int open = i;
                i++;
                boolean escaped = false;
                while (true) {
                    if (i >= n) {
                        if (eof) throw new UnclosedQuoteException(line + lines - countLinesBack(open, i), fc + 1);
                        return NEED_MORE;
                    }
                    byte c = b[i];
                    if (c == quote) {
                        if (i + 1 >= n && !eof) return NEED_MORE;
                        if (i + 1 < n && b[i + 1] == quote) {
                            escaped = true;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == '\n') lines++;
                    else if (c == '\r') {
                        if (i + 1 >= n && !eof) return NEED_MORE;
                        if (i + 1 >= n || b[i + 1] != '\n') lines++;
                    }
                    i++;
                }
                int close = i++;
                if (i < n && b[i] != delim && b[i] != '\n' && b[i] != '\r') {
                    // Text after the closing quote ("abc"def): keep it, as spreadsheets do.
                    while (i < n && b[i] != delim && b[i] != '\n' && b[i] != '\r') i++;
                    if (i >= n && !eof) return NEED_MORE;
                    s = open;
                    e = i;
                    flag = STRAY_TEXT;
                } else {
                    if (i >= n && !eof) return NEED_MORE;
                    if (escaped) { // cook() unquotes from the opening to the closing quote
                        s = open;
                        e = close + 1;
                        flag = ESCAPED;
                    } else {
                        s = open + 1;
                        e = close;
                        flag = QUOTED;
                    }
                }
            } else {
                s = i;
                while (i < n) {
                    byte c = b[i];
                    if (c == delim || c == '\n' || c == '\r') break;
                    i++;
                }
                if (i >= n && !eof) return NEED_MORE;
                e = i;
                flag = PLAIN;
            }
            if (fc == starts.length) grow();
            starts[fc] = s;
            ends[fc] = e;
            flags[fc] = flag;
            fc++;
            if (i >= n) break; // end of data ends the record
            byte c = b[i];
            if (c == delim) {
                i++;
                continue;
            }
            if (c == '\r') {
                if (i + 1 >= n && !eof) return NEED_MORE;
                i++;
                if (i < n && b[i] == '\n') i++;
            } else {
                i++;
            }
            inner = lines;
            lines++;
            break;
        }
        recordStart = bufStart + pos;
        recordLine = line;
        recordLastLine = line + (inner >= 0 ? inner : lines);
        line += lines;
        pos = i;
        fieldCount = fc;
        if (fc == 1 && flags[0] == PLAIN && isBlank(b, starts[0], ends[0])) return BLANK;
        return DONE;
    }

    /** A line with nothing but spaces is skipped like an empty one. */
    private static boolean isBlank(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) if (b[i] != ' ' && b[i] != '\t') return false;
        return true;
    }

    private int endOfData() {
        pos = len;
        return BLANK; // next() then sees the end of the range
    }

    /** Line breaks between the opening quote and i, to report the line where the quote opened. */
    private long countLinesBack(int open, int i) {
        long c = 0;
        for (int k = open; k < i; k++) {
            if (buf[k] == '\n') c++;
            else if (buf[k] == '\r' && (k + 1 >= i || buf[k + 1] != '\n')) c++;
        }
        return c;
    }

    private void grow() {
        int m = starts.length * 2;
        starts = Arrays.copyOf(starts, m);
        ends = Arrays.copyOf(ends, m);
        flags = Arrays.copyOf(flags, m);
    }

    /** Whether a field of the current record has text after its closing quote (a sign of quotes that do not pair up). */
    boolean hasStrayText() {
        for (int f = 0; f < fieldCount; f++) if (flags[f] == STRAY_TEXT) return true;
        return false;
    }

    /** The field's bytes after unquoting, as a new array (only for fields flagged ESCAPED or STRAY_TEXT, which are rare). */
    byte[] cook(int field) {
        int s = starts[field], e = ends[field];
        byte[] out = new byte[e - s];
        int o = 0;
        int i = s;
        if (i < e && buf[i] == quote) {
            i++;
            while (i < e) {
                byte c = buf[i];
                if (c == quote) {
                    if (i + 1 < e && buf[i + 1] == quote) {
                        out[o++] = quote;
                        i += 2;
                        continue;
                    }
                    i++;
                    break; // closing quote; the rest is copied as is
                }
                out[o++] = c;
                i++;
            }
        }
        while (i < e) out[o++] = buf[i++];
        return Arrays.copyOf(out, o);
    }

    /** A quoted field that reaches the end of the file. */
    static final class UnclosedQuoteException extends RuntimeException {
        final long line;
        final int field;

        UnclosedQuoteException(long line, int field) {
            super("unclosed quote", null, false, false);
            this.line = line;
            this.field = field;
        }
    }
}
