package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.ui.common.Formats;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** How the Copy screen writes its figures and its sentences about a run. */
final class CopyTexts {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH);

    private CopyTexts() {}

    /** "84.7%"; "—" when not a number (a class with no test rows has no precision). */
    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", v * 100) : "—";
    }

    /** "0.847". */
    static String three(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "—";
    }

    static String when(String isoInstant) {
        try {
            return WHEN.format(Instant.parse(isoInstant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException | NullPointerException e) {
            return isoInstant == null ? "" : isoInstant;
        }
    }

    /** The model with the best test macro-F1 (accuracy breaks a tie), or null. */
    static CopyModel best(List<CopyModel> models) {
        return models.stream().max(Comparator.comparingDouble((CopyModel m) -> finite(m.test().macroF1()))
                .thenComparingDouble(m -> finite(m.test().accuracy()))).orElse(null);
    }

    /** The model that beats the others on test macro-F1 (accuracy breaks a tie); null with fewer than two, or a tie. */
    static CopyModel winner(List<CopyModel> models) {
        if (models.size() < 2) return null;
        CopyModel best = best(models);
        long level = models.stream().filter(m -> finite(m.test().macroF1()) == finite(best.test().macroF1())
                && finite(m.test().accuracy()) == finite(best.test().accuracy())).count();
        return level > 1 ? null : best;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : -1;
    }

    /** "Trained 30 Nov 04:40 · Self-attention: 94.1% accurate · TF-IDF + dense network: 93.0% accurate". */
    static String summary(List<CopyModel> models) {
        if (models.isEmpty()) return "";
        StringBuilder b = new StringBuilder("Trained ").append(when(models.get(0).createdAt()));
        for (CopyModel m : models) b.append(" · ").append(m.kind().title()).append(": ").append(percent(m.test().accuracy())).append(" accurate");
        return b.toString();
    }

    /** "Self-attention: stopped at epoch 12; kept the best epoch 9." for each model cut short, or "". */
    static String cancelNotice(CopyTrainingResult r) {
        List<String> parts = new ArrayList<>();
        for (TrainedModel t : r.models()) {
            if (!t.cancelled()) continue;
            int last = t.curve().isEmpty() ? t.bestEpoch() : t.curve().get(t.curve().size() - 1).epoch();
            parts.add(t.model().kind().title() + ": stopped at epoch " + last + "; kept the best epoch " + t.bestEpoch() + ".");
        }
        return String.join(" ", parts);
    }

    /** The split in words: rows per part, where the test rows came from, the cut texts and the vocabulary. */
    static String split(CopyTrainingResult.Split s) {
        return "Split (seed " + s.seed() + "): " + Formats.count(s.trainRows()) + " texts to learn from, "
                + Formats.count(s.validationRows()) + " to decide when to stop, " + Formats.count(s.testRows())
                + (s.separateTestFile() ? " to test, from the separate test file" : " held out to test")
                + ": every figure is measured on the test texts. "
                + (s.truncatedShare() == 0 ? "No training text was longer than the maximum length."
                : Formats.percent(s.truncatedShare()) + " of the training texts were longer than the maximum length and were cut.")
                + " Vocabulary: "
                + Formats.count(s.vocabularySize()) + " tokens.";
    }
}
