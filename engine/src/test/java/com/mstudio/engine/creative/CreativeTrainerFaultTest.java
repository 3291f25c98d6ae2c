package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A NaN in the middle of a later epoch, which a real run produces only by chance: the real classic VAE trains, and a
 * thin wrapper turns one step's loss into NaN. Training stops there and the last epoch's checkpoint is the result.
 */
class CreativeTrainerFaultTest {
    @Test
    void aNaNAfterTheFirstEpochStopsTrainingAndKeepsTheLastCheckpoint() {
        long nanAt = 40; // 900 training images in batches of 32: 29 iterations per epoch, so iteration 40 is in epoch 2
        CreativeTrainer trainer = new CreativeTrainer(null, (request, shape, classes) ->
                new NaNAt(GenerativeNetworks.create(request, shape, classes), nanAt, new long[1]));
        List<Object> previews = new ArrayList<>();
        JobContext ctx = new JobContext() {
            @Override public void progress(double fraction, String message) {}
            @Override public void metric(String series, long step, double value) {}
            @Override public void preview(String kind, Object payload) { previews.add(payload); }
            @Override public boolean isCancelled() { return false; }
        };
        CreativeRequest request = new CreativeRequest(CreativePreset.CLASSIC_VAE, false, 64, 5, 32, 1e-3, 0.1, 100, 3);
        CreativeTrainingResult r;
        try (JobEngine engine = new JobEngine(new JobEngine.Config(1, true, 1))) { // the trainer sets native threads: engine thread only
            r = engine.submit("NaN run", ignored -> trainer.train(ImageSamples.fashion(1000), request, ctx)).await();
        }
        assertEquals(1, r.model().epochsTrained(), "the model as of epoch 1");
        assertFalse(r.cancelled());
        assertNull(r.model().quality());
        List<TrainingWarning> nan = r.warnings().stream().filter(w -> w.kind() == TrainingWarning.Kind.NOT_A_NUMBER).toList();
        assertEquals(2, nan.size(), r.warnings().toString());
        assertTrue(nan.get(0).message().contains("iteration 40"), nan.get(0).message());
        assertTrue(nan.get(1).message().contains("after epoch 1 is kept"), nan.get(1).message());
        assertTrue(previews.containsAll(nan), "both warnings were also sent live");
        assertEquals(1, previews.stream().filter(p -> p instanceof com.mstudio.engine.api.CreativeModel).count());
    }

    @Test
    void aNaNInTheFirstEpochIsAPlainFailureWithNothingToKeep() {
        CreativeTrainer trainer = new CreativeTrainer(null, (request, shape, classes) ->
                new NaNAt(GenerativeNetworks.create(request, shape, classes), 2, new long[1]));
        JobContext ctx = new JobContext() {
            @Override public void progress(double fraction, String message) {}
            @Override public void metric(String series, long step, double value) {}
            @Override public void preview(String kind, Object payload) {}
            @Override public boolean isCancelled() { return false; }
        };
        CreativeRequest request = new CreativeRequest(CreativePreset.CLASSIC_GAN, false, 100, 3, 32, 1e-3, 0.1, 100, 5);
        JobOutcome<CreativeTrainingResult> o;
        try (JobEngine engine = new JobEngine(new JobEngine.Config(1, true, 1))) { // the trainer sets native threads: engine thread only
            o = engine.submit("NaN run", ignored -> trainer.train(ImageSamples.fashion(300), request, ctx)).outcome().join();
        }
        JobOutcome.Failed<CreativeTrainingResult> f = assertInstanceOf(JobOutcome.Failed.class, o);
        assertTrue(f.message().contains("NaN") && f.message().contains("lower learning rate")
                && f.message().contains("no model to keep"), f.message());
    }

    /** The real network, with the loss of one step replaced by NaN. */
    private record NaNAt(GenerativeNetwork real, long iteration, long[] steps) implements GenerativeNetwork {
        @Override public CreativePreset preset() { return real.preset(); }
        @Override public ImageShape shape() { return real.shape(); }
        @Override public int latentSize() { return real.latentSize(); }
        @Override public int classCount() { return real.classCount(); }
        @Override public INDArray generate(INDArray latents, INDArray labels) { return real.generate(latents, labels); }
        @Override public byte[] toBytes() { return real.toBytes(); }

        @Override
        public StepLosses step(INDArray images, INDArray labels) {
            StepLosses l = real.step(images, labels);
            return ++steps[0] == iteration ? new StepLosses(l.first(), Double.NaN) : l;
        }
    }
}
