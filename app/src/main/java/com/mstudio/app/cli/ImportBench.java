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
        int cols = args.intOption("cols", ImportBenchmark.COLUMNS);
        err.printf("Generating %,d rows x %d columns (2%% missing cells, fixed seed) and importing them...%n", rows, cols);
        int repeat = args.intOption("repeat", 3);
        java.util.List<ImportBenchmark.Result> runs = ImportBenchmark.run(rows, cols, repeat);
        ImportBenchmark.Result r = runs.stream().min(java.util.Comparator.comparingDouble(ImportBenchmark.Result::seconds)).orElseThrow();
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", r.rows());
            json.put("columns", r.columns());
            json.put("file_mb", r.fileBytes() / 1e6);
            json.put("seconds", r.seconds());
            json.put("first_run_seconds", runs.get(0).seconds());
            json.put("cpu_seconds", r.cpuSeconds());
            json.put("rows_per_second", r.rowsPerSecond());
            json.put("mb_per_second", r.megabytesPerSecond());
            json.put("peak_heap_mb", r.peakHeapMb());
            json.put("table_heap_mb", r.retainedHeapMb());
            json.put("rows_rejected", r.rejected());
            out.println(Json.write(json));
        } else {
            for (int i = 0; i < runs.size(); i++) out.println((i == 0 ? "first run: " : "run " + (i + 1) + ":     ") + runs.get(i));
            out.printf("best: %.2f s, %,.0f rows/s.%n", r.seconds(), r.rowsPerSecond());
            out.printf("Peak heap is %.1fx the file size (target: under 3x). Heap limit: %,d MB.%n",
                    r.peakHeapMb() * 1e6 / r.fileBytes(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        }
        return Cli.OK;
    }
}
