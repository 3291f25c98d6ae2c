package com.mstudio.app.cli;

import com.mstudio.app.SampleLocator;
import com.mstudio.app.StudioServices;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.NativeThreading;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bench creative [--preset classic-gan|classic-vae|dcgan|conv-vae|all] [--images N] [--epochs N] [--batch N] [--data PATH]
 * [--threads N] [--json]}: trains each preset on Fashion-MNIST through the real service, on the engine thread, and prints
 * seconds per epoch and images per second next to the PyTorch figures measured on this machine (issue #5), as a ratio.
 * Without {@code --threads} each preset runs as in the studio, with the native threads its network asks for (the studio's
 * count, or every core for the convolutional GAN); {@code --threads} pins ND4J/OpenBLAS to that many for every preset, for
 * the benchmark only (the studio's own setting comes back afterwards), so that the choices can be weighed.
 */
final class CreativeBench {
    static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz");
    static final String SAMPLE = "images/fashion_mnist_sample/train-images-idx3-ubyte.gz";
    /** PyTorch (tuned, 2 cores) seconds per epoch over 60,000 images, batch 128. */
    static final Map<CreativePreset, Double> PYTORCH_SECONDS = Map.of(CreativePreset.CLASSIC_GAN, 1.9,
            CreativePreset.CLASSIC_VAE, 2.9, CreativePreset.DCGAN, 84.0);
    static final int PYTORCH_IMAGES = 60_000;
    /** PyTorch's figures are for this batch; at another --batch no ratio is printed. */
    static final int PYTORCH_BATCH = 128;
    /** The trainer's per-epoch share of time spent filling batches (engine-internal series, read here by name). */
    static final String PIPELINE_SERIES = "time/pipeline-share";
    static final String CPU_SERIES = "time/engine-cpu-seconds";
    /** The native threads the trainer ran the epochs with (the preset's own choice unless --threads pins them). */
    static final String THREADS_SERIES = "time/native-threads";
    /** More native threads than this is a typo, not a setting worth measuring. */
    static final int MAX_THREADS = 64;

    private CreativeBench() {}

    static int run(StudioServices s, CliArgs args, PrintStream out, PrintStream err) throws Exception {
        int studioThreads = s.engine().nativeSetup().get().chosenThreads();
        List<CreativePreset> presets = presets(args.option("preset"));
        int limit = args.intOption("images", 0);
        int epochs = args.intOption("epochs", 1);
        if (epochs < 1 || limit < 0) throw new StudioException("bench creative needs --epochs of at least 1 and --images of 0 (all) or more.");
        int batch = args.intOption("batch", PYTORCH_BATCH);
        if (batch < 1) throw new StudioException("bench creative needs --batch of at least 1 (got " + batch + ").");
        Integer pinned = args.option("threads") == null ? null : args.intOption("threads", studioThreads);
        if (pinned != null && (pinned < 1 || pinned > MAX_THREADS)) {
            throw new StudioException("bench creative needs --threads between 1 and " + MAX_THREADS + " (got " + pinned + ").");
        }
        if (pinned == null) return measure(s, args, presets, limit, epochs, batch, null, studioThreads, out, err);
        return withPinnedThreads(s, pinned, studioThreads,
                running -> measure(s, args, presets, limit, epochs, batch, running, studioThreads, out, err));
    }

    /** What runs while the native threads are pinned; gets the count ND4J reports. */
    interface Pinned<T> {
        T run(int runningThreads) throws Exception;
    }

    /**
     * Pins {@code threads} native threads for every preset (on the engine thread, where ND4J runs), runs {@code work},
     * and gives the studio its own count back, also when {@code work} fails.
     */
    static <T> T withPinnedThreads(StudioServices s, int threads, int studioThreads, Pinned<T> work) throws Exception {
        int running = s.engine().submit("Native threads for the benchmark", ctx -> {
            NativeThreading.pin(threads);
            return NativeThreading.currentThreads();
        }).await();
        try {
            return work.run(running);
        } finally {
            s.engine().submit("Native threads for the benchmark", ctx -> {
                NativeThreading.unpin(studioThreads);
                return studioThreads;
            }).await();
        }
    }

    private static int measure(StudioServices s, CliArgs args, List<CreativePreset> presets, int limit, int epochs,
                               int batch, Integer pinned, int studioThreads, PrintStream out, PrintStream err) {
        Path data = data(args.option("data"));
        ImageSet set = s.images().importImages(data, ImageShape.GREY_28, ImageSet.ImageFit.PAD, limit, Runnable::run,
                new TerminalProgress<>(err)).await();
        List<Map<String, Object>> rows = new ArrayList<>();
        if (!args.flag("json")) {
            out.printf(Locale.ROOT, "Fashion-MNIST from %s: %,d images (90%% train), batch %d, %d epoch(s), engine thread,"
                    + " %s%n", data, set.count(), batch, epochs, pinned == null
                    ? "each preset with its own native threads (the studio's " + studioThreads + ", or all cores for convolutions)"
                    : pinned + " native thread(s) for every preset (the studio uses " + studioThreads + ")");
        }
        for (CreativePreset preset : presets) {
            CreativeRequest d = CreativeRequest.defaults(preset).withEpochs(epochs);
            CreativeRequest request = new CreativeRequest(d.preset(), d.conditional(), d.latentSize(), d.epochs(), batch,
                    d.learningRate(), d.heldOutShare(), d.previewEvery(), d.seed());
            TerminalProgress<CreativeTrainingResult> bar = new TerminalProgress<>(err);
            double[] pipelineShare = {Double.NaN}, cpuSeconds = {Double.NaN}, threads = {Double.NaN};
            long processCpu0 = processCpuNanos();
            CreativeTrainingResult r = s.creatives().train(set, request, Runnable::run, new JobListener<>() {
                @Override public void onProgress(Progress p) { bar.onProgress(p); }
                @Override public void onFinished(JobOutcome<CreativeTrainingResult> o) { bar.onFinished(o); }
                @Override public void onMetric(Metric m) {
                    if (m.series().equals(PIPELINE_SERIES)) pipelineShare[0] = m.value(); // the last epoch's
                    if (m.series().equals(CPU_SERIES)) cpuSeconds[0] = m.value();
                    if (m.series().equals(THREADS_SERIES)) threads[0] = m.value();
                }
            }).await();
            // Every thread of the process (the native workers too, which the engine-thread figure leaves out), for the
            // whole training call: epochs plus the quality score.
            double processCpu = processCpu0 < 0 ? Double.NaN : (processCpuNanos() - processCpu0) / 1e9;
            Double torch = PYTORCH_SECONDS.get(preset);
            // PyTorch's figure is for 60,000 images: compare per image, so a smaller --images still compares fairly.
            Double ratio = torch == null || batch != PYTORCH_BATCH || r.imagesPerSecond() <= 0 ? null
                    : (PYTORCH_IMAGES / r.imagesPerSecond()) / torch;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("preset", preset.name());
            row.put("train_images", r.trainImages());
            row.put("native_threads", Json.number(threads[0]));
            row.put("batch", batch);
            row.put("seconds_per_epoch", r.secondsPerEpoch());
            row.put("images_per_second", r.imagesPerSecond());
            row.put("pytorch_seconds_per_60k", torch);
            row.put("ratio_to_pytorch", ratio);
            row.put("pipeline_share", Json.number(pipelineShare[0]));
            row.put("engine_cpu_seconds_per_epoch", Json.number(cpuSeconds[0]));
            row.put("process_cpu_seconds", Json.number(processCpu));
            CreativeQuality q = r.model().quality();
            row.put("fid", q == null ? null : Json.number(q.fid()));
            row.put("fid_floor", q == null ? null : Json.number(q.floor()));
            row.put("realistic_share", q == null || q.realisticShare() == null ? null : Json.number(q.realisticShare()));
            row.put("realistic_share_floor", q == null || q.realisticFloor() == null ? null : Json.number(q.realisticFloor()));
            rows.add(row);
            if (!args.flag("json")) {
                out.printf(Locale.ROOT, "  %-18s %7.2f s/epoch  %,9.0f images/s  %.0f native thread(s)  %s%n", preset.title(),
                        r.secondsPerEpoch(), r.imagesPerSecond(), threads[0], torch == null ? "(no PyTorch figure)"
                                : ratio == null ? "(PyTorch was measured at batch " + PYTORCH_BATCH + ")"
                                : String.format(Locale.ROOT, "= %.1f× PyTorch's time per image (%.1f s per 60k)", ratio, torch));
                out.printf(Locale.ROOT, "  %-18s engine thread CPU %.2f s/epoch (wall time above includes waiting for the cores;"
                        + " with more than one native thread the others' work is only in the process CPU);"
                        + " data pipeline %.1f%% of the epoch; process CPU %.1f s for the whole run%n", "", cpuSeconds[0],
                        100 * pipelineShare[0], processCpu);
            }
        }
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("data", data.toString());
            json.put("images", set.count());
            if (pinned != null) json.put("native_threads", pinned);
            json.put("studio_threads", studioThreads);
            json.put("runs", rows);
            out.println(Json.write(json));
        }
        return Cli.OK;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static List<CreativePreset> presets(String option) {
        if (option == null) return List.of(CreativePreset.CLASSIC_GAN, CreativePreset.CLASSIC_VAE);
        return switch (option.toLowerCase(Locale.ROOT)) {
            case "classic-gan" -> List.of(CreativePreset.CLASSIC_GAN);
            case "classic-vae" -> List.of(CreativePreset.CLASSIC_VAE);
            case "dcgan" -> List.of(CreativePreset.DCGAN);
            case "conv-vae" -> List.of(CreativePreset.CONV_VAE);
            case "all" -> List.of(CreativePreset.values());
            default -> throw new StudioException("--preset must be classic-gan, classic-vae, dcgan, conv-vae or all (got '" + option + "').");
        };
    }

    static Path data(String option) {
        if (option != null) return Path.of(option);
        if (Files.isRegularFile(FASHION_MNIST)) return FASHION_MNIST;
        Path sample = SampleLocator.onDisk(SAMPLE);
        if (sample == null) {
            throw new StudioException("Fashion-MNIST is not installed (" + FASHION_MNIST + ") and the samples folder is not "
                    + "found: give the images with --data PATH.");
        }
        return sample;
    }
}
