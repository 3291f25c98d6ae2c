package com.mstudio.app.cli;

import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportReport;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.Rejection;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code import FILE [--json] [--encoding E] [--delimiter D] [--type COL=TYPE ...] [--bad-rows skip|keep]}. */
final class ImportCommand implements Command {
    private static final int HUMAN_REJECTIONS_SHOWN = 50;
    private final ImportService imports;

    ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    @Override public String name() { return "import"; }

    @Override
    public String usage() {
        return "import FILE [--json] [--encoding E] [--delimiter comma|semicolon|tab|pipe] [--quote C|none] [--header yes|no]\n"
                + "              [--decimal-comma yes|no] [--type COLUMN=TYPE ...] [--bad-rows skip|keep]";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json", "debug"), ImportOptionsParser.VALUE_OPTIONS);
        Path file = singleFile(args, "import");
        ImportOptions options = ImportOptionsParser.parse(args);
        ImportResult result = imports.importCsv(file, options, Runnable::run, new TerminalProgress<>(err)).await();
        if (args.flag("json")) out.println(Json.write(toJson(result)));
        else printHuman(result, out);
        return 0;
    }

    static Path singleFile(CliArgs args, String command) {
        if (args.positional().size() != 1) {
            throw new StudioException("'" + command + "' needs exactly one FILE (got " + args.positional().size() + ").");
        }
        return Path.of(args.positional().get(0));
    }

    static Map<String, Object> toJson(ImportResult result) {
        ImportReport r = result.report();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rows_read", r.rowsRead());
        json.put("rows_imported", r.rowsImported());
        json.put("rows_rejected", r.rowsRejected());
        json.put("cells_set_missing", r.cellsSetMissing());
        List<Map<String, Object>> cols = new ArrayList<>();
        DataTable t = result.table();
        for (int i = 0; i < t.columnCount(); i++) {
            DataTable.ColumnInfo c = t.column(i);
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("name", c.name());
            col.put("type", c.type().name().toLowerCase(Locale.ROOT));
            col.put("missing", c.missing());
            ColumnSchema s = i < result.schema().size() ? result.schema().get(i) : null;
            if (s != null && s.format() != null) col.put("format", s.format());
            if (s != null && s.isOverridden()) col.put("detected_type", s.detectedType().name().toLowerCase(Locale.ROOT));
            cols.add(col);
        }
        json.put("columns", cols);
        List<Map<String, Object>> rej = new ArrayList<>();
        for (Rejection x : r.rejections()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", x.line());
            m.put("column", x.column());
            m.put("value", x.value());
            m.put("reason", x.reason());
            rej.add(m);
        }
        json.put("rejections", rej);
        json.put("encoding", r.dialect().encoding());
        json.put("delimiter", String.valueOf(r.dialect().delimiter()));
        json.put("header", r.dialect().hasHeader());
        json.put("decimal_comma", r.dialect().decimalComma());
        json.put("notices", r.notices());
        json.put("seconds", r.seconds());
        return json;
    }

    private static void printHuman(ImportResult result, PrintStream out) {
        ImportReport r = result.report();
        out.printf("%s: %s, %s-delimited, %s%s%n", r.file().getFileName(), r.dialect().encoding(), r.dialect().delimiterName(),
                r.dialect().hasHeader() ? "header row" : "no header row", r.dialect().decimalComma() ? ", decimal comma" : "");
        out.printf("Rows: %,d read, %,d imported, %,d rejected%s (%.2f s)%n", r.rowsRead(), r.rowsImported(), r.rowsRejected(),
                r.cellsSetMissing() > 0 ? String.format(", %,d cells kept as missing", r.cellsSetMissing()) : "", r.seconds());
        out.println();
        out.printf("  %-28s %-12s %10s%n", "column", "type", "missing");
        DataTable t = result.table();
        for (DataTable.ColumnInfo c : t.columns()) {
            out.printf("  %-28s %-12s %,10d%n", c.name(), c.type().name().toLowerCase(Locale.ROOT), c.missing());
        }
        for (String n : r.notices()) out.println("Note: " + n);
        if (!r.rejections().isEmpty()) {
            out.println();
            out.printf("Problems (%,d):%n", r.rejections().size());
            r.rejections().stream().limit(HUMAN_REJECTIONS_SHOWN).forEach(x -> out.printf("  line %,d%s: %s%n", x.line(),
                    x.column() == null ? "" : ", column " + x.column(), x.reason()));
            if (r.rejections().size() > HUMAN_REJECTIONS_SHOWN) {
                out.printf("  ... and %,d more (use --json for all)%n", r.rejections().size() - HUMAN_REJECTIONS_SHOWN);
            }
        }
    }
}
