package com.mstudio.app.cli;

import com.mstudio.engine.data.csv.ImportBenchmark;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code bench import [--rows N] [--json]}: generates a mixed-type CSV and measures the import. */
final class ImportBench {
    private ImportBench() {}

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        int rows = args.intOption("rows", 1_000_000);
        err.printf("Generating %,d rows x %d columns (2%% missing cells, fixed seed) and importing them...%n", rows, ImportBenchmark.COLUMNS);
        ImportBenchmark.Result r = ImportBenchmark.run(rows);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", r.rows());
            json.put("columns", r.columns());
            json.put("file_mb", r.fileBytes() / 1e6);
            json.put("seconds", r.seconds());
            json.put("rows_per_second", r.rowsPerSecond());
            json.put("mb_per_second", r.megabytesPerSecond());
            json.put("peak_heap_mb", r.peakHeapMb());
            json.put("table_heap_mb", r.retainedHeapMb());
            json.put("rows_rejected", r.rejected());
            out.println(Json.write(json));
        } else {
            out.println(r);
            out.printf("Peak heap is %.1fx the file size (target: under 3x). Heap limit: %,d MB.%n",
                    r.peakHeapMb() * 1e6 / r.fileBytes(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        return Cli.OK;
    }
}
