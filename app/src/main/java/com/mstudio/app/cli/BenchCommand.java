package com.mstudio.app.cli;

import com.mstudio.app.StudioServices;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.predict.PropensityBenchmark;
import com.mstudio.engine.runtime.EngineBenchmark;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code bench import|engine|kmeans|propensity|copy|copy-quality|creative|ui-latency ...}: the figures that speed targets are checked against. */
final class BenchCommand implements Command {
    private final StudioServices services;

    BenchCommand(StudioServices services) {
        this.services = services;
    }

    @Override public String name() { return "bench"; }

    @Override public String usage() { return "bench import [--rows N] [--cols N] [--repeat N] [--json] | bench engine [--rows N] [--epochs N] [--json] | bench kmeans [--rows N] [--cols D] [--k K] [--repeat N] [--json]"
            + " | bench propensity [--rows N] [--features D] [--epochs N] [--json] | bench copy [--texts N] [--epochs N] [--json]"
            + " | bench creative [--preset classic-gan|classic-vae|dcgan|conv-vae|all] [--images N] [--epochs N] [--batch N] [--data PATH] [--threads N] [--json]"
            + " | bench copy-quality [--epochs N] [--json]"
            + " | bench ui-latency [--images N] [--epochs N] [--data PATH] [--threads 1,2] [--json]"; }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) throws Exception {
        CliArgs args = CliArgs.parse(argList, Set.of("json"), Set.of("rows", "cols", "epochs", "repeat", "k", "features", "texts",
                "images", "preset", "data", "threads", "batch"));
        String what = args.positional().isEmpty() ? "" : args.positional().get(0);
        return switch (what) {
            case "import" -> ImportBench.run(args, out, err);
            case "engine" -> engine(args, out);
            case "kmeans" -> KMeansBench.run(args, out, err);
            case "propensity" -> propensity(args, out);
            case "copy" -> CopyBench.run(services, args, out, err);
            case "creative" -> CreativeBench.run(services, args, out, err);
            case "copy-quality" -> CopyQualityBench.run(services, args, out, err);
            case "ui-latency" -> UiLatencyBench.run(services, args, out, err);
            default -> throw new StudioException("bench needs 'import', 'engine', 'kmeans', 'propensity', 'copy', 'copy-quality', 'creative' or 'ui-latency' (got '" + what + "').");
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

    private int propensity(CliArgs args, PrintStream out) throws Exception {
        services.engine().nativeSetup().get();
        int rows = args.intOption("rows", 1_000_000);
        int features = args.intOption("features", 30);
        int epochs = args.intOption("epochs", 2);
        if (rows < 1000 || features < 1 || epochs < 1) {
            throw new StudioException("bench propensity needs --rows of at least 1000 and --features and --epochs of at least 1.");
        }
        PropensityBenchmark.Result r = PropensityBenchmark.run(services.engine(), rows, features, epochs);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("rows", r.rows());
            json.put("features", r.features());
            json.put("train_rows", r.trainRows());
            json.put("validation_rows", r.validationRows());
            json.put("epochs", r.epochs());
            json.put("batch_size", r.batchSize());
            json.put("seconds_per_epoch", r.secondsPerEpoch());
            json.put("train_rows_per_second", r.trainRowsPerSecond());
            json.put("validation_auc", r.validationAuc());
            json.put("score_seconds", r.scoreSeconds());
            json.put("score_network_seconds", r.networkSeconds());
            json.put("score_rows_per_second", r.scoreRowsPerSecond());
            json.put("prepare_seconds", r.prepareSeconds());
            out.println(Json.write(json));
        } else {
            out.printf("Propensity MLP %d-64-32-1, batch %d, on the engine thread; %,d generated rows (%,d train, %,d validation).%n",
                    r.features(), r.batchSize(), r.rows(), r.trainRows(), r.validationRows());
            out.printf("  generate %.1f s, split + cleaning fitted on the training rows %.1f s%n", r.generateSeconds(), r.prepareSeconds());
            out.printf("  training: %.1f s per epoch = %,.0f rows/s (%d epochs, curves and validation loss included), validation AUC %.3f%n",
                    r.secondsPerEpoch(), r.trainRowsPerSecond(), r.epochs(), r.validationAuc());
            out.printf("  scoring %,d rows: %.2f s (%,.0f rows/s; the network alone %.2f s)%n", r.rows(), r.scoreSeconds(),
                    r.scoreRowsPerSecond(), r.networkSeconds());
        }
        return Cli.OK;
    }
}
