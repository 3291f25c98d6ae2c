package com.mstudio.engine.data.csv;

/**
 * What detection learns about one column from every one of its cells: how many parse as each type, and for the
 * cells that are plain text, how long and how varied they are. One instance per column per chunk of the file;
 * chunks are merged with {@link #merge}. {@link TypeInference} turns the counts into a type.
 */
final class ColumnStats {
    /**
     * Distinct values tracked per column; beyond this a column simply has "very many" values. Small enough that the
     * set stays in the CPU cache (1 MB); large enough to tell categories (at most 1,000, or 5% of the rows) apart.
     */
    static final int DISTINCT_CAP = 1 << 16;

    long nonMissing;
    long missing;
    long intOk;
    /** Integer cells that are 0 or 1. */
    long zeroOne;
    /** Integer cells written with a leading zero ("007", zip codes): numbers would lose it. */
    long leadingZero;
    /** Cells that are decimal numbers, integers included. */
    long decimalOk;
    /** true/false cells (0/1 are counted in {@link #zeroOne}). */
    long trueFalse;
    /** yes/no and y/n cells. */
    long yesNo;
    /** Cells that parse under each {@link DateParser.DateOrder}. */
    final long[] dateOk = new long[DateParser.DateOrder.ALL.length];
    /** Cells that parse as a date under some order, and those of them that have a time part. */
    long dateCells;
    long withTime;
    /** Cells that are none of the above. */
    long textCells;
    long textBytes;
    int maxTextBytes;
    long textWithSpace;
    long textWithDigit;
    /** Text cells that start with = + - @ (a spreadsheet would run them as formulas). */
    long formulaLike;
    /** Distinct text cells, and integer cells when {@link #countIntegers} (by hash). */
    final LongHashSet distinct = new LongHashSet(DISTINCT_CAP);
    /** Whether integers go into {@link #distinct}: only for columns named like ids, where uniqueness decides the type. */
    final boolean countIntegers;

    ColumnStats(boolean countIntegers) {
        this.countIntegers = countIntegers;
    }

    /** Classifies one cell. {@code b[s..e)} are the field's bytes after unquoting. */
    void observe(byte[] b, int s, int e, CellParser p, DateParser dates) {
        int ts = CellParser.trimStart(b, s, e);
        int te = CellParser.trimEnd(b, ts, e);
        if (CellParser.isMissing(b, ts, te)) {
            missing++;
            return;
        }
        nonMissing++;
        byte c0 = b[ts];
        boolean digit = c0 >= '0' && c0 <= '9';
        if (digit || c0 == '-' || c0 == '+' || c0 == '.' || c0 == ',') {
            if (p.parseLong(b, ts, te)) {
                intOk++;
                decimalOk++;
                if (p.longValue == 0 || p.longValue == 1) {
                    if (te - ts == 1) zeroOne++;
                }
                if (c0 == '0' && te - ts > 1) leadingZero++;
                if (countIntegers) distinct.add(LongHashSet.hash(b, ts, te));
                return;
            }
            if (p.parseDouble(b, ts, te)) {
                decimalOk++;
                return;
            }
        }
        if (digit) {
            int orders = dates.matchingOrders(b, ts, te);
            if (orders != 0) {
                dateCells++;
                if (dates.hadTime) withTime++;
                for (int o = 0; o < dateOk.length; o++) if ((orders & (1 << o)) != 0) dateOk[o]++;
                return;
            }
        }
        if (p.parseStrictBoolean(b, ts, te)) trueFalse++;
        else if (CellParser.isWordBoolean(b, ts, te)) yesNo++;
        textCells++;
        int len = e - s;
        textBytes += len;
        if (len > maxTextBytes) maxTextBytes = len;
        boolean space = false, hasDigit = false;
        for (int i = ts; i < te; i++) {
            byte c = b[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') space = true;
            else if (c >= '0' && c <= '9') hasDigit = true;
        }
        if (space) textWithSpace++;
        if (hasDigit) textWithDigit++;
        if (c0 == '=' || c0 == '+' || c0 == '-' || c0 == '@') formulaLike++;
        distinct.add(LongHashSet.hash(b, ts, te));
    }

    /** Whether the cell on its own reads as a number, date or true/false (header detection asks this of row 1). */
    static boolean isTypedValue(byte[] b, int s, int e, CellParser p, DateParser dates) {
        int ts = CellParser.trimStart(b, s, e);
        int te = CellParser.trimEnd(b, ts, e);
        if (CellParser.isMissing(b, ts, te)) return false;
        return p.parseDouble(b, ts, te) || dates.matchingOrders(b, ts, te) != 0 || p.parseStrictBoolean(b, ts, te);
    }

    void merge(ColumnStats o) {
        nonMissing += o.nonMissing;
        missing += o.missing;
        intOk += o.intOk;
        zeroOne += o.zeroOne;
        leadingZero += o.leadingZero;
        decimalOk += o.decimalOk;
        trueFalse += o.trueFalse;
        yesNo += o.yesNo;
        for (int i = 0; i < dateOk.length; i++) dateOk[i] += o.dateOk[i];
        dateCells += o.dateCells;
        withTime += o.withTime;
        textCells += o.textCells;
        textBytes += o.textBytes;
        maxTextBytes = Math.max(maxTextBytes, o.maxTextBytes);
        textWithSpace += o.textWithSpace;
        textWithDigit += o.textWithDigit;
        formulaLike += o.formulaLike;
        distinct.addAll(o.distinct);
    }
}
