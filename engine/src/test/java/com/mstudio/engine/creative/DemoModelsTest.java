package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.creative.images.DefaultImageService;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/** The pretrained models shipped in assets/models load and draw a varied 10×10 grid, per class where they have classes. */
class DemoModelsTest {
    static final Path FOLDER = ChurnData.repoRoot().resolve("assets/models");
    private static JobEngine engine;
    private static DefaultCreativeService service;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(0, true, 1));
        service = new DefaultCreativeService(engine, new DefaultImageService(engine));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void everyShippedModelLoadsAndDrawsAVariedGrid() throws Exception {
        List<CreativeModel> models = service.demoModels(FOLDER);
        try (var files = Files.list(FOLDER)) {
            assertEquals(files.filter(f -> f.toString().endsWith(".creative.zip")).count(), models.size());
        }
        assertFalse(models.isEmpty(), "the demo models are shipped");
        // The demo opens with the first file: the per-class VAE, whose grids are the cleanest.
        assertEquals(CreativePreset.CLASSIC_VAE, models.get(0).preset());
        for (CreativeModel m : models) {
            assertTrue(m.epochsTrained() >= 10, m.name());
            long t0 = System.nanoTime();
            List<GeneratedImage> grid = service.generate(m, 100, 1, -1, Runnable::run, new JobListener<>() {}).await();
            double first = (System.nanoTime() - t0) / 1e9;
            t0 = System.nanoTime();
            List<GeneratedImage> again = service.generate(m, 100, 1, -1, Runnable::run, new JobListener<>() {}).await();
            double second = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "%s: 10×10 grid in %.3f s (first, with restoring), %.3f s (cached)%n",
                    m.name(), first, second);
            assertEquals(100, grid.size());
            for (int i = 0; i < 100; i++) assertArrayEquals(grid.get(i).pixels(), again.get(i).pixels());
            double diversity = ImageBytes.diversity(grid.stream().map(GeneratedImage::pixels).toList());
            assertTrue(diversity > 0.1, m.name() + " draws varied images: diversity " + diversity);
            if (m.conditional()) {
                for (int c = 0; c < m.classes().size(); c++) {
                    List<GeneratedImage> one = service.generate(m, 4, 1, c, Runnable::run, new JobListener<>() {}).await();
                    int cls = c;
                    assertTrue(one.stream().allMatch(g -> g.classIndex() == cls));
                }
            }
            assertNotNull(m.quality(), "the shipped models carry their quality score");
        }
    }

    /** The shipped per-class models draw the class asked for: the quality classifier recognises it far above chance. */
    @Test
    void theShippedConditionalModelsDrawTheRequestedClass() {
        List<CreativeModel> conditional = service.demoModels(FOLDER).stream().filter(CreativeModel::conditional).toList();
        assertFalse(conditional.isEmpty());
        for (CreativeModel m : conditional) {
            GenerativeNetwork net = GenerativeNetworks.restore(m.request(), m.shape(), m.classes().size(), m.networks());
            double[] rates = ClassRecognition.rates(net, 100, 1);
            System.out.println(m.name() + " draws the requested class: " + ClassRecognition.describe(rates));
            assertTrue(ClassRecognition.mean(rates) > MIN_RECOGNISED, m.name() + ": " + ClassRecognition.describe(rates));
        }
    }

    /**
     * The shipped DCGAN is the small generating-only file: its averaged generator in float16, no discriminator, and a
     * quality that counts the malformed tiles (the share that passes for real, next to real images').
     */
    @Test
    void theShippedDcganIsSmallGeneratesOnlyAndCarriesTheShareThatPassesForReal() throws Exception {
        Path file = FOLDER.resolve("04-fashion-dcgan.creative.zip");
        assertTrue(Files.size(file) <= 1_500_000, Files.size(file) + " bytes");
        CreativeModel m = CreativeModelFiles.load(file);
        assertEquals(CreativePreset.DCGAN, m.preset());
        assertTrue(m.conditional(), "per class: cleaner garments, and the marketer can ask for bags");
        assertNotNull(m.quality().realisticShare());
        System.out.println(m.name() + ": " + m.quality().describe() + "; " + m.quality().describeRealistic());
        assertTrue(m.quality().fid() < 2.5 * m.quality().floor(), m.quality().describe());
        assertTrue(m.quality().realisticShare() > 0.75 && m.quality().realisticFloor() - m.quality().realisticShare() < 0.1,
                m.quality().describeRealistic());
        GenerativeNetwork net = GenerativeNetworks.restore(m.request(), m.shape(), m.classes().size(), m.networks());
        com.mstudio.engine.api.StudioException e = assertThrows(com.mstudio.engine.api.StudioException.class,
                () -> net.step(org.nd4j.linalg.factory.Nd4j.zeros(2, 784), org.nd4j.linalg.factory.Nd4j.zeros(2, 10)));
        assertTrue(e.getMessage().contains("cannot train further"), e.getMessage());
    }

    /** Chance is 0.10; the classifier's own accuracy on real held-out images is 0.80; the shipped models reach 0.88 (GAN) and 0.92 (CVAE), against 0.11 and 0.41 before the label was made to count. */
    static final double MIN_RECOGNISED = 0.7;
}
