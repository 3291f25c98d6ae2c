package com.mstudio.app.cli;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How the commands read an input file: imported with the import options given on the command line (a command that
 * takes none gets them all detected), with progress on {@code err}, and the columns a command needs checked before
 * any work starts.
 */
final class InputFiles {
    private InputFiles() {}

    static ImportResult importFile(ImportService imports, Path file, CliArgs args, PrintStream err) {
        return imports.importCsv(file, ImportOptionsParser.parse(args), Runnable::run, new TerminalProgress<>(err)).await();
    }

    static DataTable importTable(ImportService imports, Path file, CliArgs args, PrintStream err) {
        return importFile(imports, file, args, err).table();
    }

    /** Checked before training or classifying so that a typo is named at once, not after minutes of work. */
    static void requireColumns(DataTable table, Path file, String... columns) {
        for (String c : columns) {
            if (table.indexOf(c) < 0) {
                throw new StudioException("There is no column \"" + c + "\" in this file (columns: "
                        + String.join(", ", table.columns().stream().map(DataTable.ColumnInfo::name).toList()) + ").", file, -1, c);
            }
        }
    }
}
