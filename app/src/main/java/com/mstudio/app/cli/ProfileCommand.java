package com.mstudio.app.cli;

import com.mstudio.engine.api.ColumnProfile;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.ProfileService;
import com.mstudio.engine.api.TableProfile;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/** {@code profile FILE [--json] [import options]}: imports the file, then prints every column's profile. */
final class ProfileCommand implements Command {
    private final ImportService imports;
    private final ProfileService profiles;

    ProfileCommand(ImportService imports, ProfileService profiles) {
        this.imports = imports;
        this.profiles = profiles;
    }

    @Override public String name() { return "profile"; }

    @Override public String usage() { return "profile FILE [--json] [import options]"; }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        Set<String> valueOptions = new HashSet<>(ImportOptionsParser.VALUE_OPTIONS);
        CliArgs args = CliArgs.parse(argList, Set.of("json", "debug"), valueOptions);
        Path file = ImportCommand.singleFile(args, "profile");
        ImportResult imported = InputFiles.importFile(imports, file, args, err);
        TableProfile profile = profiles.profile(imported.table(), Runnable::run, new TerminalProgress<>(err)).await();
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", file.getFileName().toString());
            json.put("rows", profile.rows());
            json.put("rows_rejected", imported.report().rowsRejected());
            json.put("columns", profile.columns());
            out.println(Json.write(json));
        } else {
            printHuman(file, profile, out);
        }
        return Cli.OK;
    }

    private static void printHuman(Path file, TableProfile profile, PrintStream out) {
        out.printf("%s: %,d rows, %d columns%n%n", file.getFileName(), profile.rows(), profile.columns().size());
        for (ColumnProfile c : profile.columns()) {
            out.printf("%s (%s): %.1f%% missing, %,d distinct%n", c.name(), c.type().name().toLowerCase(Locale.ROOT),
                    c.missingShare() * 100, c.distinct());
            if (c.numbers() != null) {
                ColumnProfile.NumberSummary n = c.numbers();
                out.printf(Locale.ROOT, "    min %s  p25 %s  median %s  p75 %s  max %s  mean %s  std %s%n", num(n.min()), num(n.p25()),
                        num(n.median()), num(n.p75()), num(n.max()), num(n.mean()), num(n.std()));
            }
            if (c.topValues() != null && !c.topValues().isEmpty()) {
                StringBuilder sb = new StringBuilder("    top: ");
                c.topValues().stream().limit(5).forEach(v -> sb.append(v.value()).append(" (").append(v.count()).append(")  "));
                if (c.otherCount() > 0) sb.append(String.format(Locale.ROOT, "other %.0f%%", c.otherShare() * 100));
                out.println(sb.toString().stripTrailing());
            }
            if (c.type() == com.mstudio.engine.api.ColumnType.BOOLEAN) {
                out.printf("    true %,d  false %,d%n", c.trueCount(), c.falseCount());
            }
            if (c.firstDate() != null) out.printf("    from %s to %s%n", c.firstDate(), c.lastDate());
        }
    }

    private static String num(double v) {
        if (Double.isNaN(v)) return "-";
        if (v == Math.rint(v) && Math.abs(v) < 1e12) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
