package com.mstudio.app.cli;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.PiiFinding;
import com.mstudio.engine.api.PiiService;
import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code segment FILE [--k N|auto] [--columns a,b] [--seed S] [--rfm id=..,date=..,amount=..] [--assign MODEL.json]
 * [--out DIR] [--json] [import options]}: imports the file, segments it (k-means, RFM, or a saved segmentation), prints
 * the segments and, with {@code --out}, writes the segmented CSV, the report and the model.
 */
final class SegmentCommand implements Command {
    static final String MODEL_FILE = "segmentation.json";
    private static final Set<String> OWN_OPTIONS = Set.of("k", "columns", "seed", "rfm", "out", "assign");

    private final ImportService imports;
    private final SegmentService segments;
    private final PiiService pii;

    SegmentCommand(ImportService imports, SegmentService segments, PiiService pii) {
        this.imports = imports;
        this.segments = segments;
        this.pii = pii;
    }

    @Override public String name() { return "segment"; }

    @Override
    public String usage() {
        return "segment FILE [--k N|auto] [--columns a,b,..] [--seed S] [--out DIR] [--json] [import options]\n"
                + "              [--rfm id=COL,date=COL,amount=COL | --rfm id=COL,recency=COL,frequency=COL,monetary=COL | --rfm auto]\n"
                + "              [--assign MODEL.json]   (apply a saved segmentation instead of fitting one)";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        Set<String> valueOptions = new HashSet<>(ImportOptionsParser.VALUE_OPTIONS);
        valueOptions.addAll(OWN_OPTIONS);
        CliArgs args = CliArgs.parse(argList, Set.of("json", "debug"), valueOptions);
        Path file = ImportCommand.singleFile(args, "segment");
        String modelPath = args.option("assign");
        if (modelPath != null) {
            for (String o : List.of("k", "columns", "seed", "rfm")) {
                if (args.option(o) != null) {
                    throw new StudioException("--assign applies a saved segmentation as it is; --" + o + " cannot be combined with it.");
                }
            }
        }
        // Read the model (and check the request) before the import, so a typo fails fast on a big file.
        SegmentModel saved = modelPath == null ? null : segments.load(Path.of(modelPath));
        Integer k = saved == null ? parseK(args.option("k")) : null;
        long seed = parseSeed(args.option("seed"));

        ImportResult imported = InputFiles.importFile(imports, file, args, err);
        DataTable table = imported.table();
        String source = file.getFileName().toString();
        SegmentationResult result;
        if (saved != null) {
            result = segments.assign(saved, table, Runnable::run, new TerminalProgress<>(err)).await();
        } else {
            SegmentationRequest request = request(args, table, source, k, seed);
            result = segment(table, request, source, err);
        }

        List<Path> written = List.of();
        if (args.option("out") != null) written = export(result, Path.of(args.option("out")), err);
        if (args.flag("json")) {
            out.println(Json.write(SegmentJson.toJson(result, written)));
        } else {
            SegmentTable.print(source, result, saved != null, out);
            for (Path p : written) err.println("Wrote " + p);
        }
        return Cli.OK;
    }

    private SegmentationRequest request(CliArgs args, DataTable table, String source, Integer k, long seed) {
        String rfm = args.option("rfm");
        if (rfm != null) {
            if (args.option("columns") != null || args.option("k") != null) {
                throw new StudioException("--rfm scores recency, frequency and monetary value; --columns and --k are for k-means.");
            }
            RfmColumns columns = rfm.equalsIgnoreCase("auto")
                    ? segments.detectRfm(table).orElseThrow(() -> new StudioException(source + " has no columns that look like a customer id, "
                    + "a date and an amount (or recency, frequency and monetary). Name them: --rfm id=COL,date=COL,amount=COL."))
                    : RfmOption.parse(rfm);
            for (String c : RfmOption.columns(columns)) requireColumn(table, c, source);
            return new SegmentationRequest(SegmentationRequest.Method.RFM, List.of(), SegmentationRequest.AUTO, 2, 10, seed, columns);
        }
        List<String> columns;
        String given = args.option("columns");
        if (given != null) {
            columns = new ArrayList<>();
            for (String c : given.split(",")) {
                String name = c.strip();
                if (name.isEmpty()) continue;
                requireColumn(table, name, source);
                if (!columns.contains(name)) columns.add(name);
            }
            if (columns.isEmpty()) throw new StudioException("--columns needs at least one column name, e.g. --columns tenure,contract.");
        } else {
            List<String> personal = pii.detect(table).stream().map(PiiFinding::column).toList();
            columns = segments.suggestFeatures(table, personal);
            if (columns.isEmpty()) {
                throw new StudioException(source + " has no column to segment on (numbers or categories with few values). "
                        + "Name some with --columns.");
            }
        }
        return k == null ? SegmentationRequest.kmeans(columns, seed) : SegmentationRequest.kmeans(columns, k, seed);
    }

    private SegmentationResult segment(DataTable table, SegmentationRequest request, String source, PrintStream err) {
        return segments.segment(table, request, source, Runnable::run, new TerminalProgress<>(err)).await();
    }

    private List<Path> export(SegmentationResult result, Path folder, PrintStream err) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StudioException("--out needs a folder, but " + folder + " is a file.");
        }
        List<Path> files = new ArrayList<>(segments.export(result, folder, Runnable::run, new TerminalProgress<>(err)).await());
        Path model = folder.resolve(MODEL_FILE);
        segments.save(result.model(), model);
        files.add(model);
        return files;
    }

    private static void requireColumn(DataTable table, String column, String source) {
        if (table.indexOf(column) >= 0) return;
        List<String> names = table.columns().stream().map(DataTable.ColumnInfo::name).toList();
        String near = names.stream().filter(n -> n.equalsIgnoreCase(column)).findFirst()
                .map(n -> " Did you mean \"" + n + "\"?").orElse("");
        throw new StudioException(source + " has no column \"" + column + "\"." + near + " Its columns: " + String.join(", ", names) + ".");
    }

    /** {@code null} for auto-k. */
    static Integer parseK(String k) {
        if (k == null || k.equalsIgnoreCase("auto")) return null;
        try {
            int n = Integer.parseInt(k.strip());
            if (n < 2) throw new StudioException("--k needs at least 2 segments (or auto), not " + n + ".");
            return n;
        } catch (NumberFormatException e) {
            throw new StudioException("--k is a whole number of segments or auto, not '" + k + "'.");
        }
    }

    static long parseSeed(String seed) {
        if (seed == null) return SegmentationRequest.DEFAULT_SEED;
        try {
            return Long.parseLong(seed.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new StudioException("--seed is a whole number, not '" + seed + "'.");
        }
    }
}
