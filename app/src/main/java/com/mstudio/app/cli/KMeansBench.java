package com.mstudio.app.cli;

import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.segment.KMeansBenchmark;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code bench kmeans [--rows N] [--cols D] [--k K] [--repeat N] [--json]}: k-means on generated blobs. */
final class KMeansBench {
    private KMeansBench() {}

    static int run(CliArgs args, PrintStream out, PrintStream err) {
        int rows = args.intOption("rows", 1_000_000);
        int cols = args.intOption("cols", 10);
        int k = args.intOption("k", 8);
        int repeat = args.intOption("repeat", 3);
        if (cols < 1 || k < 1 || repeat < 1) throw new StudioException("--cols, --k and --repeat must be at least 1.");
        if (rows < k) throw new StudioException("--rows (" + rows + ") must be at least --k (" + k + ").");
        if ((long) rows * cols > Integer.MAX_VALUE - 8) throw new StudioException("--rows × --cols is too large for one matrix.");
        err.printf("Generating %,d rows x %d standardised columns (%d Gaussian blobs, fixed seed), then k-means with k=%d, %d run(s)...%n",
                rows, cols, k, k, repeat);
        List<KMeansBenchmark.Result> runs = KMeansBenchmark.run(rows, cols, k, repeat);
        // the median run: one lucky or unlucky run on a shared machine says little
        KMeansBenchmark.Result r = runs.stream().sorted(Comparator.comparingDouble(KMeansBenchmark.Result::seconds))
                .toList().get((runs.size() - 1) / 2);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("seconds_per_iteration", r.secondsPerIteration());
            json.put("iterations", r.iterations());
            json.put("seconds", r.seconds());
            json.put("init_seconds", r.initSeconds());
            json.put("prepare_seconds", r.prepareSeconds());
            json.put("rows", r.rows());
            json.put("cols", r.dims());
            json.put("k", r.k());
            json.put("threads", r.threads());
            json.put("converged", r.converged());
            json.put("cpu_seconds", r.cpuSeconds());
            json.put("runs_seconds", runs.stream().map(KMeansBenchmark.Result::seconds).toList());
            out.println(Json.write(json));
        } else {
            for (int i = 0; i < runs.size(); i++) {
                KMeansBenchmark.Result run = runs.get(i);
                out.printf("run %d: %.3f s = prepare %.3f + k-means++ %.3f + %d Lloyd iterations %.3f (%.2f ms each); CPU %.2f s%s%n",
                        i + 1, run.seconds(), run.prepareSeconds(), run.initSeconds(), run.iterations(), run.lloydSeconds(),
                        run.secondsPerIteration() * 1e3, run.cpuSeconds(), run.converged() ? "" : ", not converged");
            }
            out.printf("median: %.2f ms per Lloyd iteration, %.2f s to convergence (%,d x %d, k=%d, %d threads).%n",
                    r.secondsPerIteration() * 1e3, r.seconds(), r.rows(), r.dims(), r.k(), r.threads());
            out.println("scikit-learn KMeans(lloyd, n_init=1) on this machine: 23.5 ms per iteration, about 0.9 s to convergence.");
        }
        return Cli.OK;
    }
}
