package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.Rejection;

import java.util.ArrayList;
import java.util.List;

/**
 * Problems found in one chunk, in file order. Keeps the first {@link #CAP} and counts the rest, so a file with a
 * million bad cells cannot fill the heap with messages while the totals in the report stay exact.
 */
final class RejectionLog {
    static final int CAP = 10_000;
    private static final int MAX_VALUE_CHARS = 60;

    final List<Rejection> kept = new ArrayList<>();
    long total;

    void add(long line, String column, String value, String reason) {
        total++;
        if (kept.size() < CAP) kept.add(new Rejection(line, column, shorten(value), reason));
    }

    static String shorten(String v) {
        if (v == null || v.length() <= MAX_VALUE_CHARS) return v;
        return v.substring(0, MAX_VALUE_CHARS - 1) + "…";
    }

    /** The logs of all chunks, in order, capped again. */
    static RejectionLog concat(List<RejectionLog> logs) {
        RejectionLog all = new RejectionLog();
        for (RejectionLog l : logs) {
            all.total += l.total;
            for (Rejection r : l.kept) {
                if (all.kept.size() < CAP) all.kept.add(r);
            }
        }
        return all;
    }
}
