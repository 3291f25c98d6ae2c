package com.mstudio.app.cli;

import com.mstudio.app.StudioServices;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.EngineBenchmark;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code bench import|engine|kmeans ...}: the figures that speed targets are checked against. */
final class BenchCommand implements Command {
    private final StudioServices services;

    BenchCommand(StudioServices services) {
        this.services = services;
    }

    @Override public String name() { return "bench"; }

    @Override public String usage() { return "bench import [--rows N] [--cols N] [--repeat N] [--json] | bench engine [--rows N] [--epochs N] [--json] | bench kmeans [--rows N] [--cols D] [--k K] [--repeat N] [--json]"; }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        CliArgs args = CliArgs.parse(argList, Set.of("json"), Set.of("rows", "cols", "epochs", "repeat", "k"));
        String what = args.positional().isEmpty() ? "" : args.positional().get(0);
        return switch (what) {
            case "import" -> ImportBench.run(args, out, err);
            case "engine" -> engine(args, out);
            case "kmeans" -> KMeansBench.run(args, out, err);
            default -> throw new StudioException("bench needs 'import', 'engine' or 'kmeans' (got '" + what + "').");
        };
    }

    private int engine(CliArgs args, PrintStream out) throws Exception {
        services.engine().nativeSetup().get();
        int rows = args.intOption("rows", 20_000);
        int epochs = args.intOption("epochs", 3);
        EngineBenchmark.Result r = EngineBenchmark.run(services.engine(), rows, epochs);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("cores", r.cores());
            json.put("chosen_threads", r.chosenThreads());
            json.put("rows", r.rows());
            json.put("epochs", r.epochs());
            json.put("runs", r.runs());
            out.println(Json.write(json));
        } else {
            out.printf("Engine thread, %d cores; the studio uses %d OpenMP thread(s).%n", r.cores(), r.chosenThreads());
            out.printf("MLP 30-64-32-1, %,d rows, batch 128, %d epochs; GEMM 1024x1024 fp32:%n", r.rows(), r.epochs());
            for (EngineBenchmark.Run run : r.runs()) {
                out.printf("  %d thread(s): %.3f s/epoch (%,.0f rows/s), GEMM %.0f GFLOP/s%s%n", run.threads(),
                        run.mlpSecondsPerEpoch(), run.mlpRowsPerSecond(), run.gemmGflops(),
                        run.threads() == r.chosenThreads() ? "   <- studio setting" : "   (ND4J default)");
            }
        }
        return Cli.OK;
    }
}
