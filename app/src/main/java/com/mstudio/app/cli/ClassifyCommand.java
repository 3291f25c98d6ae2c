package com.mstudio.app.cli;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyService.Classification;
import com.mstudio.engine.api.CopyService.TokenWeight;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
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
 * {@code classify MODEL.zip --text "..." [--explain occlusion|attention] [--json]}: one text's label, every class's
 * probability and how much each token mattered (occlusion by default; attention for attention models). {@code classify MODEL.zip --file IN.csv --text COL --out OUT.csv [--json]}: every row of IN.csv with
 * two columns added, {@code label} and {@code confidence} or, when IN.csv already has either name, free ones such as
 * {@code predicted_label} and {@code predicted_confidence} ({@link CopyService.BatchColumns}: IN.csv's own columns
 * are never overwritten), written through the same CSV export as the app (text that a spreadsheet would run as a
 * formula escaped).
 */
final class ClassifyCommand implements Command {
    private static final int BAR = 30;
    private final ImportService imports;
    private final ExportService exports;
    private final CopyService copy;

    ClassifyCommand(ImportService imports, ExportService exports, CopyService copy) {
        this.imports = imports;
        this.exports = exports;
        this.copy = copy;
    }

    @Override public String name() { return "classify"; }

    @Override
    public String usage() {
        return "classify MODEL.zip --text \"...\" [--explain occlusion|attention] [--json]"
                + " | classify MODEL.zip --file IN.csv --text COL --out OUT.csv [--json]";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json"), Set.of("text", "file", "out", "explain"));
        Path modelFile = ImportCommand.singleFile(args, name());
        String text = args.option("text");
        if (text == null) {
            throw new StudioException("'classify' needs --text: the copy to classify, or with --file the column that holds it.");
        }
        return args.option("file") == null ? one(modelFile, text, args, out, err) : batch(modelFile, text, args, out, err);
    }

    private int one(Path modelFile, String text, CliArgs args, PrintStream out, PrintStream err) {
        if (args.option("out") != null) throw new StudioException("--out is for a batch: add --file IN.csv and name its text column with --text.");
        if (text.isBlank()) throw new StudioException("--text is empty: give the copy to classify.");
        CopyService.Explanation explanation = explanation(args.option("explain"));
        CopyModel model = copy.load(modelFile);
        Classification c = copy.classify(model, List.of(text), explanation, Runnable::run, new TerminalProgress<>(err))
                .await().get(0);
        if (args.flag("json")) {
            out.println(Json.write(toJson(model, c)));
        } else {
            print(model, c, out);
        }
        return Cli.OK;
    }

    /** {@code --explain}: occlusion (the default, every model) or attention (attention models only). */
    static CopyService.Explanation explanation(String option) {
        if (option == null) return CopyService.Explanation.OCCLUSION;
        for (CopyService.Explanation e : CopyService.Explanation.values()) {
            if (e.weightKind().equalsIgnoreCase(option.strip())) return e;
        }
        throw new StudioException("--explain must be occlusion or attention, not \"" + option + "\".");
    }

    static Map<String, Object> toJson(CopyModel model, Classification c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("label", c.label());
        json.put("confidence", c.confidence());
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < model.labels().size(); i++) scores.put(model.labels().get(i), c.scores().get(i));
        json.put("scores", scores);
        List<Map<String, Object>> tokens = new ArrayList<>();
        for (TokenWeight t : c.tokens()) {
            Map<String, Object> token = new LinkedHashMap<>();
            token.put("token", t.token());
            token.put("weight", t.weight());
            token.put("unknown", t.unknown());
            tokens.add(token);
        }
        json.put("tokens", tokens);
        json.put("weight_kind", c.weightKind());
        json.put("truncated", c.truncated());
        json.put("model", TrainCopyCommand.kindName(model.kind()));
        return json;
    }

    private static void print(CopyModel model, Classification c, PrintStream out) {
        out.printf(Locale.ROOT, "Label: %s (%.1f%%)   — %s model trained on %s%n", c.label(), c.confidence() * 100,
                model.kind().title(), model.sourceName() == null || model.sourceName().isBlank()
                        ? "unnamed data" : model.sourceName());
        int width = model.labels().stream().mapToInt(String::length).max().orElse(5);
        for (int i = 0; i < model.labels().size(); i++) {
            double p = c.scores().get(i);
            int filled = (int) Math.round(p * BAR);
            out.printf(Locale.ROOT, "  %-" + width + "s %s%s %5.1f%%%n", model.labels().get(i), "█".repeat(filled),
                    "░".repeat(BAR - filled), p * 100);
        }
        out.println(weightsTitle(c));
        StringBuilder line = new StringBuilder(" ");
        for (TokenWeight t : c.tokens()) {
            line.append(' ').append(t.token()).append(t.unknown() ? "?" : "")
                    .append(String.format(Locale.ROOT, "occlusion".equals(c.weightKind()) ? "(%+.2f)" : "(%.2f)", t.weight()));
        }
        out.println(line);
        if ("occlusion".equals(c.weightKind()) && !c.tokens().isEmpty()
                && c.tokens().stream().allMatch(t -> Math.abs(t.weight()) < 0.005)) {
            out.println("  (every weight is near 0: no single token changes the model's mind)");
        }
        if (c.truncated()) out.printf("  (the text was longer than %d tokens: only its beginning was read)%n", model.tokenizer().maxLength());
        if (c.tokens().stream().anyMatch(TokenWeight::unknown)) out.println("  (? = not in the vocabulary: read as the unknown token)");
    }

    /** Says which weights are shown: they mean different things and the user should not have to guess. */
    private static String weightsTitle(Classification c) {
        if ("occlusion".equals(c.weightKind())) {
            return "Tokens (occlusion: how much the log-odds of \"" + c.label() + "\" drop when the token is removed):";
        }
        if ("attention".equals(c.weightKind())) return "Tokens (attention: the share of attention each token received):";
        return "Tokens (" + c.weightKind() + "):";
    }

    private int batch(Path modelFile, String column, CliArgs args, PrintStream out, PrintStream err) {
        Path file = Path.of(args.option("file"));
        if (args.option("out") == null) throw new StudioException("'classify --file' needs --out: the CSV file to write.");
        if (args.option("explain") != null) {
            throw new StudioException("--explain is for one --text: a batch adds label and confidence columns, no token weights.");
        }
        Path outFile = Path.of(args.option("out"));
        if (outFile.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new StudioException("--out would overwrite the input file; choose another name.", outFile, -1, null);
        }
        CopyModel model = copy.load(modelFile); // before the import: a bad model fails fast
        DataTable table = InputFiles.importTable(imports, file, args, err);
        InputFiles.requireColumns(table, file, column);
        CopyService.BatchColumns added = CopyService.BatchColumns.freeIn(table);
        DataTable labelled = copy.classifyColumn(model, table, column, Runnable::run, new TerminalProgress<>(err)).await();
        exports.exportCsv(labelled, outFile, Runnable::run, new TerminalProgress<>(err)).await();
        Map<String, Integer> counts = labelCounts(labelled, added.label(), model);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", labelled.rowCount());
            json.put("labels", counts);
            json.put("model", TrainCopyCommand.kindName(model.kind()));
            json.put("label_column", added.label());
            json.put("confidence_column", added.confidence());
            json.put("out", outFile.toString());
            out.println(Json.write(json));
        } else {
            StringBuilder summary = new StringBuilder();
            counts.forEach((k, v) -> summary.append(summary.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d", k, v)));
            out.printf(Locale.ROOT, "Classified %,d rows of %s (column \"%s\") with the %s model: %s.%n", labelled.rowCount(),
                    file.getFileName(), column, model.kind().title(), summary);
            out.println("Wrote " + outFile + " with the columns " + added.label() + " and " + added.confidence()
                    + " (the label's probability, 0..1)" + (added.plain() ? "." : ": " + file.getFileName()
                    + " already has a label or confidence column, kept as it was."));
        }
        return Cli.OK;
    }

    /** Rows per label in the written file, in the model's label order (empty texts may have no label). */
    private static Map<String, Integer> labelCounts(DataTable labelled, String labelColumn, CopyModel model) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String l : model.labels()) counts.put(l, 0);
        int col = labelled.indexOf(labelColumn);
        if (col < 0) return counts;
        for (int r = 0; r < labelled.rowCount(); r++) {
            if (labelled.isMissing(r, col)) continue;
            counts.merge(labelled.text(r, col), 1, Integer::sum);
        }
        return counts;
    }
}
