package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.creative.images.DefaultImageService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The trainer with the real classic GAN: its series, per-class generation, seeded weights, and NaN stopping training. */
class CreativeGanTrainingTest {
    private static JobEngine engine;
    private static DefaultCreativeService service;
    private static ImageSet fashion;
    private static CreativeTrainingResult trained;
    private static final List<Metric> metrics = Collections.synchronizedList(new ArrayList<>());
    private static final List<Preview> previews = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void trainOnce() {
        engine = new JobEngine(new JobEngine.Config(0, true, 1));
        service = new DefaultCreativeService(engine, new DefaultImageService(engine));
        fashion = ImageSamples.fashion(1000);
        trained = service.train(fashion, request(3, 1e-3, 7).withConditional(true), Runnable::run, new JobListener<>() {
            @Override public void onMetric(Metric m) { metrics.add(m); }
            @Override public void onPreview(Preview p) { previews.add(p); }
        }).await();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    static CreativeRequest request(int epochs, double learningRate, long seed) {
        return new CreativeRequest(CreativePreset.CLASSIC_GAN, false, 100, epochs, 32, learningRate, 0.1, 10, seed);
    }

    @Test
    void aConditionalGanReportsBothLossesAndCyclesClassesInThePreview() {
        assertTrue(metrics.stream().anyMatch(m -> m.series().equals(CreativeService.SERIES_DISCRIMINATOR)));
        assertTrue(metrics.stream().anyMatch(m -> m.series().equals(CreativeService.SERIES_GENERATOR)));
        assertTrue(metrics.stream().noneMatch(m -> m.series().equals(CreativeService.SERIES_KL)));
        CreativeModel m = trained.model();
        assertEquals(fashion.classes(), m.classes());
        assertEquals(3, m.curve().size());
        assertTrue(m.curve().stream().allMatch(l -> Double.isFinite(l.first()) && l.first() > 0 && l.second() > 0));
        CreativeService.PreviewGrid grid = (CreativeService.PreviewGrid) previews.stream()
                .filter(p -> p.kind().equals(CreativeService.PREVIEW_GRID)).reduce((a, b) -> b).orElseThrow().payload();
        for (int i = 0; i < grid.tiles().size(); i++) assertEquals(i % 10, grid.tiles().get(i).classIndex());
    }

    @Test
    void oneClassCanBeAskedForAndTheSameSeedGivesTheSameModel() {
        List<GeneratedImage> bags = service.generate(trained.model(), 6, 1, 8, Runnable::run, new JobListener<>() {}).await();
        assertTrue(bags.stream().allMatch(g -> g.classIndex() == 8));
        List<GeneratedImage> cycling = service.generate(trained.model(), 12, 1, -1, Runnable::run, new JobListener<>() {}).await();
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1), cycling.stream().map(GeneratedImage::classIndex).toList());
        assertArrayEquals(bags.get(0).latent(), cycling.get(0).latent(), "the seed decides the latent, the class is apart");
        ImageSet small = ImageSamples.fashion(200);
        CreativeTrainingResult a = service.train(small, request(1, 1e-3, 3), Runnable::run, new JobListener<>() {}).await();
        CreativeTrainingResult b = service.train(small, request(1, 1e-3, 3), Runnable::run, new JobListener<>() {}).await();
        assertArrayEquals(a.model().networks(), b.model().networks());
    }

    @Test
    void aTooHighLearningRateIsWarnedAboutInARealRunWhichStillFinishes() {
        // Learning rate 0.01, 100× the brief's: within a few epochs the generator makes nearly one image for every
        // latent while the discriminator wins almost every batch. The user is told; training goes on to the end.
        CreativeTrainingResult r = service.train(ImageSamples.fashion(1000), request(8, 0.01, 42), Runnable::run,
                new JobListener<>() {}).await();
        List<TrainingWarning.Kind> kinds = r.warnings().stream().map(TrainingWarning::kind).toList();
        System.out.println("classic GAN at learning rate 0.01: warnings " + kinds + ", last losses "
                + r.model().curve().get(r.model().curve().size() - 1));
        assertTrue(kinds.contains(TrainingWarning.Kind.MODE_COLLAPSE), r.warnings().toString());
        assertFalse(kinds.contains(TrainingWarning.Kind.NOT_A_NUMBER), "a certain discriminator is not a lost model: " + kinds);
        assertEquals(8, r.model().epochsTrained());
        assertTrue(r.model().curve().stream().allMatch(l -> Double.isFinite(l.first()) && Double.isFinite(l.second())));
    }
}
