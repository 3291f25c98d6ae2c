package com.mstudio.app.cli;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.engine.api.DataTable;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The readable output of {@code train-copy}: the data and split, a comparison table, per-class figures, the files. */
final class CopyReport {
    private CopyReport() {}

    static void print(Path file, DataTable table, CopyRequest request, CopyTrainingResult result, List<Path> saved,
                      PrintStream out) {
        CopyTrainingResult.Split s = result.split();
        List<String> labels = result.models().get(0).model().labels();
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < labels.size() && i < s.labelCounts().size(); i++) {
            counts.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", labels.get(i), s.labelCounts().get(i)));
        }
        out.printf(Locale.ROOT, "%s: %,d rows; text \"%s\", label \"%s\" (%s)%n", file.getFileName(), table.rowCount(),
                request.textColumn(), request.labelColumn(), counts);
        out.printf(Locale.ROOT, "Split (seed %d): %,d training, %,d validation, %,d test rows%s%n", s.seed(), s.trainRows(),
                s.validationRows(), s.testRows(), s.separateTestFile() ? " (test rows from the --test file)" : "");
        CopyRequest.Tokenizer tok = result.models().get(0).model().tokenizer();
        long truncated = Math.round(s.truncatedShare() * s.trainRows());
        out.printf(Locale.ROOT, "Vocabulary: %,d tokens (seen at least %d times in the training texts, with padding and "
                + "unknown); %,d of %,d training texts (%.1f%%) were longer than %d tokens and were cut at the end%n",
                s.vocabularySize(), tok.minFrequency(), truncated, s.trainRows(), s.truncatedShare() * 100, tok.maxLength());
        for (String w : result.warnings()) out.println("Warning: " + w);
        out.println();
        out.printf("  %-24s %9s %9s %11s %10s %8s%n", "model", "accuracy", "macro-F1", "best epoch", "s/epoch", "seconds");
        for (TrainedModel m : result.models()) {
            CopyModel.Metrics t = m.model().test();
            out.printf(Locale.ROOT, "  %-24s %9s %9s %11d %10.2f %8.1f%s%n", m.model().kind().title(), figure(t.accuracy()),
                    figure(t.macroF1()), m.bestEpoch(), m.secondsPerEpoch(), m.seconds(),
                    m.cancelled() ? "  (cancelled: best epoch kept)" : "");
        }
        out.printf(Locale.ROOT, "  (test set: %,d rows)%n", s.testRows());
        if (result.models().size() == 2) out.println("  " + verdict(result.models().get(0), result.models().get(1)));
        for (TrainedModel m : result.models()) {
            out.println();
            out.println(m.model().kind().title() + ", per class on the test rows:");
            out.printf("  %-20s %10s %8s %8s%n", "label", "precision", "recall", "rows");
            CopyModel.Metrics t = m.model().test();
            for (int i = 0; i < labels.size(); i++) {
                out.printf(Locale.ROOT, "  %-20s %10s %8s %8d%n", clip(labels.get(i)), figure(at(t.precision(), i)),
                        figure(at(t.recall(), i)), rowTotal(m.confusion(), i));
            }
        }
        out.println();
        for (int i = 0; i < saved.size(); i++) {
            out.println("Saved " + result.models().get(i).model().kind().title() + " to " + saved.get(i));
        }
    }

    /** Whether attention earns its keep on these test rows, by macro-F1 (accuracy flatters the bigger class). */
    private static String verdict(TrainedModel a, TrainedModel b) {
        double diff = a.model().test().macroF1() - b.model().test().macroF1();
        if (Double.isNaN(diff)) return "The two models cannot be compared on these test rows.";
        String first = a.model().kind().title();
        String second = b.model().kind().title();
        if (Math.abs(diff) < 0.005) return String.format(Locale.ROOT, "%s and %s are level on macro-F1.", first, second);
        TrainedModel better = diff > 0 ? a : b;
        return String.format(Locale.ROOT, "%s leads by %.3f macro-F1.", better.model().kind().title(), Math.abs(diff));
    }

    private static int rowTotal(int[][] confusion, int row) {
        if (confusion == null || row >= confusion.length) return 0;
        int sum = 0;
        for (int c : confusion[row]) sum += c;
        return sum;
    }

    private static double at(List<Double> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : Double.NaN;
    }

    private static String clip(String label) {
        return label.length() <= 20 ? label : label.substring(0, 19) + "…";
    }

    private static String figure(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
