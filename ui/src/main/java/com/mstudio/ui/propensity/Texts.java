package com.mstudio.ui.propensity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** How the Propensity screen writes figures and dates. */
final class Texts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private Texts() {}

    /** "0.85"; "—" when not a number. */
    static String two(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "—";
    }

    /** "0.847". */
    static String three(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "—";
    }

    /** "84.7%". */
    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v * 100) : "—";
    }

    /** An ISO instant as "30 Nov 02:40" in the local time zone; the text itself when it is not an instant. */
    static String when(String isoInstant) {
        try {
            return WHEN.format(Instant.parse(isoInstant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException | NullPointerException e) {
            return isoInstant == null ? "" : isoInstant;
        }
    }
}
