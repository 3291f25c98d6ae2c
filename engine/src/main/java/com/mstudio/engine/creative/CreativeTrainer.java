package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativeModel.EpochLosses;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.NativeThreading;
import com.mstudio.engine.runtime.ProgressSpan;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training job's body: held-out split → batches → one {@link GenerativeNetwork#step} per batch, with live losses,
 * preview grids from fixed latents, warnings, a checkpoint after every epoch and, at the end, the quality score.
 * Not {@code engine.train.EpochLoop}: that loop keeps the weights of the best validation loss of one DL4J model, while
 * a GAN has two networks and no validation loss that means "better" (the discriminator's and generator's losses trade
 * off); here the last finished epoch is what is kept. The shuffle is EpochLoop's. Engine thread only.
 */
final class CreativeTrainer {
    /** Tiles in the live preview grid (6×6). */
    static final int PREVIEW_TILES = 36;
    /** Loss points are means over this many iterations: single steps are too noisy to read. */
    static final int METRIC_EVERY = 10;
    /** Extra series: per epoch, the share of the training loop spent filling batches (the data pipeline). */
    static final String SERIES_PIPELINE_SHARE = "time/pipeline-share";
    /**
     * Extra series: per epoch, the engine thread's CPU seconds for the training loop. With one native thread (the
     * studio's count on 2 cores) this is the work itself, and unlike wall time it holds when other programs share the
     * cores; a network that trains on more native threads does part of its work on other threads, not counted here.
     */
    static final String SERIES_CPU_SECONDS = "time/engine-cpu-seconds";
    /** Extra series: the native threads the epochs ran with (one point), for the bench command. */
    static final String SERIES_NATIVE_THREADS = "time/native-threads";
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** Measures quality at the end; null when no scorer is available. */
    interface QualityScorer {
        CreativeQuality score(GenerativeNetwork net, ImageSet images, ImageSplit split, long seed, JobContext ctx);
    }

    /** Builds the fresh networks of a run (tests wrap the real ones to inject faults). */
    interface NetworkFactory {
        GenerativeNetwork create(CreativeRequest request, ImageShape shape, int classCount);
    }

    private final QualityScorer scorer;
    private final NetworkFactory factory;

    CreativeTrainer(QualityScorer scorer) {
        this(scorer, GenerativeNetworks::create);
    }

    CreativeTrainer(QualityScorer scorer, NetworkFactory factory) {
        this.scorer = scorer;
        this.factory = factory;
    }

    CreativeTrainingResult train(ImageSet images, CreativeRequest request, JobContext ctx) {
        CreativePreset preset = request.preset();
        if (!preset.supports(images.shape())) {
            throw new StudioException(preset.title() + " cannot learn " + images.shape().describe() + " images: "
                    + (preset.convolutional() ? "pick 28, 32 or 64 pixels." : "it needs 28×28 grey; pick the convolutional model for colour."));
        }
        if (request.conditional() && images.classes().size() < 2) {
            throw new StudioException("Learning per class needs an image set with at least two classes (subfolders); \""
                    + images.name() + "\" has " + (images.labelled() ? "one." : "none."));
        }
        ImageSplit split = ImageSplit.of(images, request.heldOutShare(), request.seed());
        if (split.train().length < 2) {
            throw new StudioException("\"" + images.name() + "\" has too few images to train on (" + images.count() + ").");
        }
        ctx.progress(0, "Building the " + preset.title());
        Nd4j.getRandom().setSeed(request.seed()); // noise drawn inside a step comes from ND4J's generator
        int classCount = request.conditional() ? images.classes().size() : 0;
        GenerativeNetwork net = factory.create(request, images.shape(), classCount);
        ImageBatches batches = new ImageBatches(images, split.train(), request.batchSize(), request.conditional(), request.seed());
        Run run = new Run(net, images, request, batches, ctx);
        // The network's own native threads for the epochs only; the quality score's small classifier keeps the studio's.
        try (NativeThreading.Scope threads = NativeThreading.use(net.nativeThreads(NativeThreading.currentThreads()))) {
            ctx.metric(SERIES_NATIVE_THREADS, 0, NativeThreading.currentThreads());
            run.loop();
        }
        return run.finish(split);
    }

    /** The state of one run. */
    private final class Run {
        final GenerativeNetwork net;
        final ImageSet images;
        final CreativeRequest request;
        final ImageBatches batches;
        final JobContext ctx;
        final TrainingWatch watch;
        final List<EpochLosses> curve = new ArrayList<>();
        final float[][] previewLatents = new float[PREVIEW_TILES][];
        final long[] previewSeeds = new long[PREVIEW_TILES];
        final int[] previewClasses = new int[PREVIEW_TILES];
        final long totalIterations;
        CreativeModel checkpoint;
        long iteration;
        double trainSeconds;
        boolean cancelled, stoppedByNaN;
        double windowFirst, windowSecond;
        int windowCount;

        Run(GenerativeNetwork net, ImageSet images, CreativeRequest request, ImageBatches batches, JobContext ctx) {
            this.net = net;
            this.images = images;
            this.request = request;
            this.batches = batches;
            this.ctx = ctx;
            this.watch = new TrainingWatch(request.preset());
            this.totalIterations = (long) batches.batchesPerEpoch() * request.epochs();
            for (int i = 0; i < PREVIEW_TILES; i++) {
                previewSeeds[i] = request.seed() + i;
                previewLatents[i] = LatentMath.latent(previewSeeds[i], request.latentSize());
                previewClasses[i] = i;
            }
        }

        void loop() {
            int perEpoch = batches.batchesPerEpoch();
            preview(0);
            for (int epoch = 1; epoch <= request.epochs(); epoch++) {
                batches.shuffle();
                double sumFirst = 0, sumSecond = 0, previewSeconds = 0, previewCpu = 0;
                long e0 = System.nanoTime(), c0 = cpuNanos();
                try {
                    for (int b = 0; b < perEpoch; b++) {
                        ctx.checkCancelled();
                        INDArray[] batch = batches.batch(b);
                        GenerativeNetwork.StepLosses losses = net.step(batch[0], batch[1]);
                        iteration++;
                        TrainingWarning w = watch.step(iteration, losses.first(), losses.second());
                        if (w != null) ctx.preview(CreativeService.PREVIEW_WARNING, w);
                        if (!losses.finite()) {
                            stopOnNaN(epoch);
                            return;
                        }
                        sumFirst += losses.first();
                        sumSecond += losses.second();
                        record(losses);
                        if (iteration % request.previewEvery() == 0) {
                            long p0 = System.nanoTime(), pc = cpuNanos();
                            preview(epoch);
                            previewSeconds += (System.nanoTime() - p0) / 1e9;
                            previewCpu += (cpuNanos() - pc) / 1e9;
                        }
                        if (b % METRIC_EVERY == METRIC_EVERY - 1) progress(epoch, b + 1, perEpoch);
                    }
                    // A VAE fits its generation density to the codes of this epoch's images (counted in the epoch's time).
                    net.afterEpoch(batches::batch, perEpoch);
                } catch (JobCancelledException e) {
                    if (checkpoint == null) throw e; // nothing finished to keep
                    cancelled = true;
                    return;
                }
                double fitSeconds = (System.nanoTime() - e0) / 1e9 - previewSeconds;
                if (c0 >= 0) ctx.metric(SERIES_CPU_SECONDS, epoch, (cpuNanos() - c0) / 1e9 - previewCpu);
                trainSeconds += fitSeconds;
                flushWindow();
                ctx.metric(SERIES_PIPELINE_SHARE, epoch, batches.takeFillSeconds() / Math.max(1e-9, fitSeconds));
                curve.add(new EpochLosses(epoch, sumFirst / perEpoch, sumSecond / perEpoch));
                checkpoint = model(epoch, null);
                ctx.preview(CreativeService.PREVIEW_CHECKPOINT, checkpoint);
                if (iteration % request.previewEvery() != 0) preview(epoch);
                ctx.progress(progressAt(iteration), String.format(Locale.ROOT, "Epoch %d of %d done · %s",
                        epoch, request.epochs(), describe(curve.get(curve.size() - 1))));
                if (ctx.isCancelled() && epoch < request.epochs()) {
                    cancelled = true;
                    return;
                }
            }
        }

        private static long cpuNanos() {
            return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
        }

        private void stopOnNaN(int epoch) {
            if (checkpoint == null) {
                throw new StudioException(String.format(Locale.ROOT, "Training failed at iteration %,d of the first epoch: "
                        + "the losses stopped being numbers (NaN) before any epoch finished, so there is no model to keep. "
                        + "Try a lower learning rate.", iteration));
            }
            stoppedByNaN = true;
            TrainingWarning kept = new TrainingWarning(TrainingWarning.Kind.NOT_A_NUMBER, iteration, String.format(Locale.ROOT,
                    "Training stopped in epoch %d; the model as it was after epoch %d is kept.", epoch,
                    checkpoint.epochsTrained()));
            watch.add(kept);
            ctx.preview(CreativeService.PREVIEW_WARNING, kept);
        }

        private void record(GenerativeNetwork.StepLosses losses) {
            windowFirst += losses.first();
            windowSecond += losses.second();
            if (++windowCount == METRIC_EVERY) flushWindow();
        }

        private void flushWindow() {
            if (windowCount == 0) return;
            boolean gan = request.preset().family() == CreativePreset.Family.GAN;
            ctx.metric(gan ? CreativeService.SERIES_DISCRIMINATOR : CreativeService.SERIES_RECONSTRUCTION, iteration,
                    windowFirst / windowCount);
            ctx.metric(gan ? CreativeService.SERIES_GENERATOR : CreativeService.SERIES_KL, iteration,
                    windowSecond / windowCount);
            windowFirst = windowSecond = 0;
            windowCount = 0;
        }

        private void preview(int epoch) {
            List<GeneratedImage> tiles = TileRenderer.render(net, previewLatents, previewSeeds, previewClasses);
            double diversity = ImageBytes.diversity(tiles.stream().map(GeneratedImage::pixels).toList());
            ctx.metric(CreativeService.SERIES_DIVERSITY, iteration, diversity);
            ctx.preview(CreativeService.PREVIEW_GRID, new CreativeService.PreviewGrid(iteration, epoch, tiles));
            if (iteration == 0) return; // the untrained generator's diversity is no yardstick
            TrainingWarning w = watch.preview(iteration, diversity);
            if (w != null) ctx.preview(CreativeService.PREVIEW_WARNING, w);
        }

        private void progress(int epoch, int batch, int perEpoch) {
            ctx.progress(progressAt(iteration), String.format(Locale.ROOT, "Epoch %d of %d · iteration %,d of %,d",
                    epoch, request.epochs(), (long) (epoch - 1) * perEpoch + batch, totalIterations));
        }

        private double progressAt(long it) {
            double share = scorer == null ? 0.98 : 0.9; // the rest is the quality score
            return share * it / Math.max(1, totalIterations);
        }

        private String describe(EpochLosses l) {
            return request.preset().family() == CreativePreset.Family.GAN
                    ? String.format(Locale.ROOT, "D loss %.3f, G loss %.3f", l.first(), l.second())
                    : String.format(Locale.ROOT, "reconstruction %.2f, KL %.2f", l.first(), l.second());
        }

        private CreativeModel model(int epochs, CreativeQuality quality) {
            String name = images.name() + " · " + request.preset().title() + (request.conditional() ? " per class" : "")
                    + " · " + epochs + (epochs == 1 ? " epoch" : " epochs");
            return new CreativeModel(CreativeModel.FORMAT_VERSION, name, Instant.now().toString(), images.name(), request,
                    images.shape(), request.conditional() ? images.classes() : List.of(), epochs, quality, curve,
                    net.toBytes());
        }

        CreativeTrainingResult finish(ImageSplit split) {
            CreativeModel model = checkpoint;
            if (!cancelled && !stoppedByNaN) {
                CreativeQuality quality = null;
                try {
                    if (scorer != null && split.heldOut().length >= 4 && split.train().length >= 20) {
                        ctx.progress(0.9, "Measuring the quality against " + split.heldOut().length + " held-out images");
                        quality = scorer.score(net, images, split, request.seed(),
                                new SpanContext(ctx, new ProgressSpan(ctx, 0.9, 1)));
                    }
                } catch (JobCancelledException e) {
                    cancelled = true; // every epoch finished: the model is complete, only its score is missing
                }
                // The checkpoint holds the same weights; only the quality is new.
                model = new CreativeModel(model.formatVersion(), model.name(), model.createdAt(), model.sourceName(),
                        model.request(), model.shape(), model.classes(), model.epochsTrained(), quality, model.curve(),
                        model.networks());
            }
            if (cancelled || ctx.isCancelled()) {
                cancelled = true;
                ctx.keepPartialResult();
            }
            int epochs = Math.max(1, curve.size());
            double secondsPerEpoch = trainSeconds / epochs;
            double imagesPerSecond = trainSeconds > 0 ? (double) batches.images() * curve.size() / trainSeconds : 0;
            ctx.progress(1, cancelled ? "Cancelled: the model after epoch " + model.epochsTrained() + " is kept" : "Done");
            return new CreativeTrainingResult(model, cancelled, watch.warnings(), split.train().length,
                    split.heldOut().length, secondsPerEpoch, imagesPerSecond);
        }
    }
}
