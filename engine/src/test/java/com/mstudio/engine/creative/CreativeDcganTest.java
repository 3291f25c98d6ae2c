package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.creative.images.DefaultImageService;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The trainer and service with the convolutional GAN on colour product icons (32×32, four classes, conditional). */
class CreativeDcganTest {
    private static JobEngine engine;
    private static DefaultCreativeService service;
    @TempDir Path dir;

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
    void aConditionalDcganTrainsOnColourIconsAndItsModelGeneratesTheSameAfterLoading() {
        ImageSet icons = ImageSubsets.limit(ImageSamples.icons(ImageShape.COLOUR_32), 64, 1);
        CreativeRequest request = new CreativeRequest(CreativePreset.DCGAN, true, 32, 1, 16, 2e-4, 0.1, 2, 5);
        List<Preview> previews = new ArrayList<>();
        CreativeTrainingResult r = service.train(icons, request, Runnable::run, new JobListener<>() {
            @Override public void onPreview(Preview p) { previews.add(p); }
        }).await();
        CreativeModel m = r.model();
        assertEquals(ImageShape.COLOUR_32, m.shape());
        assertEquals(icons.classes(), m.classes());
        assertEquals(1, m.epochsTrained());
        assertNotNull(m.quality());
        CreativeService.PreviewGrid last = (CreativeService.PreviewGrid) previews.stream()
                .filter(p -> p.kind().equals(CreativeService.PREVIEW_GRID)).reduce((a, b) -> b).orElseThrow().payload();
        assertEquals(32 * 32 * 3, last.tiles().get(0).pixels().length);
        Path file = dir.resolve("icons.creative.zip");
        service.save(m, file);
        List<GeneratedImage> before = service.generate(m, 4, 9, 2, Runnable::run, new JobListener<>() {}).await();
        List<GeneratedImage> after = service.generate(service.load(file), 4, 9, 2, Runnable::run, new JobListener<>() {}).await();
        for (int i = 0; i < 4; i++) assertArrayEquals(before.get(i).pixels(), after.get(i).pixels());
    }

    @Test
    void aShortDcganTrainingOnFashionLowersTheDiscriminatorsLossAndBeatsTheUntrainedQualityScore() {
        ImageSet fashion = ImageSamples.fashion(1000);
        CreativeRequest request = new CreativeRequest(CreativePreset.DCGAN, false, 100, 2, 32, 2e-4, 0.1, 1000, 7);
        CreativeTrainingResult r = service.train(fashion, request, Runnable::run, new JobListener<>() {}).await();
        CreativeModel m = r.model();
        CreativeModel.EpochLosses first = m.curve().get(0), last = m.curve().get(1);
        assertTrue(m.curve().stream().allMatch(l -> Double.isFinite(l.first()) && Double.isFinite(l.second())), m.curve().toString());
        assertTrue(last.first() < first.first(), "D's loss falls: " + m.curve());
        CreativeQuality q = m.quality();
        CreativeQuality untrained = engine.submit("untrained", ctx -> new FidQuality().score(
                GenerativeNetworks.create(request, fashion.shape(), 0), fashion, ImageSplit.of(fashion, 0.1, 7), 7, ctx)).await();
        assertEquals(q.floor(), untrained.floor(), 1e-9, "the same classifier and the same real halves");
        System.out.printf(java.util.Locale.ROOT, "DCGAN, 2 epochs on 900 images (%.1f s/epoch): %s; untrained: %s%n",
                r.secondsPerEpoch(), q.describe(), untrained.describe());
        assertTrue(q.fid() < untrained.fid(), "trained " + q.describe() + " vs untrained " + untrained.describe());
    }
}
