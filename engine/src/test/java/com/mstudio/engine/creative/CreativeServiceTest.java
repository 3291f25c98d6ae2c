package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.images.DefaultImageService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The service end to end on real networks and real images (the classic VAE on 1,000 Fashion-MNIST images): live
 * losses, preview grids, checkpoints, seeded determinism, generation from seeds, variations, interpolation, decoding,
 * cancel keeping the last checkpoint, and a saved model generating the same pixels after loading.
 */
class CreativeServiceTest {
    private static JobEngine engine;
    private static DefaultCreativeService service;
    private static ImageSet fashion;
    private static CreativeTrainingResult trained;
    private static final List<Metric> metrics = Collections.synchronizedList(new ArrayList<>());
    private static final List<Preview> previews = Collections.synchronizedList(new ArrayList<>());
    @TempDir Path dir;

    @BeforeAll
    static void trainOnce() {
        engine = new JobEngine(new JobEngine.Config(0, true, 1));
        service = new DefaultCreativeService(engine, new DefaultImageService(engine));
        fashion = ImageSamples.fashion(1000);
        trained = service.train(fashion, request(CreativePreset.CLASSIC_VAE, 4, 7), Runnable::run, new JobListener<>() {
            @Override public void onMetric(Metric m) { metrics.add(m); }
            @Override public void onPreview(Preview p) { previews.add(p); }
        }).await();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** Small batches so that a short run has enough steps; a preview every 5 iterations. */
    static CreativeRequest request(CreativePreset preset, int epochs, long seed) {
        CreativeRequest d = CreativeRequest.defaults(preset);
        return new CreativeRequest(preset, false, d.latentSize(), epochs, 32, d.learningRate(), 0.1, 5, seed);
    }

    @Test
    void trainingHoldsOutATenthPerClassAndLowersTheLosses() {
        assertEquals(900, trained.trainImages());
        assertEquals(100, trained.heldOutImages());
        assertFalse(trained.cancelled());
        CreativeModel model = trained.model();
        assertEquals(4, model.epochsTrained());
        assertEquals(4, model.curve().size());
        CreativeModel.EpochLosses first = model.curve().get(0), last = model.curve().get(3);
        assertTrue(last.first() < first.first(), "reconstruction falls: " + model.curve());
        assertTrue(last.first() + last.second() < first.first() + first.second(), "the whole loss falls: " + model.curve());
        assertTrue(trained.secondsPerEpoch() > 0 && trained.imagesPerSecond() > 0);
        assertTrue(model.name().contains("Classic VAE") && model.name().contains("4 epochs"), model.name());
        assertTrue(trained.warnings().isEmpty(), trained.warnings().toString());
    }

    @Test
    void aShortTrainingBeatsTheUntrainedModelsQualityScore() {
        CreativeQuality q = trained.model().quality();
        assertNotNull(q, "measured at the end of training");
        assertEquals(100, q.real());
        assertEquals(50, q.generated(), "as many as the held-out half that gives the floor");
        assertTrue(q.floor() >= 0 && q.fid() > q.floor(), q.describe());
        ImageSplit split = ImageSplit.of(fashion, 0.1, 7);
        CreativeRequest request = request(CreativePreset.CLASSIC_VAE, 4, 7);
        CreativeQuality untrained = engine.submit("untrained", ctx -> new FidQuality().score(
                GenerativeNetworks.create(request, fashion.shape(), 0), fashion, split, 7, ctx)).await();
        assertEquals(q.floor(), untrained.floor(), 1e-9, "the same classifier and the same real halves");
        assertTrue(q.fid() < untrained.fid(), "trained " + q.describe() + " vs untrained " + untrained.describe());
        System.out.printf(java.util.Locale.ROOT, "Classic VAE, 4 short epochs on 900 images: %s; untrained: %s%n",
                q.describe(), untrained.describe());
        CreativeQuality again = service.quality(trained.model(), ImageSamples.fashionHeldOut(200), Runnable::run,
                new JobListener<>() {}).await();
        assertEquals(100, again.generated());
        assertTrue(Double.isFinite(again.fid()) && again.fid() >= 0);
    }

    @Test
    void liveLossesAreMeansOverAFewIterationsAndStepByIteration() {
        List<Metric> rec = metrics.stream().filter(m -> m.series().equals(CreativeService.SERIES_RECONSTRUCTION)).toList();
        List<Metric> kl = metrics.stream().filter(m -> m.series().equals(CreativeService.SERIES_KL)).toList();
        int perEpoch = 900 / 32 + 1; // 28 full batches and a last one of 4
        assertEquals(29, perEpoch);
        assertEquals(rec.size(), kl.size());
        assertEquals(10, rec.get(0).step(), "the first point is the mean of iterations 1..10");
        assertEquals(4L * perEpoch, rec.get(rec.size() - 1).step(), "the last point ends the last epoch");
        for (int i = 1; i < rec.size(); i++) assertTrue(rec.get(i).step() > rec.get(i - 1).step());
        assertTrue(rec.get(rec.size() - 1).value() < rec.get(0).value());
        assertTrue(metrics.stream().noneMatch(m -> m.series().equals(CreativeService.SERIES_DISCRIMINATOR)));
        assertEquals(4, metrics.stream().filter(m -> m.series().equals(CreativeTrainer.SERIES_PIPELINE_SHARE)).count());
    }

    @Test
    void previewsComeFromFixedLatentsAndCheckpointsAfterEachEpoch() {
        List<CreativeService.PreviewGrid> grids = previews.stream().filter(p -> p.kind().equals(CreativeService.PREVIEW_GRID))
                .map(p -> (CreativeService.PreviewGrid) p.payload()).toList();
        assertEquals(0, grids.get(0).iteration(), "the untrained model's grid first");
        assertEquals(5, grids.get(1).iteration());
        for (CreativeService.PreviewGrid g : grids) {
            assertEquals(CreativeTrainer.PREVIEW_TILES, g.tiles().size());
            assertEquals(7, g.tiles().get(0).seed());
            assertArrayEquals(LatentMath.latent(7 + 5, 64), g.tiles().get(5).latent(), "tile i is seed + i");
        }
        assertFalse(java.util.Arrays.equals(grids.get(0).tiles().get(0).pixels(),
                grids.get(grids.size() - 1).tiles().get(0).pixels()), "the same tile improves");
        List<Integer> epochs = previews.stream().filter(p -> p.kind().equals(CreativeService.PREVIEW_CHECKPOINT))
                .map(p -> ((CreativeModel) p.payload()).epochsTrained()).toList();
        assertEquals(List.of(1, 2, 3, 4), epochs);
        assertTrue(metrics.stream().filter(m -> m.series().equals(CreativeService.SERIES_DIVERSITY))
                .allMatch(m -> m.value() > 0 && m.value() < 1));
    }

    @Test
    void theSameSeedGivesTheSameWeightsAndTheSameGrid() {
        CreativeTrainingResult a = service.train(ImageSamples.fashion(300), request(CreativePreset.CLASSIC_VAE, 1, 11),
                Runnable::run, new JobListener<>() {}).await();
        CreativeTrainingResult b = service.train(ImageSamples.fashion(300), request(CreativePreset.CLASSIC_VAE, 1, 11),
                Runnable::run, new JobListener<>() {}).await();
        assertArrayEquals(a.model().networks(), b.model().networks());
        List<GeneratedImage> ga = service.generate(a.model(), 16, 100, -1, Runnable::run, new JobListener<>() {}).await();
        List<GeneratedImage> gb = service.generate(b.model(), 16, 100, -1, Runnable::run, new JobListener<>() {}).await();
        for (int i = 0; i < 16; i++) assertArrayEquals(ga.get(i).pixels(), gb.get(i).pixels());
        CreativeTrainingResult other = service.train(ImageSamples.fashion(300), request(CreativePreset.CLASSIC_VAE, 1, 12),
                Runnable::run, new JobListener<>() {}).await();
        assertFalse(java.util.Arrays.equals(a.model().networks(), other.model().networks()), "another seed, other weights");
    }

    @Test
    void eachTileCanBeMadeAgainFromItsSeedAlone() {
        CreativeModel m = trained.model();
        List<GeneratedImage> grid = service.generate(m, 10, 500, -1, Runnable::run, new JobListener<>() {}).await();
        assertEquals(10, grid.size());
        for (int i = 0; i < 10; i++) {
            assertEquals(500 + i, grid.get(i).seed());
            assertEquals(-1, grid.get(i).classIndex());
            assertEquals(784, grid.get(i).pixels().length);
        }
        GeneratedImage again = service.generate(m, 1, 507, -1, Runnable::run, new JobListener<>() {}).await().get(0);
        assertArrayEquals(grid.get(7).pixels(), again.pixels());
        assertTrue(ImageBytes.diversity(grid.stream().map(GeneratedImage::pixels).toList()) > 0.05, "not one image ten times");
    }

    @Test
    void variationsStayCloseInterpolationEndsOnThePickedTilesAndDecodeTakesLatents() {
        CreativeModel m = trained.model();
        List<GeneratedImage> grid = service.generate(m, 2, 900, -1, Runnable::run, new JobListener<>() {}).await();
        List<GeneratedImage> near = service.variations(m, grid.get(0), 6, 0.1, 3, Runnable::run, new JobListener<>() {}).await();
        List<GeneratedImage> far = service.variations(m, grid.get(0), 6, 1.0, 3, Runnable::run, new JobListener<>() {}).await();
        assertEquals(6, near.size());
        assertTrue(meanDistance(grid.get(0), near) < meanDistance(grid.get(0), far), "a small spread stays closer");
        List<GeneratedImage> strip = service.interpolate(m, grid.get(0), grid.get(1), 7, Runnable::run, new JobListener<>() {}).await();
        assertEquals(7, strip.size());
        assertArrayEquals(grid.get(0).pixels(), strip.get(0).pixels());
        assertArrayEquals(grid.get(1).pixels(), strip.get(6).pixels());
        assertEquals(900, strip.get(0).seed());
        assertEquals(-1, strip.get(3).seed());
        List<GeneratedImage> decoded = service.decode(m, List.of(grid.get(1).latent(), new float[64]), -1, Runnable::run,
                new JobListener<>() {}).await();
        assertArrayEquals(grid.get(1).pixels(), decoded.get(0).pixels());
        assertEquals(-1, decoded.get(0).seed());
        assertThrows(IllegalArgumentException.class, () -> service.decode(m, List.of(new float[3]), -1, Runnable::run,
                new JobListener<>() {}));
        assertThrows(StudioException.class, () -> service.generate(m, 4, 1, 2, Runnable::run, new JobListener<>() {}),
                "an unconditional model cannot make one class");
    }

    @Test
    void aSavedModelGeneratesTheSamePixelsAfterLoading() {
        Path file = dir.resolve("vae.creative.zip");
        service.save(trained.model(), file);
        CreativeModel back = service.load(file);
        List<GeneratedImage> before = service.generate(trained.model(), 8, 1, -1, Runnable::run, new JobListener<>() {}).await();
        List<GeneratedImage> after = service.generate(back, 8, 1, -1, Runnable::run, new JobListener<>() {}).await();
        for (int i = 0; i < 8; i++) assertArrayEquals(before.get(i).pixels(), after.get(i).pixels());
        assertEquals(List.of(), service.demoModels(dir.resolve("none")));
        assertEquals(List.of(back.name()), service.demoModels(dir).stream().map(CreativeModel::name).toList());
    }

    @Test
    void cancelAfterAnEpochKeepsThatCheckpointAndBeforeItLosesNothing() {
        AtomicReference<JobHandle<CreativeTrainingResult>> handle = new AtomicReference<>();
        JobHandle<CreativeTrainingResult> h = service.train(fashion, request(CreativePreset.CLASSIC_VAE, 50, 7), Runnable::run,
                new JobListener<>() {
                    @Override public void onPreview(Preview p) {
                        if (p.kind().equals(CreativeService.PREVIEW_CHECKPOINT)) {
                            while (handle.get() == null) Thread.onSpinWait();
                            handle.get().cancel();
                        }
                    }
                });
        handle.set(h);
        JobOutcome<CreativeTrainingResult> outcome = h.outcome().join();
        assertInstanceOf(JobOutcome.Succeeded.class, outcome, "a cancel with a checkpoint succeeds");
        CreativeTrainingResult r = ((JobOutcome.Succeeded<CreativeTrainingResult>) outcome).value();
        assertTrue(r.cancelled());
        assertTrue(r.model().epochsTrained() >= 1 && r.model().epochsTrained() <= 2, "stopped in epoch 2 at the latest");
        assertEquals(1, service.generate(r.model(), 1, 1, -1, Runnable::run, new JobListener<>() {}).await().size());

        AtomicReference<JobHandle<CreativeTrainingResult>> early = new AtomicReference<>();
        JobHandle<CreativeTrainingResult> e = service.train(fashion, request(CreativePreset.CLASSIC_VAE, 50, 7), Runnable::run,
                new JobListener<>() {
                    @Override public void onMetric(Metric m) {
                        if (m.step() == 10) {
                            while (early.get() == null) Thread.onSpinWait();
                            early.get().cancel();
                        }
                    }
                });
        early.set(e);
        assertInstanceOf(JobOutcome.Cancelled.class, e.outcome().join(), "nothing to keep before the first epoch");
    }

    @Test
    void aSetThePresetCannotLearnIsRefusedInWords() {
        CreativeRequest conditional = request(CreativePreset.CLASSIC_VAE, 1, 1).withConditional(true);
        ImageSet unlabelled = new ImageSet("plain", fashion.shape(), fashion.fit(), List.of(), new int[4],
                new byte[4 * 784], List.of("a", "b", "c", "d"), List.of());
        JobOutcome<CreativeTrainingResult> o = service.train(unlabelled, conditional, Runnable::run, new JobListener<>() {})
                .outcome().join();
        assertInstanceOf(JobOutcome.Failed.class, o);
        assertTrue(((JobOutcome.Failed<?>) o).message().contains("at least two classes"), o.toString());
    }

    private static double meanDistance(GeneratedImage of, List<GeneratedImage> others) {
        return others.stream().mapToDouble(o -> ImageBytes.diversity(List.of(of.pixels(), o.pixels()))).average().orElse(0);
    }
}
