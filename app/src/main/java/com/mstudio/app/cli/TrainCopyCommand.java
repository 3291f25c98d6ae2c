package com.mstudio.app.cli;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code train-copy FILE --text COL --label COL [--test FILE] [--model attention|baseline|both] [--seed S] [--epochs N]
 * [--max-length N] --out MODEL.zip [--json]}: trains the copy classifiers as the desktop app does and prints their
 * test-set figures. Without --max-length, texts are cut at the length the engine suggests for FILE's texts
 * ({@link CopyService#suggestedMaxLength}).
 * One model is saved as MODEL.zip; with both, the attention model is MODEL.zip and the baseline sits next to it as
 * MODEL-baseline.zip, so that either can be used with {@code classify}. With --json: one object per model and line,
 * attention first.
 */
final class TrainCopyCommand implements Command {
    private final ImportService imports;
    private final CopyService copy;

    TrainCopyCommand(ImportService imports, CopyService copy) {
        this.imports = imports;
        this.copy = copy;
    }

    @Override public String name() { return "train-copy"; }

    @Override
    public String usage() {
        return "train-copy FILE --text COL --label COL [--test FILE] [--model attention|baseline|both] [--seed S]\n"
                + "              [--epochs N] [--max-length N] --out MODEL.zip [--json]   (both: the baseline goes to MODEL-baseline.zip)";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json"), Set.of("text", "label", "test", "model", "seed", "epochs", "out", "max-length"));
        Path file = ImportCommand.singleFile(args, name());
        String text = args.required(name(), "text", "the column with the copy, e.g. --text subject");
        String label = args.required(name(), "label", "the column with its label, e.g. --label label");
        Path outFile = Path.of(args.required(name(), "out", "the model file to write, e.g. --out spam.copy.zip"));
        CopyRequest.Models models = models(args.option("model"));
        long seed = args.longOption("seed", CopyRequest.DEFAULT_SEED);
        CopyRequest.AttentionSettings attention = attention(args);

        DataTable table = InputFiles.importTable(imports, file, args, err);
        InputFiles.requireColumns(table, file, text, label);
        DataTable testTable = null;
        if (args.option("test") != null) {
            Path testFile = Path.of(args.option("test"));
            testTable = InputFiles.importTable(imports, testFile, args, err);
            InputFiles.requireColumns(testTable, testFile, text, label);
        }
        CopyRequest request = request(text, label, models, tokenizer(args, table, text), attention, seed);
        CopyTrainingResult result = copy.train(table, testTable, request, file.getFileName().toString(), Runnable::run, new TerminalProgress<>(err)).await();
        if (result.models().isEmpty()) throw new StudioException("No model could be trained.");

        List<Path> saved = new ArrayList<>();
        for (TrainedModel m : result.models()) {
            Path target = fileFor(m.model().kind(), outFile, result.models().size() > 1);
            copy.save(m.model(), target);
            saved.add(target);
        }
        if (args.flag("json")) {
            for (int i = 0; i < result.models().size(); i++) {
                out.println(Json.write(toJson(result.models().get(i), result.split(), saved.get(i))));
            }
        } else {
            CopyReport.print(file, table, request, result, saved, out);
        }
        return Cli.OK;
    }

    /** With both models the attention model takes the name given and the baseline a sibling "NAME-baseline.zip". */
    static Path fileFor(CopyModel.Kind kind, Path out, boolean several) {
        if (!several || kind == CopyModel.Kind.ATTENTION) return out;
        String name = out.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return out.resolveSibling(stem + "-" + kindName(kind) + ".zip");
    }

    static Map<String, Object> toJson(TrainedModel m, CopyTrainingResult.Split split, Path file) {
        CopyModel.Metrics t = m.model().test();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", kindName(m.model().kind()));
        json.put("accuracy", Json.number(t.accuracy()));
        json.put("macro_f1", Json.number(t.macroF1()));
        json.put("test_rows", t.testRows());
        json.put("seconds_per_epoch", m.secondsPerEpoch());
        json.put("precision", perLabel(m.model().labels(), t.precision()));
        json.put("recall", perLabel(m.model().labels(), t.recall()));
        json.put("best_epoch", m.bestEpoch());
        json.put("epochs", m.curve().size());
        json.put("seconds", m.seconds());
        json.put("cancelled", m.cancelled());
        json.put("train_rows", split.trainRows());
        json.put("validation_rows", split.validationRows());
        json.put("vocabulary_size", split.vocabularySize());
        json.put("truncated_share", split.truncatedShare());
        json.put("max_length", m.model().tokenizer().maxLength());
        json.put("seed", split.seed());
        json.put("file", file.toString());
        return json;
    }

    private static Map<String, Double> perLabel(List<String> labels, List<Double> values) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.size() && i < values.size(); i++) map.put(labels.get(i), Json.number(values.get(i)));
        return map;
    }

    static String kindName(CopyModel.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The saved model says which file it was trained on. */
    private static CopyRequest.AttentionSettings attention(CliArgs args) {
        CopyRequest.AttentionSettings a = CopyRequest.AttentionSettings.DEFAULT;
        if (args.option("epochs") == null) return a;
        int epochs = args.intOption("epochs", a.maxEpochs());
        if (epochs < 1) throw new StudioException("Option --epochs needs at least 1.");
        return new CopyRequest.AttentionSettings(a.embedding(), a.heads(), a.blocks(), a.dropout(), a.learningRate(),
                a.batchSize(), epochs, a.patience());
    }

    /** The default tokenizer with --max-length, or the length suggested for the training texts. */
    private CopyRequest.Tokenizer tokenizer(CliArgs args, DataTable table, String text) {
        CopyRequest.Tokenizer d = CopyRequest.Tokenizer.DEFAULT;
        int length = args.option("max-length") == null ? copy.suggestedMaxLength(table, text, d)
                : args.intOption("max-length", d.maxLength());
        if (length < 4) throw new StudioException("Option --max-length needs at least 4 tokens.");
        return new CopyRequest.Tokenizer(d.mode(), d.lowercase(), d.minFrequency(), d.maxVocabulary(), length);
    }

    private static CopyRequest request(String text, String label, CopyRequest.Models models, CopyRequest.Tokenizer tokenizer,
                                       CopyRequest.AttentionSettings attention, long seed) {
        try {
            return new CopyRequest(text, label, models, tokenizer, attention, 0.15, 0.20, seed);
        } catch (IllegalArgumentException e) {
            throw new StudioException("Cannot train: " + e.getMessage() + ".");
        }
    }

    private static CopyRequest.Models models(String value) {
        if (value == null) return CopyRequest.Models.BOTH;
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "attention" -> CopyRequest.Models.ATTENTION;
            case "baseline" -> CopyRequest.Models.BASELINE;
            case "both" -> CopyRequest.Models.BOTH;
            default -> throw new StudioException("Option --model takes attention, baseline or both, not '" + value + "'.");
        };
    }
}
