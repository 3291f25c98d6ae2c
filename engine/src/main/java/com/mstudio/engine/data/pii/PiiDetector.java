package com.mstudio.engine.data.pii;

import com.mstudio.engine.api.PiiFinding;
import com.mstudio.engine.api.PiiKind;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores each column against each {@link PiiKind}. String columns are scored per dictionary entry and weighted by how
 * often each entry occurs, which gives the exact share of matching rows while testing every distinct value only once.
 * Columns with more than {@link #MAX_VALUES_TESTED} distinct values test an evenly spaced sample of entries.
 */
final class PiiDetector {
    static final int MAX_VALUES_TESTED = 20_000;
    /** Share of matching values needed to report a column; header evidence lowers it. */
    static final double THRESHOLD = 0.5;
    static final double THRESHOLD_WITH_HEADER = 0.3;

    private PiiDetector() {}

    static List<PiiFinding> detect(List<Column> columns) {
        List<PiiFinding> out = new ArrayList<>();
        for (Column c : columns) {
            PiiFinding f = detect(c);
            if (f != null) out.add(f);
        }
        out.sort(Comparator.comparingDouble(PiiFinding::confidence).reversed());
        return out;
    }

    /** The most likely kind for the column, or null when it does not look personal. */
    static PiiFinding detect(Column column) {
        Map<PiiKind, Boolean> hints = new EnumMap<>(PiiKind.class);
        for (PiiKind k : PiiKind.values()) hints.put(k, PiiPatterns.headerSuggests(column.name(), k));
        Sample sample = sample(column, hints.get(PiiKind.PHONE));
        if (sample == null || sample.total == 0) return null;

        PiiFinding best = null;
        for (PiiKind kind : PiiKind.values()) {
            boolean hint = hints.get(kind);
            long matched = 0;
            Set<String> examples = new LinkedHashSet<>();
            for (int i = 0; i < sample.values.size(); i++) {
                String v = sample.values.get(i);
                if (matches(kind, v, hint)) {
                    matched += sample.weights.get(i);
                    if (examples.size() < 3) examples.add(v);
                }
            }
            double share = (double) matched / sample.total;
            if (share < (hint ? THRESHOLD_WITH_HEADER : THRESHOLD)) continue;
            if (best == null || share > best.confidence()) {
                best = new PiiFinding(column.name(), kind, share, List.copyOf(examples));
            }
        }
        return best;
    }

    /**
     * Names need two kinds of evidence, because "Month-to-month" or "Premium" has a name's shape: either the header says
     * name and the value is 1–3 capitalised words, or the value also starts with a known first name.
     */
    private static boolean matches(PiiKind kind, String v, boolean hint) {
        return switch (kind) {
            case EMAIL -> PiiPatterns.isEmail(v);
            case PHONE -> PiiPatterns.isPhone(v, hint);
            case STREET_ADDRESS -> PiiPatterns.isStreetAddress(v);
            case PERSON_NAME -> PiiPatterns.hasNameShape(v) && (hint || PiiPatterns.startsWithFirstName(v));
        };
    }

    /** Distinct trimmed values with the number of rows each stands for. */
    private record Sample(List<String> values, List<Long> weights, long total) {}

    private static Sample sample(Column column, boolean phoneHint) {
        List<String> values = new ArrayList<>();
        List<Long> weights = new ArrayList<>();
        long total = 0;
        if (column instanceof StringColumn sc) {
            long[] counts = new long[sc.dictionary().size()];
            for (int r = 0; r < sc.size(); r++) if (sc.code(r) >= 0) counts[sc.code(r)]++;
            int step = Math.max(1, counts.length / MAX_VALUES_TESTED);
            for (int code = 0; code < counts.length; code += step) {
                if (counts[code] == 0) continue;
                values.add(sc.dictionary().get(code).strip());
                weights.add(counts[code]);
                total += counts[code];
            }
            return new Sample(values, weights, total);
        }
        // Whole numbers are personal only as phone numbers, and only when the header says so (else: customer numbers).
        if (column instanceof LongColumn lc && column.type() == com.mstudio.engine.api.ColumnType.INTEGER && phoneHint) {
            int step = Math.max(1, lc.size() / MAX_VALUES_TESTED);
            for (int r = 0; r < lc.size(); r += step) {
                if (lc.isMissing(r)) continue;
                values.add(lc.text(r));
                weights.add(1L);
                total++;
            }
            return new Sample(values, weights, total);
        }
        return null;
    }
}
