package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.runtime.NativeThreading;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The DCGAN trains with every core's native threads and the engine's own count comes back afterwards, also when the run
 * fails or is cancelled; two native threads still give byte-identical models for the same seed.
 */
class CreativeNativeThreadsTest {
    private static final int STUDIO_THREADS = 1;
    private static JobEngine engine;
    private static ImageSet fashion;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(STUDIO_THREADS, true, 1));
        fashion = ImageSamples.fashion(240);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static final CreativeRequest DCGAN = new CreativeRequest(CreativePreset.DCGAN, false, 100, 1, 32, 2e-4, 0.1, 1000, 11);

    @Test
    void twoNativeThreadsTrainTheSameBytesTwice() {
        int[] threads = new int[2];
        byte[][] networks = new byte[2][];
        engine.submit("pin", ctx -> { NativeThreading.pin(2); return null; }).await();
        try {
            for (int run = 0; run < 2; run++) {
                Recorder ctx = new Recorder();
                CreativeTrainingResult r = train(new CreativeTrainer(null), DCGAN.withEpochs(2), ctx);
                threads[run] = ctx.threads;
                networks[run] = r.model().networks();
            }
        } finally {
            engine.submit("unpin", ctx -> { NativeThreading.unpin(STUDIO_THREADS); return null; }).await();
        }
        assertArrayEquals(new int[] {2, 2}, threads, "both runs' epochs ran on two native threads");
        assertArrayEquals(networks[0], networks[1], "same seed, same bytes, with the products split over two threads");
    }

    @Test
    void theDcganWidensTheNativeThreadsForItsEpochsAndTheClassicGanKeepsTheStudios() {
        int cores = Runtime.getRuntime().availableProcessors();
        Recorder dcgan = new Recorder();
        train(new CreativeTrainer(null), DCGAN, dcgan);
        assertEquals(Math.max(STUDIO_THREADS, NativeThreading.largeProductThreads(cores)), dcgan.threads);
        assertEquals(STUDIO_THREADS, currentThreads(), "the studio's count is back");

        Recorder classic = new Recorder();
        train(new CreativeTrainer(null), CreativeRequest.defaults(CreativePreset.CLASSIC_GAN).withEpochs(1), classic);
        assertEquals(STUDIO_THREADS, classic.threads);
    }

    @Test
    void theStudiosThreadsComeBackWhenTheRunFailsOrIsCancelled() {
        CreativeTrainer failing = new CreativeTrainer(null, (request, shape, classes) -> {
            throw new IllegalStateException("no network today");
        });
        assertThrows(StudioException.class, () -> train(failing, DCGAN, new Recorder()));
        assertEquals(STUDIO_THREADS, currentThreads());

        CreativeTrainer brokenStep = new CreativeTrainer(null, (request, shape, classes) -> {
            GenerativeNetwork real = GenerativeNetworks.create(request, shape, classes);
            return new FailsAtStep(real);
        });
        assertThrows(StudioException.class, () -> train(brokenStep, DCGAN, new Recorder()));
        assertEquals(STUDIO_THREADS, currentThreads(), "after an error inside the epochs");

        Recorder cancelling = new Recorder();
        cancelling.cancelAfterMetrics = 1; // the thread-count point comes first, then it cancels before any epoch ends
        assertThrows(JobCancelledException.class, () -> train(new CreativeTrainer(null), DCGAN, cancelling));
        assertEquals(Math.max(STUDIO_THREADS, NativeThreading.largeProductThreads(Runtime.getRuntime().availableProcessors())),
                cancelling.threads, "it was cancelled while widened");
        assertEquals(STUDIO_THREADS, currentThreads(), "after a cancel");
    }

    private static CreativeTrainingResult train(CreativeTrainer trainer, CreativeRequest request, JobContext ctx) {
        return engine.submit("train", ignored -> trainer.train(fashion, request, ctx)).await();
    }

    private static int currentThreads() {
        return engine.submit("threads", ctx -> NativeThreading.currentThreads()).await();
    }

    /** Keeps the native-thread point; can cancel after a number of metric points. */
    private static final class Recorder implements JobContext {
        int threads = -1;
        int metrics;
        int cancelAfterMetrics = Integer.MAX_VALUE;

        @Override public void progress(double fraction, String message) {}

        @Override
        public void metric(String name, long step, double value) {
            if (name.equals(CreativeTrainer.SERIES_NATIVE_THREADS)) threads = (int) value;
            metrics++;
        }

        @Override public void preview(String kind, Object payload) {}

        @Override public boolean isCancelled() { return metrics >= cancelAfterMetrics; }
    }

    /** The real DCGAN, failing in its third step. */
    private record FailsAtStep(GenerativeNetwork real, int[] steps) implements GenerativeNetwork {
        FailsAtStep(GenerativeNetwork real) {
            this(real, new int[1]);
        }

        @Override public com.mstudio.engine.api.CreativePreset preset() { return real.preset(); }
        @Override public com.mstudio.engine.api.ImageShape shape() { return real.shape(); }
        @Override public int latentSize() { return real.latentSize(); }
        @Override public int classCount() { return real.classCount(); }
        @Override public int nativeThreads(int studioThreads) { return real.nativeThreads(studioThreads); }
        @Override public org.nd4j.linalg.api.ndarray.INDArray generate(org.nd4j.linalg.api.ndarray.INDArray z,
                                                                       org.nd4j.linalg.api.ndarray.INDArray y) { return real.generate(z, y); }
        @Override public byte[] toBytes() { return real.toBytes(); }

        @Override
        public StepLosses step(org.nd4j.linalg.api.ndarray.INDArray images, org.nd4j.linalg.api.ndarray.INDArray labels) {
            if (++steps[0] == 3) throw new IllegalStateException("step 3 failed");
            return real.step(images, labels);
        }
    }
}
