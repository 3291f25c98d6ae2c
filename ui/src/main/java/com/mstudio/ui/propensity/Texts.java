package com.mstudio.ui.propensity;

import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the Propensity screen writes figures, dates and its sentences about a run. */
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

    /** "Trained 30 Nov 02:40 · Neural network (MLP): ROC AUC 0.85 · Logistic regression: ROC AUC 0.84". */
    static String summary(List<PropensityModel> models) {
        StringBuilder b = new StringBuilder("Trained ").append(when(models.get(0).createdAt()));
        for (PropensityModel m : models) {
            b.append(" · ").append(m.kind().title()).append(": ROC AUC ").append(two(m.test().rocAuc()));
        }
        return b.toString();
    }

    /** "Stopped at epoch 12; kept the best epoch 9." for each model that was cut short, or "". */
    static String cancelNotice(PropensityResult r) {
        List<String> parts = new ArrayList<>();
        for (TrainedModel t : r.models()) {
            if (!t.cancelled()) continue;
            int last = t.curve().isEmpty() ? t.bestEpoch() : t.curve().get(t.curve().size() - 1).epoch();
            parts.add(t.model().kind().title() + ": stopped at epoch " + last + "; kept the best epoch " + t.bestEpoch() + ".");
        }
        return String.join(" ", parts);
    }

}
