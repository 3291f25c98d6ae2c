package com.mstudio.app.cli;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code score FILE --model PATH --out FILE.csv [--json]}: every row of FILE with {@code propensity} (0..1) and
 * {@code propensity_decile} (1 = the 10% most likely) added, written through the same CSV export as the app (UTF-8,
 * text that a spreadsheet would run as a formula escaped).
 */
final class ScoreCommand implements Command {
    private final ImportService imports;
    private final ExportService exports;
    private final PropensityService propensity;

    ScoreCommand(ImportService imports, ExportService exports, PropensityService propensity) {
        this.imports = imports;
        this.exports = exports;
        this.propensity = propensity;
    }

    @Override public String name() { return "score"; }

    @Override public String usage() { return "score FILE --model MODEL.propensity.zip --out SCORED.csv [--json]"; }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json"), Set.of("model", "out"));
        Path file = ImportCommand.singleFile(args, name());
        if (args.option("model") == null) throw new StudioException("'score' needs --model: a saved .propensity.zip file.");
        if (args.option("out") == null) throw new StudioException("'score' needs --out: the CSV file to write.");
        Path modelFile = Path.of(args.option("model"));
        Path outFile = Path.of(args.option("out"));
        if (outFile.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize())) {
            throw new StudioException("--out would overwrite the input file; choose another name.", outFile, -1, null);
        }
        PropensityModel model = propensity.load(modelFile); // before the import: a bad model fails fast
        DataTable table = InputFiles.importTable(imports, file, args, err);
        DataTable scored = propensity.score(model, table, Runnable::run, new TerminalProgress<>(err)).await();
        exports.exportCsv(scored, outFile, Runnable::run, new TerminalProgress<>(err)).await();
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", scored.rowCount());
            json.put("model", TrainPropensityCommand.kindName(model.kind()));
            json.put("target", model.target() + " = " + model.positiveValue());
            json.put("out", outFile.toString());
            out.println(Json.write(json));
        } else {
            out.printf(Locale.ROOT, "Scored %,d rows of %s with the %s (%s = %s, trained on %s, test ROC AUC %s).%n",
                    scored.rowCount(), file.getFileName(), model.kind().title().toLowerCase(Locale.ROOT), model.target(),
                    model.positiveValue(), model.sourceName() == null || model.sourceName().isBlank() ? "unnamed data" : model.sourceName(),
                    Double.isNaN(model.test().rocAuc()) ? "-" : String.format(Locale.ROOT, "%.3f", model.test().rocAuc()));
            out.println("Wrote " + outFile + " with the columns propensity and propensity_decile (1 = the 10% most likely).");
        }
        return Cli.OK;
    }
}
