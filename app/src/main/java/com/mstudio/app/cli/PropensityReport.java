package com.mstudio.app.cli;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The readable output of {@code train-propensity}: the split, a comparison table, the gains sentence, what matters. */
final class PropensityReport {
    private PropensityReport() {}

    static void print(Path file, DataTable table, PropensityRequest request, PropensityResult result, List<Path> saved,
                      PrintStream out) {
        PropensityResult.Split s = result.split();
        String positive = request.target() + " = " + request.positiveValue();
        out.printf(Locale.ROOT, "%s: %,d rows, %d feature columns; predicting %s (%.1f%% of rows)%n", file.getFileName(),
                table.rowCount(), request.features().size(), positive, s.positiveShare() * 100);
        out.printf(Locale.ROOT, "Split (seed %d): %,d training, %,d validation, %,d test rows%s%n", s.seed(), s.trainRows(),
                s.validationRows(), s.testRows(), s.separateTestFile() ? " (test rows from the --test file)" : "");
        out.println("Imbalance: " + s.imbalance());
        for (PropensityService.LeakageWarning w : result.warnings()) out.println("Warning: " + w.column() + ": " + w.reason());
        out.println();
        out.printf("  %-24s %8s %7s %9s %10s %7s %6s %11s %8s%n", "model", "ROC AUC", "PR AUC", "accuracy", "precision",
                "recall", "F1", "best epoch", "seconds");
        for (TrainedModel m : result.models()) {
            PropensityModel.Metrics t = m.evaluation().metrics();
            out.printf(Locale.ROOT, "  %-24s %8s %7s %9.3f %10.3f %7.3f %6.3f %11d %8.1f%s%n", m.model().kind().title(),
                    figure(t.rocAuc()), figure(t.prAuc()), t.accuracy(), t.precision(), t.recall(), t.f1(), m.bestEpoch(),
                    m.seconds(), m.cancelled() ? "  (cancelled: best epoch kept)" : "");
        }
        // Scores are probabilities; each model's default threshold is the one with the best F1 on the validation rows.
        if (result.models().size() == 1) {
            out.printf(Locale.ROOT, "  (test set: %,d rows; predicted positive at a score of %.2f or more, the threshold with "
                    + "the best F1 on the validation rows)%n", s.testRows(), result.models().get(0).evaluation().metrics().threshold());
        } else {
            out.printf(Locale.ROOT, "  (test set: %,d rows; predicted positive at or above the threshold with the best F1 on the "
                    + "validation rows: %s)%n", s.testRows(), result.models().stream()
                    .map(m -> String.format(Locale.ROOT, "%.2f for the %s", m.evaluation().metrics().threshold(),
                            Character.toLowerCase(m.model().kind().title().charAt(0)) + m.model().kind().title().substring(1)))
                    .collect(Collectors.joining(", ")));
        }
        out.println();
        for (TrainedModel m : result.models()) {
            ModelEvaluation e = m.evaluation();
            if (e.singleClass()) {
                out.println(m.model().kind().title() + ": the test rows hold only one class, so the ranking cannot be judged.");
                continue;
            }
            ModelEvaluation.GainsRow top20 = e.gains().get(1);
            out.printf(Locale.ROOT, "%s: contacting the top 20%% reaches %.0f%% of the %s rows (lift %.1f); the top 10%%: %.0f%%.%n",
                    m.model().kind().title(), top20.positivesReached() * 100, positive, top20.lift(),
                    e.gains().get(0).positivesReached() * 100);
            out.println("  Most important: " + m.importance().stream().limit(TrainPropensityCommand.TOP_FEATURES)
                    .map(f -> f.column() + " (AUC " + aucChange(f.aucDrop()) + ")").collect(Collectors.joining(", ")));
        }
        comparison(result.models(), out);
        out.println();
        out.println("Saved: " + saved.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }

    /** The question the brief asks: does the deep model earn its keep over the baseline? */
    private static void comparison(List<TrainedModel> models, PrintStream out) {
        if (models.size() != 2) return;
        double mlp = models.get(0).evaluation().metrics().rocAuc();
        double logistic = models.get(1).evaluation().metrics().rocAuc();
        if (Double.isNaN(mlp) || Double.isNaN(logistic)) return;
        double gap = mlp - logistic;
        String verdict;
        if (Math.abs(gap) < 0.005) {
            verdict = String.format(Locale.ROOT, "The neural network and the logistic regression rank customers equally well "
                    + "(ROC AUC %.3f vs %.3f): the simpler model is enough.", mlp, logistic);
        } else if (gap > 0) {
            verdict = String.format(Locale.ROOT, "The neural network ranks customers better than the logistic regression "
                    + "by %.3f ROC AUC.", gap);
        } else {
            verdict = String.format(Locale.ROOT, "The logistic regression ranks customers better than the neural network "
                    + "by %.3f ROC AUC: the simpler model is enough.", -gap);
        }
        out.println(verdict);
    }

    /** Shuffling a column changes the AUC by minus its drop: "-0.120", or "+0.030" when shuffling it helped. */
    static String aucChange(double drop) {
        return String.format(Locale.ROOT, "%+.3f", drop == 0 ? 0.0 : -drop);
    }

    private static String figure(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
