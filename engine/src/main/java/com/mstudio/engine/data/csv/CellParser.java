package com.mstudio.engine.data.csv;

/**
 * Hand-written parsers for one cell given as bytes of an ASCII-compatible encoding. They allocate nothing on the
 * hot path: results land in the public fields of this (per-thread) object. The JDK parsers would need a String per
 * cell, which for a million rows of twenty columns is the slowest part of an import.
 */
final class CellParser {
    /** Powers of ten that a double holds exactly: the fast path of the decimal parser stays correctly rounded. */
    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    final boolean decimalComma;
    long longValue;
    double doubleValue;

    CellParser(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** First index that is not a space or tab. */
    static int trimStart(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '\t')) s++;
        return s;
    }

    /** End index after trailing spaces and tabs. */
    static int trimEnd(byte[] b, int s, int e) {
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) e--;
        return e;
    }

    /**
     * The missing-value markers people and tools write: empty, NA, N/A, null, NaN, none, "-" and "?"
     * (case-insensitive). Bytes must already be trimmed.
     */
    static boolean isMissing(byte[] b, int s, int e) {
        int n = e - s;
        switch (n) {
            case 0:
                return true;
            case 1:
                return b[s] == '-' || b[s] == '?';
            case 2:
                return lower(b[s]) == 'n' && lower(b[s + 1]) == 'a';
            case 3:
                return (lower(b[s]) == 'n' && b[s + 1] == '/' && lower(b[s + 2]) == 'a')
                        || (lower(b[s]) == 'n' && lower(b[s + 1]) == 'a' && lower(b[s + 2]) == 'n');
            case 4:
                return (lower(b[s]) == 'n' && lower(b[s + 1]) == 'u' && lower(b[s + 2]) == 'l' && lower(b[s + 3]) == 'l')
                        || (lower(b[s]) == 'n' && lower(b[s + 1]) == 'o' && lower(b[s + 2]) == 'n' && lower(b[s + 3]) == 'e');
            default:
                return false;
        }
    }

    static int lower(byte c) {
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    }

    /** Whole number with optional sign; sets {@link #longValue}. Overflow fails (the cell is then a decimal). */
    boolean parseLong(byte[] b, int s, int e) {
        if (s >= e) return false;
        boolean neg = false;
        byte c = b[s];
        if (c == '-' || c == '+') {
            neg = c == '-';
            if (++s == e) return false;
        }
        if (e - s > 18) return parseLongSlow(b, s, e, neg);
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return false;
            v = v * 10 + d;
        }
        longValue = neg ? -v : v;
        return true;
    }

    /** 19+ digits: accumulate negatively, so that Long.MIN_VALUE fits and every overflow is caught. */
    private boolean parseLongSlow(byte[] b, int s, int e, boolean neg) {
        long v = 0;
        for (int i = s; i < e; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) return false;
            if (v < (Long.MIN_VALUE + d) / 10) return false;
            v = v * 10 - d;
        }
        if (!neg && v == Long.MIN_VALUE) return false;
        longValue = neg ? v : -v;
        return true;
    }

    /**
     * Decimal number: sign, digits, one decimal separator ('.' or, with decimal comma, ','), digits, optional
     * exponent. Also accepts "inf"-free plain integers. Sets {@link #doubleValue}.
     */
    boolean parseDouble(byte[] b, int s, int e) {
        if (s >= e) return false;
        int i = s;
        boolean neg = false;
        if (b[i] == '-' || b[i] == '+') {
            neg = b[i] == '-';
            if (++i == e) return false;
        }
        byte sep = decimalComma ? (byte) ',' : (byte) '.';
        long mant = 0;
        int digits = 0;      // significant digits taken into mant
        int dropped = 0;     // integer digits beyond 18 (scale up later)
        int fracDigits = 0;
        boolean any = false;
        boolean seenSep = false;
        for (; i < e; i++) {
            byte c = b[i];
            int d = c - '0';
            if (d >= 0 && d <= 9) {
                any = true;
                if (digits < 18) {
                    if (mant != 0 || d != 0) digits++;
                    mant = mant * 10 + d;
                    if (seenSep) fracDigits++;
                } else if (!seenSep) {
                    dropped++;
                }
            } else if (c == sep && !seenSep) {
                seenSep = true;
            } else if (c == 'e' || c == 'E') {
                break;
            } else {
                return false;
            }
        }
        if (!any) return false;
        int exp = 0;
        if (i < e) { // exponent
            i++;
            if (i == e) return false;
            boolean eneg = false;
            if (b[i] == '-' || b[i] == '+') {
                eneg = b[i] == '-';
                if (++i == e) return false;
            }
            int ev = 0;
            for (; i < e; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) return false;
                if (ev < 10000) ev = ev * 10 + d;
            }
            exp = eneg ? -ev : ev;
        }
        int scale = exp + dropped - fracDigits;
        double v;
        if (mant < (1L << 53) && scale >= -22 && scale <= 22) {
            v = scale >= 0 ? mant * POW10[scale] : mant / POW10[-scale];
        } else {
            v = slowDouble(b, s, e);
            doubleValue = v;
            return true;
        }
        doubleValue = neg ? -v : v;
        return true;
    }

    private double slowDouble(byte[] b, int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) sb.append(b[i] == ',' ? '.' : (char) b[i]);
        return Double.parseDouble(sb.toString());
    }

    /** 0/1 and true/false: the forms detection turns into BOOLEAN on its own. Sets {@link #longValue}. */
    boolean parseStrictBoolean(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 1) {
            if (b[s] == '0') { longValue = 0; return true; }
            if (b[s] == '1') { longValue = 1; return true; }
            return false;
        }
        if (n == 4 && lower(b[s]) == 't' && lower(b[s + 1]) == 'r' && lower(b[s + 2]) == 'u' && lower(b[s + 3]) == 'e') {
            longValue = 1;
            return true;
        }
        if (n == 5 && lower(b[s]) == 'f' && lower(b[s + 1]) == 'a' && lower(b[s + 2]) == 'l' && lower(b[s + 3]) == 's'
                && lower(b[s + 4]) == 'e') {
            longValue = 0;
            return true;
        }
        return false;
    }

    /** Every boolean form: 0/1, true/false, yes/no, y/n (case-insensitive). Sets {@link #longValue}. */
    boolean parseBoolean(byte[] b, int s, int e) {
        if (parseStrictBoolean(b, s, e)) return true;
        int n = e - s;
        if (n == 1) {
            int c = lower(b[s]);
            if (c == 'y') { longValue = 1; return true; }
            if (c == 'n') { longValue = 0; return true; }
            return false;
        }
        if (n == 2 && lower(b[s]) == 'n' && lower(b[s + 1]) == 'o') {
            longValue = 0;
            return true;
        }
        if (n == 3 && lower(b[s]) == 'y' && lower(b[s + 1]) == 'e' && lower(b[s + 2]) == 's') {
            longValue = 1;
            return true;
        }
        return false;
    }

    /** yes/no and y/n (case-insensitive): counted by detection as boolean words. */
    static boolean isWordBoolean(byte[] b, int s, int e) {
        int n = e - s;
        if (n == 1) {
            int c = lower(b[s]);
            return c == 'y' || c == 'n';
        }
        if (n == 2) return lower(b[s]) == 'n' && lower(b[s + 1]) == 'o';
        return n == 3 && lower(b[s]) == 'y' && lower(b[s + 1]) == 'e' && lower(b[s + 2]) == 's';
    }
}
