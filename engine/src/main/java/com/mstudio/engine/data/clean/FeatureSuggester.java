package com.mstudio.engine.data.clean;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns a marketer would segment on by default: numbers, yes/no flags and categories with few values. Left out:
 * identifiers, free text, dates, personal data, columns with a single value (they separate nobody), and whole-number
 * columns that are really keys (named like one, or a different value in every row). A target such as {@code churn}
 * is kept on purpose: "customers likely to leave" is a segment a marketer wants to see.
 */
public final class FeatureSuggester {
    /** One-hot beyond this many categories gives segments nobody can read. */
    public static final int MAX_CATEGORIES = 20;
    private static final Set<String> KEY_WORDS = Set.of("id", "uuid", "guid", "key");
    /** Whole numbers under these names label something (a zip code, an account number); their mean means nothing. */
    private static final Set<String> NUMBER_LABEL_WORDS = Set.of("code", "zip", "zipcode", "postcode", "postal", "number",
            "no", "nr", "phone", "account");

    private static final int KEY_CHECK_ROWS = 100_000;

    private FeatureSuggester() {}

    public static List<String> suggest(DataTable table, Collection<String> personalDataColumns) {
        Set<String> personal = new HashSet<>(personalDataColumns == null ? List.of() : personalDataColumns);
        List<String> out = new ArrayList<>();
        for (int c = 0; c < table.columnCount(); c++) {
            DataTable.ColumnInfo info = table.column(c);
            if (personal.contains(info.name()) || info.missing() >= table.rowCount()) continue;
            if (isSuggested(table, c, info)) out.add(info.name());
        }
        return out;
    }

    private static boolean isSuggested(DataTable table, int c, DataTable.ColumnInfo info) {
        ColumnType type = info.type();
        return switch (type) {
            case DECIMAL -> distinctNumbers(table, c, 2) > 1;
            case BOOLEAN -> distinctNumbers(table, c, 2) > 1;
            case INTEGER -> !looksLikeKey(info.name(), true) && isIntegerFeature(table, c, info);
            case CATEGORICAL -> {
                int distinct = distinctTexts(table, c, MAX_CATEGORIES + 1);
                yield distinct > 1 && distinct <= MAX_CATEGORIES && !looksLikeKey(info.name(), false);
            }
            default -> false; // IDENTIFIER, TEXT, DATE, DATETIME
        };
    }

    /** The name's words, lower case: "customerId" and "customer_id" both give [customer, id]. */
    public static List<String> words(String name) {
        String spaced = name.strip().replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        List<String> out = new ArrayList<>();
        for (String w : spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** Named like a key ("id", "customer_id", "orderId", "zip"): whole numbers like that are labels, not amounts. */
    public static boolean looksLikeKey(String name, boolean wholeNumbers) {
        List<String> w = words(name);
        if (w.isEmpty()) return false;
        String last = w.get(w.size() - 1);
        if (KEY_WORDS.contains(last) || w.get(0).equals("id")) return true;
        return wholeNumbers && NUMBER_LABEL_WORDS.contains(last);
    }

    /**
     * A whole-number column that holds a different value in (almost) every row is a key, not a quantity. Judged on the
     * first {@value #KEY_CHECK_ROWS} filled rows: a quantity repeats long before that, and the screens call this on the
     * FX thread, where sorting a million values per column took a quarter of a second.
     */
    private static boolean isIntegerFeature(DataTable table, int c, DataTable.ColumnInfo info) {
        int n = Math.min(KEY_CHECK_ROWS, table.rowCount() - info.missing());
        double[] values = new double[n];
        int i = 0;
        for (int r = 0; r < table.rowCount() && i < n; r++) if (!table.isMissing(r, c)) values[i++] = table.number(r, c);
        Arrays.sort(values);
        int distinct = 0;
        for (int j = 0; j < n; j++) if (j == 0 || values[j] != values[j - 1]) distinct++;
        if (distinct < 2) return false;
        return n < 20 || distinct < n; // too few rows to tell: keep it
    }

    private static int distinctNumbers(DataTable table, int c, int stopAt) {
        Set<Double> seen = new HashSet<>();
        for (int r = 0; r < table.rowCount() && seen.size() < stopAt; r++) {
            if (!table.isMissing(r, c)) seen.add(table.number(r, c));
        }
        return seen.size();
    }

    private static int distinctTexts(DataTable table, int c, int stopAt) {
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < table.rowCount() && seen.size() < stopAt; r++) {
            if (!table.isMissing(r, c)) seen.add(table.text(r, c));
        }
        return seen.size();
    }
}
