package com.mstudio.app.cli;

import com.mstudio.app.StudioServices;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.NativeThreading;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code bench ui-latency [--images N] [--epochs N] [--data PATH] [--threads 1,2] [--json]}: trains the DCGAN through
 * the real service on the engine thread while a second Java thread plays the FX thread ({@link FrameTicker}: ~2 ms of
 * pixel work every 16 ms), once per native-thread count, and prints how late the frames started and how long their work
 * took, next to the training's seconds per epoch. It weighs what using every core for the DCGAN costs the UI.
 */
final class UiLatencyBench {
    /** The FX thread's work per frame: about a preview repaint. */
    static final double WORK_MILLIS = 2.0;
    private static final long IDLE_MILLIS = 3000;

    private UiLatencyBench() {}

    static int run(StudioServices s, CliArgs args, PrintStream out, PrintStream err) throws Exception {
        int studioThreads = s.engine().nativeSetup().get().chosenThreads();
        int limit = args.intOption("images", 3000);
        int epochs = args.intOption("epochs", 1);
        if (epochs < 1 || limit < 0) throw new StudioException("bench ui-latency needs --epochs of at least 1 and --images of 0 (all) or more.");
        List<Integer> settings = threadSettings(args.option("threads"), studioThreads);
        Path data = CreativeBench.data(args.option("data"));
        ImageSet set = s.images().importImages(data, ImageShape.GREY_28, ImageSet.ImageFit.PAD, limit, Runnable::run,
                new TerminalProgress<>(err)).await();
        CreativeRequest request = CreativeRequest.defaults(CreativePreset.DCGAN).withEpochs(epochs);
        List<Map<String, Object>> rows = new ArrayList<>();
        try (FrameTicker ticker = FrameTicker.calibrated(WORK_MILLIS)) {
            ticker.start();
            Thread.sleep(IDLE_MILLIS);
            rows.add(row("idle (no training)", 0, Double.NaN, ticker.stop()));
            for (int threads : settings) {
                rows.add(CreativeBench.withPinnedThreads(s, threads, studioThreads, running -> {
                    FrameTicker.Stats[] during = new FrameTicker.Stats[1];
                    CreativeTrainingResult r = s.creatives().train(set, request, Runnable::run, new JobListener<>() {
                        // Record only while epochs run: the metric points come on the engine thread, in order.
                        @Override public void onMetric(Metric m) {
                            if (m.series().equals(CreativeBench.THREADS_SERIES)) ticker.start();
                            if (m.series().equals(CreativeBench.CPU_SERIES) && m.step() == epochs) during[0] = ticker.stop();
                        }
                    }).await();
                    Map<String, Object> row = row("DCGAN training", running, r.secondsPerEpoch(),
                            during[0] != null ? during[0] : ticker.stop());
                    row.put("images_per_second", r.imagesPerSecond());
                    return row;
                }));
            }
        }
        print(args.flag("json"), data, set, studioThreads, rows, out);
        return Cli.OK;
    }

    private static Map<String, Object> row(String what, int threads, double secondsPerEpoch, FrameTicker.Stats t) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("run", what);
        row.put("native_threads", threads);
        row.put("seconds_per_epoch", Json.number(secondsPerEpoch));
        row.put("ticks", t.ticks());
        row.put("late_ms_p50", t.lateP50());
        row.put("late_ms_p95", t.lateP95());
        row.put("late_ms_max", t.lateMax());
        row.put("late_over_a_frame", t.lateOverAFrame());
        row.put("work_ms_p50", t.workP50());
        row.put("work_ms_p95", t.workP95());
        row.put("work_ms_max", t.workMax());
        row.put("gc_ms", t.gcMillis());
        return row;
    }

    private static void print(boolean json, Path data, ImageSet set, int studioThreads, List<Map<String, Object>> rows,
                              PrintStream out) {
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("data", data.toString());
            all.put("images", set.count());
            all.put("studio_threads", studioThreads);
            all.put("frame_ms", FrameTicker.FRAME_NANOS / 1e6);
            all.put("work_ms_target", WORK_MILLIS);
            all.put("runs", rows);
            out.println(Json.write(all));
            return;
        }
        out.printf(Locale.ROOT, "A stand-in FX thread does %.0f ms of pixel work every %.0f ms while the DCGAN trains on the engine"
                + " thread (%,d images from %s, batch 128); %d core(s), the studio uses %d native thread(s).%n", WORK_MILLIS,
                FrameTicker.FRAME_NANOS / 1e6, set.count(), data, Runtime.getRuntime().availableProcessors(), studioThreads);
        out.println("  run                        threads  s/epoch   ticks  late p50/p95/max ms   >1 frame   work p50/p95/max ms   GC ms");
        for (Map<String, Object> r : rows) {
            out.printf(Locale.ROOT, "  %-26s %7s %8s %7d  %5.1f %5.1f %7.1f   %8d   %5.1f %5.1f %7.1f   %5.0f%n", r.get("run"),
                    (int) r.get("native_threads") == 0 ? "-" : r.get("native_threads"),
                    r.get("seconds_per_epoch") instanceof Double d ? String.format(Locale.ROOT, "%.2f", d) : "-",
                    r.get("ticks"), r.get("late_ms_p50"), r.get("late_ms_p95"), r.get("late_ms_max"),
                    r.get("late_over_a_frame"), r.get("work_ms_p50"), r.get("work_ms_p95"), r.get("work_ms_max"), r.get("gc_ms"));
        }
    }

    /** "1,2" → [1, 2]; by default the studio's count and the DCGAN's own (every core). */
    private static List<Integer> threadSettings(String option, int studioThreads) {
        TreeSet<Integer> set = new TreeSet<>();
        if (option == null) {
            set.add(studioThreads);
            set.add(Math.max(studioThreads, NativeThreading.largeProductThreads(Runtime.getRuntime().availableProcessors())));
            return List.copyOf(set);
        }
        for (String part : option.split(",")) {
            try {
                int t = Integer.parseInt(part.trim());
                if (t < 1 || t > CreativeBench.MAX_THREADS) throw new NumberFormatException();
                set.add(t);
            } catch (NumberFormatException e) {
                throw new StudioException("bench ui-latency needs --threads as counts between 1 and " + CreativeBench.MAX_THREADS
                        + " separated by commas, e.g. 1,2 (got '" + option + "').");
            }
        }
        return List.copyOf(set);
    }
}
