package com.mstudio.engine.data.csv;

import java.util.Locale;
import java.util.Map;

/** The other half of a boolean pair in the same style, for a column whose file only ever wrote one of them. */
final class BooleanWords {
    private static final Map<String, String> PAIRS = Map.of("yes", "no", "no", "yes", "y", "n", "n", "y",
            "true", "false", "false", "true", "1", "0", "0", "1");

    private BooleanWords() {}

    static String opposite(String word) {
        String other = PAIRS.get(word.toLowerCase(Locale.ROOT));
        if (other == null) return word.equals("1") ? "0" : "?";
        if (word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1) return other.toUpperCase(Locale.ROOT);
        if (Character.isUpperCase(word.charAt(0))) return Character.toUpperCase(other.charAt(0)) + other.substring(1);
        return other;
    }
}
