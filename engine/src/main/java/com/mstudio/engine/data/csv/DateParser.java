package com.mstudio.engine.data.csv;

/**
 * Dates and date-times in the forms people export from spreadsheets and CRMs, parsed from bytes without allocating.
 * A cell is tried against every {@link DateOrder}; detection counts which orders fit, and the import then reads a
 * column with its chosen order plus the unambiguous ISO forms (yyyy-MM-dd and yyyy/MM/dd), so a column that mixes
 * ISO and day-first dates still reads completely.
 */
final class DateParser {

    /** How the day, month and year are ordered, and the pattern shown to the user. */
    enum DateOrder {
        YMD_DASH("yyyy-MM-dd"),
        YMD_SLASH("yyyy/MM/dd"),
        DMY_SLASH("dd/MM/yyyy"),
        MDY_SLASH("MM/dd/yyyy"),
        DMY_DOT("dd.MM.yyyy"),
        DMY_DASH("dd-MM-yyyy");

        final String pattern;

        DateOrder(String pattern) {
            this.pattern = pattern;
        }

        boolean isIso() {
            return this == YMD_DASH || this == YMD_SLASH;
        }

        static final DateOrder[] ALL = values();
    }

    long epochDay;
    long epochSecond;
    /** Whether the last successful {@link #parse} had a time part. */
    boolean hadTime;

    /**
     * Bitmask over {@link DateOrder#ordinal()} of the orders under which the trimmed cell is a valid date or
     * date-time; 0 when none. {@link #hadTime} tells whether a time part was present.
     */
    int matchingOrders(byte[] b, int s, int e) {
        int len = e - s;
        if (len < 8 || len > 32) return 0;
        byte c0 = b[s];
        if (c0 < '0' || c0 > '9') return 0;
        int mask = 0;
        // Cheap shape test first: which separator follows the first number.
        int i = s;
        while (i < e && b[i] >= '0' && b[i] <= '9') i++;
        if (i == e) return 0;
        int firstLen = i - s;
        byte sep = b[i];
        if (firstLen == 4) {
            if (sep == '-' && parse(b, s, e, DateOrder.YMD_DASH)) mask |= 1 << DateOrder.YMD_DASH.ordinal();
            else if (sep == '/' && parse(b, s, e, DateOrder.YMD_SLASH)) mask |= 1 << DateOrder.YMD_SLASH.ordinal();
        } else if (firstLen <= 2) {
            if (sep == '/') {
                if (parse(b, s, e, DateOrder.DMY_SLASH)) mask |= 1 << DateOrder.DMY_SLASH.ordinal();
                boolean t = hadTime;
                if (parse(b, s, e, DateOrder.MDY_SLASH)) mask |= 1 << DateOrder.MDY_SLASH.ordinal();
                if (mask != 0) hadTime = hadTime || t;
            } else if (sep == '.' && parse(b, s, e, DateOrder.DMY_DOT)) {
                mask |= 1 << DateOrder.DMY_DOT.ordinal();
            } else if (sep == '-' && parse(b, s, e, DateOrder.DMY_DASH)) {
                mask |= 1 << DateOrder.DMY_DASH.ordinal();
            }
        }
        return mask;
    }

    /**
     * Parses the trimmed cell as a date with an optional time ("T" or space, HH:mm, optional :ss, optional
     * fraction and "Z"). Sets {@link #epochDay}, {@link #epochSecond} and {@link #hadTime}.
     */
    boolean parse(byte[] b, int s, int e, DateOrder order) {
        int len = e - s;
        if (len == 10 || len == 19) {
            int r = parseFixed(b, s, len, order);
            if (r >= 0) return r == 1;
        }
        int i = s;
        int a, m, d, y;
        int p1, p2, p3;
        char sep = switch (order) {
            case YMD_DASH, DMY_DASH -> '-';
            case YMD_SLASH, DMY_SLASH, MDY_SLASH -> '/';
            case DMY_DOT -> '.';
        };
        // three numbers separated by sep
        int start = i;
        a = 0;
        while (i < e && b[i] >= '0' && b[i] <= '9') a = a * 10 + (b[i++] - '0');
        p1 = i - start;
        if (i == e || b[i] != sep) return false;
        start = ++i;
        m = 0;
        while (i < e && b[i] >= '0' && b[i] <= '9') m = m * 10 + (b[i++] - '0');
        p2 = i - start;
        if (i == e || b[i] != sep) return false;
        start = ++i;
        int c = 0;
        while (i < e && b[i] >= '0' && b[i] <= '9') c = c * 10 + (b[i++] - '0');
        p3 = i - start;
        if (order.isIso()) {
            if (p1 != 4 || p2 < 1 || p2 > 2 || p3 < 1 || p3 > 2) return false;
            y = a; d = c;
        } else {
            if (p1 < 1 || p1 > 2 || p2 < 1 || p2 > 2 || p3 != 4) return false;
            y = c;
            if (order == DateOrder.MDY_SLASH) {
                d = m; m = a;
            } else {
                d = a;
            }
        }
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
        long day = epochDay(y, m, d);
        if (i == e) {
            epochDay = day;
            epochSecond = day * 86400L;
            hadTime = false;
            return true;
        }
        if (b[i] != 'T' && b[i] != ' ') return false;
        i++;
        // HH:mm[:ss[.fff]][Z]
        int hh = 0, mm = 0, ss = 0;
        start = i;
        while (i < e && b[i] >= '0' && b[i] <= '9') hh = hh * 10 + (b[i++] - '0');
        if (i - start < 1 || i - start > 2 || i == e || b[i] != ':') return false;
        start = ++i;
        while (i < e && b[i] >= '0' && b[i] <= '9') mm = mm * 10 + (b[i++] - '0');
        if (i - start != 2) return false;
        if (i < e && b[i] == ':') {
            start = ++i;
            while (i < e && b[i] >= '0' && b[i] <= '9') ss = ss * 10 + (b[i++] - '0');
            if (i - start != 2) return false;
            if (i < e && b[i] == '.') { // fraction: kept to the second, as the column stores epoch seconds
                i++;
                start = i;
                while (i < e && b[i] >= '0' && b[i] <= '9') i++;
                if (i == start) return false;
            }
        }
        if (i < e && b[i] == 'Z') i++;
        if (i != e || hh > 23 || mm > 59 || ss > 59) return false;
        epochDay = day;
        epochSecond = day * 86400L + hh * 3600L + mm * 60L + ss;
        hadTime = true;
        return true;
    }

    /**
     * The common fixed-width forms (dd/MM/yyyy, yyyy-MM-dd, each optionally with " HH:mm:ss" or "THH:mm:ss") without
     * the general loop: 1 parsed, 0 invalid, -1 not this shape (the general parser decides).
     */
    private int parseFixed(byte[] b, int s, int len, DateOrder order) {
        char sep = order == DateOrder.YMD_DASH || order == DateOrder.DMY_DASH ? '-' : order == DateOrder.DMY_DOT ? '.' : '/';
        int y, m, d;
        if (order.isIso()) {
            if (b[s + 4] != sep || b[s + 7] != sep) return -1;
            y = d4(b, s);
            m = d2(b, s + 5);
            d = d2(b, s + 8);
        } else {
            if (b[s + 2] != sep || b[s + 5] != sep) return -1;
            int a = d2(b, s), c = d2(b, s + 3);
            y = d4(b, s + 6);
            if (order == DateOrder.MDY_SLASH) {
                m = a;
                d = c;
            } else {
                d = a;
                m = c;
            }
        }
        if (y < 0 || m < 0 || d < 0) return -1;
        if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return 0;
        long day = epochDay(y, m, d);
        if (len == 10) {
            epochDay = day;
            epochSecond = day * 86400L;
            hadTime = false;
            return 1;
        }
        byte t = b[s + 10];
        if ((t != ' ' && t != 'T') || b[s + 13] != ':' || b[s + 16] != ':') return -1;
        int hh = d2(b, s + 11), mm = d2(b, s + 14), ss = d2(b, s + 17);
        if (hh < 0 || mm < 0 || ss < 0) return -1;
        if (hh > 23 || mm > 59 || ss > 59) return 0;
        epochDay = day;
        epochSecond = day * 86400L + hh * 3600L + mm * 60L + ss;
        hadTime = true;
        return 1;
    }

    private static int d2(byte[] b, int i) {
        int x = b[i] - '0', y = b[i + 1] - '0';
        return (x | y) < 0 || x > 9 || y > 9 ? -1 : x * 10 + y;
    }

    private static int d4(byte[] b, int i) {
        int hi = d2(b, i), lo = d2(b, i + 2);
        return hi < 0 || lo < 0 ? -1 : hi * 100 + lo;
    }

    static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
    static long epochDay(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
