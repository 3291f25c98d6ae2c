package com.mstudio.app.cli;

import com.mstudio.app.SampleLocator;
import com.mstudio.app.StudioServices;
import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench copy-quality [--epochs N] [--json]}: the quality bar, checked the way a user would meet it. Both
 * shipped samples are trained at the DEFAULT settings (the suggested maximum length, {@link
 * CopyRequest.AttentionSettings#DEFAULT}, seed 42) with both models, and the held-out figures are printed side by side:
 * the SpamAssassin subject lines with a stratified 20% test split, the fine-food reviews on their fixed test file.
 * Validation rows (15%) drive early stopping; the test rows are only measured. {@code --epochs} caps the epochs for a
 * quick look (the figures are then not the defaults').
 */
final class CopyQualityBench {
    /** "Match": within this of the baseline's accuracy and macro-F1, about one standard error on 1,000 test texts. */
    static final double MATCH = 0.01;

    /** One shipped sample: its files and columns. */
    record SampleSet(String name, String trainFile, String testFile, String textColumn, String labelColumn) {}

    static final List<SampleSet> SETS = List.of(
            new SampleSet("SpamAssassin subject lines", "spam_subjects.csv", null, "subject", "label"),
            new SampleSet("Fine-food reviews", "fine_food_reviews_train.csv", "fine_food_reviews_test.csv", "review", "score"));

    private CopyQualityBench() {}

    static int run(StudioServices services, CliArgs args, PrintStream out, PrintStream err) throws Exception {
        CopyRequest.AttentionSettings a = CopyRequest.AttentionSettings.DEFAULT;
        if (args.option("epochs") != null) {
            int epochs = args.intOption("epochs", a.maxEpochs());
            if (epochs < 1) throw new StudioException("bench copy-quality needs --epochs of at least 1.");
            a = new CopyRequest.AttentionSettings(a.embedding(), a.heads(), a.blocks(), a.dropout(), a.learningRate(),
                    a.batchSize(), epochs, a.patience());
        }
        services.engine().nativeSetup().get();
        CopyService copy = services.copy();
        boolean allMatch = true;
        for (SampleSet set : SETS) {
            DataTable train = read(services, set.trainFile(), err);
            DataTable test = set.testFile() == null ? null : read(services, set.testFile(), err);
            CopyRequest.Tokenizer d = CopyRequest.Tokenizer.DEFAULT;
            int length = copy.suggestedMaxLength(train, set.textColumn(), d);
            CopyRequest.Tokenizer tokenizer = new CopyRequest.Tokenizer(d.mode(), d.lowercase(), d.minFrequency(),
                    d.maxVocabulary(), length);
            CopyRequest request = new CopyRequest(set.textColumn(), set.labelColumn(), CopyRequest.Models.BOTH, tokenizer,
                    a, 0.15, 0.2, CopyRequest.DEFAULT_SEED);
            CopyTrainingResult r = copy.train(train, test, request, set.trainFile(), Runnable::run, new TerminalProgress<>(err)).await();
            CopyModel attention = r.models().get(0).model(), baseline = r.models().get(1).model();
            double gap = attention.test().accuracy() - baseline.test().accuracy();
            double f1Gap = attention.test().macroF1() - baseline.test().macroF1();
            // the bar is both figures: a model that wins on accuracy by ignoring the minority class does not match
            boolean matches = gap >= -MATCH && f1Gap >= -MATCH;
            allMatch &= matches;
            if (args.flag("json")) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("data", set.name());
                json.put("attention_accuracy", Json.number(attention.test().accuracy()));
                json.put("baseline_accuracy", Json.number(baseline.test().accuracy()));
                json.put("attention_macro_f1", Json.number(attention.test().macroF1()));
                json.put("baseline_macro_f1", Json.number(baseline.test().macroF1()));
                json.put("matches", matches);
                json.put("test_rows", r.split().testRows());
                json.put("max_length", length);
                json.put("truncated_share", r.split().truncatedShare());
                json.put("attention_best_epoch", r.models().get(0).bestEpoch());
                json.put("attention_seconds_per_epoch", r.models().get(0).secondsPerEpoch());
                out.println(Json.write(json));
            } else {
                out.printf(Locale.ROOT, "%s: %,d training, %,d validation, %,d test texts; max length %d (%.0f%% cut)%n",
                        set.name(), r.split().trainRows(), r.split().validationRows(), r.split().testRows(), length,
                        100 * r.split().truncatedShare());
                for (CopyTrainingResult.TrainedModel m : r.models()) {
                    out.printf(Locale.ROOT, "  %-24s accuracy %.3f  macro-F1 %.3f  (best epoch %d of %d, %.2f s/epoch)%n",
                            m.model().kind().title(), m.model().test().accuracy(), m.model().test().macroF1(),
                            m.bestEpoch(), m.curve().size(), m.secondsPerEpoch());
                }
                out.printf(Locale.ROOT, "  attention %s the baseline (accuracy %+.3f, macro-F1 %+.3f)%n",
                        gap > MATCH && f1Gap > MATCH ? "beats" : matches ? "matches" : "falls short of", gap, f1Gap);
            }
        }
        return allMatch ? Cli.OK : Cli.FAILED;
    }

    private static DataTable read(StudioServices services, String file, PrintStream err) {
        Path p = SampleLocator.onDisk(file);
        if (p == null) throw new StudioException("bench copy-quality needs the shipped sample " + file + " (samples/).");
        return services.imports().importCsv(p, ImportOptions.detectAll(), Runnable::run, new TerminalProgress<>(err))
                .await().table();
    }
}
