package com.mstudio.engine.data.csv;

import java.util.HashMap;
import java.util.Map;

/**
 * Guesses delimiter, quote character and decimal comma from the first part of the file (up to 1,000 records), by
 * scanning it quote-aware once per candidate delimiter. The delimiter is the one that splits the most records
 * into the same number (at least two) of fields; ties go to the one giving more fields, then to the order
 * comma, semicolon, tab, pipe. Header and types are decided later over the whole file (see {@link TypeInference}).
 */
final class DialectDetector {
    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    static final int SAMPLE_BYTES = 1 << 18;
    private static final int SAMPLE_RECORDS = 1000;

    /** The guess from the sample. */
    record Guess(char delimiter, char quote, boolean decimalComma, double consistency, int fields) {}

    private DialectDetector() {}

    static byte[] sample(ByteSource src) {
        int n = (int) Math.min(SAMPLE_BYTES, src.length());
        byte[] b = new byte[n];
        int got = 0;
        while (got < n) {
            int r = src.read(got, b, got, n - got);
            if (r == 0) break;
            got += r;
        }
        return b;
    }

    static Guess guess(byte[] sample, boolean truncated, Character forcedDelimiter, Character forcedQuote, Boolean forcedDecimalComma) {
        char quote = forcedQuote != null ? forcedQuote : guessQuote(sample);
        char best = ',';
        double bestShare = -1;
        int bestFields = 0;
        for (char d : DELIMITERS) {
            if (forcedDelimiter != null && d != forcedDelimiter) continue;
            int[] r = fieldCountMode(sample, truncated, d, quote);
            double share = r[2] == 0 ? 0 : (double) r[1] / r[2];
            int fields = r[0];
            if (fields < 2 && forcedDelimiter == null) share = share * 0.001; // one field is no evidence
            if (share > bestShare + 1e-9 || (Math.abs(share - bestShare) <= 1e-9 && fields > bestFields)) {
                best = d;
                bestShare = share;
                bestFields = fields;
            }
        }
        if (forcedDelimiter != null) best = forcedDelimiter;
        boolean decimalComma = forcedDecimalComma != null ? forcedDecimalComma
                : best != ',' && commaDecimalsWin(sample, truncated, best, quote);
        return new Guess(best, quote, decimalComma, Math.max(0, bestShare), bestFields);
    }

    /**
     * '"' unless fields in the sample start and end with a single quote more often than with a double one. A file
     * with no quotes at all still gets '"', which is harmless and keeps the rest of the file safe.
     */
    static char guessQuote(byte[] s) {
        int dq = 0, sq = 0;
        for (int i = 0; i < s.length; i++) {
            boolean fieldStart = i == 0 || s[i - 1] == ',' || s[i - 1] == ';' || s[i - 1] == '\t' || s[i - 1] == '|'
                    || s[i - 1] == '\n' || s[i - 1] == '\r';
            if (!fieldStart) continue;
            if (s[i] == '"') dq++;
            else if (s[i] == '\'') sq++;
        }
        return sq > dq * 2 && sq >= 2 ? '\'' : '"';
    }

    /** [most common field count, records with it, records scanned]. */
    static int[] fieldCountMode(byte[] sample, boolean truncated, char delim, char quote) {
        Map<Integer, Integer> counts = new HashMap<>();
        int records = 0;
        RecordScanner sc = new RecordScanner(ByteSource.ofBytes(sample, null), 0, sample.length, 1, delim, quote, 1 << 16);
        try {
            while (records < SAMPLE_RECORDS && sc.next()) {
                if (truncated && sc.position() >= sample.length) break; // the cut-off last record
                counts.merge(sc.fieldCount, 1, Integer::sum);
                records++;
            }
        } catch (RecordScanner.UnclosedQuoteException e) {
            // the sample ends inside a quoted field: the records before it still count
        }
        int mode = 0, modeCount = 0;
        for (Map.Entry<Integer, Integer> en : counts.entrySet()) {
            if (en.getValue() > modeCount || (en.getValue() == modeCount && en.getKey() > mode)) {
                mode = en.getKey();
                modeCount = en.getValue();
            }
        }
        return new int[] {mode, modeCount, records};
    }

    /** Whether, among numeric-looking cells, 3,14 is more common than 3.14. */
    private static boolean commaDecimalsWin(byte[] sample, boolean truncated, char delim, char quote) {
        RecordScanner sc = new RecordScanner(ByteSource.ofBytes(sample, null), 0, sample.length, 1, delim, quote, 1 << 16);
        int comma = 0, dot = 0, records = 0;
        try {
            while (records++ < SAMPLE_RECORDS && sc.next()) {
                if (truncated && sc.position() >= sample.length) break;
                for (int f = 0; f < sc.fieldCount; f++) {
                    int kind = decimalKind(sc.buf, sc.starts[f], sc.ends[f]);
                    if (kind == ',') comma++;
                    else if (kind == '.') dot++;
                }
            }
        } catch (RecordScanner.UnclosedQuoteException e) {
            // as above
        }
        return comma > 0 && comma >= dot;
    }

    /** ',' or '.' when the cell is digits, that separator once, digits; otherwise 0. */
    private static int decimalKind(byte[] b, int s, int e) {
        s = CellParser.trimStart(b, s, e);
        e = CellParser.trimEnd(b, s, e);
        if (s < e && (b[s] == '-' || b[s] == '+')) s++;
        int sep = 0, before = 0, after = 0;
        for (int i = s; i < e; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (sep == 0) before++; else after++;
            } else if ((c == ',' || c == '.') && sep == 0) {
                sep = c;
            } else {
                return 0;
            }
        }
        return before > 0 && after > 0 ? sep : 0;
    }
}
