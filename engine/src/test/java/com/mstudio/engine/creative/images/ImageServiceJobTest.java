package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Progress;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Imports as real jobs on the I/O lane: progress arrives, a failure is in words, cancel stops the import. */
class ImageServiceJobTest {
    @TempDir
    Path dir;
    private static JobEngine engine;
    private static DefaultImageService service;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(0, false, 1));
        service = new DefaultImageService(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void importingTheIconsReportsProgressOffTheCallersThread() {
        List<Progress> progress = Collections.synchronizedList(new ArrayList<>());
        List<String> threads = Collections.synchronizedList(new ArrayList<>());
        ImageSet set = service.importImages(ImageSamples.ICONS, ImageShape.COLOUR_64, ImageFit.CROP, 100, Runnable::run,
                new JobListener<ImageSet>() {
                    @Override public void onProgress(Progress p) {
                        progress.add(p);
                        threads.add(Thread.currentThread().getName());
                    }
                }).await();
        assertEquals(100, set.count());
        assertEquals(ImageShape.COLOUR_64, set.shape());
        assertEquals(ImageFit.CROP, set.fit());
        assertEquals(4, set.classes().size());
        assertFalse(progress.isEmpty());
        assertTrue(threads.stream().allMatch(t -> t.startsWith("studio-io-")), threads.toString());
    }

    @Test
    void aMissingFolderFailsInWords() {
        JobOutcome<ImageSet> outcome = service.importImages(dir.resolve("missing"), ImageShape.GREY_28, ImageFit.PAD, 0,
                Runnable::run, new JobListener<>() {}).outcome().join();
        JobOutcome.Failed<ImageSet> failed = assertInstanceOf(JobOutcome.Failed.class, outcome);
        assertTrue(failed.message().contains("does not exist"), failed.message());
    }

    @Test
    void cancelStopsALongImport() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        JobHandle<ImageSet> handle = service.importImages(ImageSamples.ICONS, new ImageShape(256, 256, 3), ImageFit.PAD, 0,
                Runnable::run, new JobListener<ImageSet>() {
                    @Override public void onProgress(Progress p) {
                        started.countDown();
                    }
                });
        assertTrue(started.await(30, TimeUnit.SECONDS));
        handle.cancel();
        assertEquals(JobState.CANCELLED, handle.outcome().get(30, TimeUnit.SECONDS).state());
    }
}
