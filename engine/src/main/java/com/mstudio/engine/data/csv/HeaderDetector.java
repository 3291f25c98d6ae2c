package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.ColumnType;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether the first record names the columns, and cleans the names.
 * <p>
 * A first record is not a header when any of its cells is a number, date or true/false (column names are words).
 * Otherwise each column votes: a typed column (numbers, dates, booleans in the rows below) votes header, because its
 * first cell is a word; a text column votes header when its first cell never occurs further down, and against
 * when it does. It is a header unless the votes against outnumber those for: a file of words only, where nothing
 * tells, is taken to have one (most exports do).
 */
final class HeaderDetector {
    private HeaderDetector() {}

    static boolean looksLikeHeader(byte[][] first, ColumnStats[] below, TypeInference.Decision[] types, boolean decimalComma) {
        CellParser p = new CellParser(decimalComma);
        DateParser d = new DateParser();
        for (byte[] cell : first) {
            if (ColumnStats.isTypedValue(cell, 0, cell.length, p, d)) return false;
        }
        int votes = 0;
        for (int i = 0; i < first.length && i < below.length; i++) {
            byte[] cell = first[i];
            int s = CellParser.trimStart(cell, 0, cell.length);
            int e = CellParser.trimEnd(cell, s, cell.length);
            if (CellParser.isMissing(cell, s, e)) continue;
            if (below[i].nonMissing == 0) continue;
            ColumnType t = types[i].type();
            if (!t.isString()) {
                votes++;
            } else if (below[i].distinct.saturated()) {
                // cannot tell
            } else if (below[i].distinct.contains(LongHashSet.hash(cell, s, e))) {
                votes--;
            } else {
                votes++;
            }
        }
        return votes >= 0;
    }

    /** Cleaned names plus the notices for what was renamed. */
    record Names(List<String> names, List<String> headerTexts, List<String> notices) {}

    /**
     * Trims names; a blank one becomes column_N (N its 1-based position) and a repeated one gets _2, _3 ... so
     * that every column can be addressed by name. Without a header every column is column_N.
     */
    static Names clean(byte[][] first, boolean hasHeader, int count, Charset cs) {
        List<String> names = new ArrayList<>(count);
        List<String> texts = new ArrayList<>(count);
        List<String> notices = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        List<String> raw = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String t = hasHeader && i < first.length ? new String(first[i], cs) : "";
            raw.add(t);
            texts.add(t);
        }
        for (String t : raw) if (!t.isBlank()) seen.merge(t.trim().toLowerCase(Locale.ROOT), 0, (a, b) -> a);
        Map<String, Integer> used = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String t = raw.get(i).trim();
            String name;
            if (t.isEmpty()) {
                name = unique("column_" + (i + 1), used, seen);
                if (hasHeader) notices.add("Column " + (i + 1) + " has no name in the header; it is called " + name);
            } else {
                String key = t.toLowerCase(Locale.ROOT);
                if (used.containsKey(key)) {
                    name = unique(t + "_2", used, seen);
                    notices.add("There are two columns called '" + t + "'; column " + (i + 1) + " is called " + name);
                } else {
                    name = t;
                }
            }
            used.put(name.toLowerCase(Locale.ROOT), i);
            names.add(name);
        }
        return new Names(names, texts, notices);
    }

    private static String unique(String candidate, Map<String, Integer> used, Map<String, Integer> seen) {
        String base = candidate;
        int n = 2;
        String stem = candidate.endsWith("_2") ? candidate.substring(0, candidate.length() - 2) : null;
        while (used.containsKey(candidate.toLowerCase(Locale.ROOT)) || seen.containsKey(candidate.toLowerCase(Locale.ROOT))) {
            candidate = stem != null ? stem + "_" + (++n) : base + "_" + (n++);
        }
        return candidate;
    }
}
