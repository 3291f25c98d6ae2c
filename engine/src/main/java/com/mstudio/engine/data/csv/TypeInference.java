package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnType;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns a column's {@link ColumnStats} (counted over every row, never a sample) into a type. The rules, in order:
 * <ol>
 *   <li>No values at all: TEXT.</li>
 *   <li>BOOLEAN when at least {@value #TYPED_SHARE} of the values are 0/1, true/false, yes/no or y/n and no value is
 *       another number. The column keeps the file's spelling for display ("Yes"/"No"); models see 1/0.</li>
 *   <li>INTEGER when at least 95% of the values are whole numbers and none has a fraction; DECIMAL when at least
 *       95% are numbers. Whole numbers written with leading zeros (zip codes, "007") are not numbers.</li>
 *   <li>DATE or DATETIME when at least 95% are dates in one day/month order (ISO dates always count too); DATETIME
 *       as soon as one value has a time.</li>
 *   <li>Otherwise a string type: IDENTIFIER when every value is different and the name says id/key/code, or the
 *       values are codes (no spaces) in at least 20 rows; CATEGORICAL when values are short (40 characters on
 *       average) and repeat (at most half as many distinct values as values, and at most 1,000 of them or 5% of the
 *       rows; in tables under 20 rows, short words always count); IDENTIFIER for other space-free codes with very
 *       many distinct values; TEXT for the rest.</li>
 * </ol>
 * The 95% rule is what keeps a numeric column numeric when a few cells are typos: those cells become rejections in
 * the report instead of silently turning the whole column into text (Tablesaw's failure mode).
 */
final class TypeInference {
    static final double TYPED_SHARE = 0.95;
    static final int CATEGORY_MAX = 1000;
    /** Below this many values, "all different" says nothing: short words in a tiny table are read as categories. */
    static final int MIN_ROWS_FOR_CODES = 20;
    private static final Pattern ID_NAME = Pattern.compile("(?i)(.*[_\\s.-])?(id|uuid|guid|key|code|number|no|nr|num|ref)");
    private static final Pattern CAMEL_ID_NAME = Pattern.compile(".*[a-z](Id|ID|Key|No|Code|Number)");

    /** A decided type, with the date pattern for temporal columns. */
    record Decision(ColumnType type, DateParser.DateOrder order, boolean ambiguousDayMonth) {}

    private TypeInference() {}

    static boolean isIdName(String name) {
        if (name == null) return false;
        String n = name.trim();
        return ID_NAME.matcher(n).matches() || CAMEL_ID_NAME.matcher(n).matches();
    }

    static Decision decide(String name, ColumnStats s) {
        long n = s.nonMissing;
        if (n == 0) return new Decision(ColumnType.TEXT, null, false);
        double need = TYPED_SHARE * n;
        boolean zerosMatter = s.leadingZero > 0 && s.leadingZero >= 0.01 * s.intOk;
        if (s.zeroOne + s.trueFalse + s.yesNo >= need && s.intOk == s.zeroOne && s.decimalOk == s.intOk) {
            return new Decision(ColumnType.BOOLEAN, null, false);
        }
        if (!zerosMatter && s.intOk >= need && s.decimalOk == s.intOk) {
            if (isIdName(name) && s.intOk == n && (isUnique(s, n) || s.distinct.saturated())) {
                return new Decision(ColumnType.IDENTIFIER, null, false);
            }
            return new Decision(ColumnType.INTEGER, null, false);
        }
        if (!zerosMatter && s.decimalOk >= need) return new Decision(ColumnType.DECIMAL, null, false);
        if (s.dateCells >= need) {
            Decision d = decideDate(s, need);
            if (d != null) return d;
        }
        return new Decision(stringType(name, s, n), null, false);
    }

    private static boolean isUnique(ColumnStats s, long n) {
        return !s.distinct.saturated() && s.distinct.size() == n;
    }

    /** The order that reads most of the column's values (for a user's override to a date type); ISO when none does. */
    static DateParser.DateOrder bestOrder(ColumnStats s) {
        DateParser.DateOrder best = DateParser.DateOrder.YMD_DASH;
        long bestCount = 0;
        for (DateParser.DateOrder o : DateParser.DateOrder.ALL) {
            if (s.dateOk[o.ordinal()] > bestCount) {
                best = o;
                bestCount = s.dateOk[o.ordinal()];
            }
        }
        return best;
    }

    private static Decision decideDate(ColumnStats s, double need) {
        long iso = s.dateOk[DateParser.DateOrder.YMD_DASH.ordinal()] + s.dateOk[DateParser.DateOrder.YMD_SLASH.ordinal()];
        DateParser.DateOrder best = null;
        long bestCover = -1;
        for (DateParser.DateOrder o : DateParser.DateOrder.ALL) {
            if (o.isIso()) continue;
            long cover = s.dateOk[o.ordinal()];
            if (cover > bestCover) {
                best = o;
                bestCover = cover;
            }
        }
        boolean ambiguous = false;
        long dmy = s.dateOk[DateParser.DateOrder.DMY_SLASH.ordinal()];
        long mdy = s.dateOk[DateParser.DateOrder.MDY_SLASH.ordinal()];
        if (bestCover > 0 && (best == DateParser.DateOrder.DMY_SLASH || best == DateParser.DateOrder.MDY_SLASH) && dmy == mdy) {
            best = DateParser.DateOrder.DMY_SLASH; // no day above 12 anywhere: day-first, and the user is told
            ambiguous = true;
        }
        if (bestCover <= 0) {
            best = s.dateOk[DateParser.DateOrder.YMD_SLASH.ordinal()] > s.dateOk[DateParser.DateOrder.YMD_DASH.ordinal()]
                    ? DateParser.DateOrder.YMD_SLASH : DateParser.DateOrder.YMD_DASH;
            bestCover = 0;
        }
        if (bestCover + iso < need) return null;
        ColumnType t = s.withTime > 0 ? ColumnType.DATETIME : ColumnType.DATE;
        return new Decision(t, best, ambiguous);
    }

    private static ColumnType stringType(String name, ColumnStats s, long n) {
        // A set that overflowed holds over 65,536 values: read as unique (such columns are ids or free text anyway).
        boolean unique = isUnique(s, n) || s.distinct.saturated();
        boolean codes = s.textWithSpace == 0 && s.textCells > 0 && s.textBytes <= 64L * s.textCells;
        if (unique && n >= 2 && isIdName(name)) return ColumnType.IDENTIFIER;
        if (unique && codes && n >= MIN_ROWS_FOR_CODES) return ColumnType.IDENTIFIER;
        long distinct = s.distinct.saturated() ? Long.MAX_VALUE : s.distinct.size();
        double avgLen = s.textCells == 0 ? 0 : (double) s.textBytes / s.textCells;
        boolean repeats = distinct * 2 <= n || (n < MIN_ROWS_FOR_CODES && avgLen <= 20);
        if (avgLen <= 40 && repeats && (distinct <= CATEGORY_MAX || distinct <= 0.05 * n)) return ColumnType.CATEGORICAL;
        if (codes && (isIdName(name) || distinct > CATEGORY_MAX)) return ColumnType.IDENTIFIER;
        return ColumnType.TEXT;
    }

    /** Plain words for a type, for messages. */
    static String describe(ColumnType t, DateParser.DateOrder order) {
        return switch (t) {
            case INTEGER -> "a whole number";
            case DECIMAL -> "a number";
            case BOOLEAN -> "yes/no, true/false or 0/1";
            case DATE -> "a date like " + (order == null ? "yyyy-MM-dd" : order.pattern);
            case DATETIME -> "a date and time like " + (order == null ? "yyyy-MM-dd" : order.pattern) + " HH:mm";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }
}
