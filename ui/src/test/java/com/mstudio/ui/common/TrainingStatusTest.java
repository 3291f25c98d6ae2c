package com.mstudio.ui.common;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** The shared training status line, with a real job on the real engine standing in for a training. */
class TrainingStatusTest {
    @Test
    void cancelStopsTheTrainingJobAndTheStoppingLineSurvivesLateProgress() throws Exception {
        try (JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 1))) {
            TrainingStatus status = new TrainingStatus();
            status.start("Reading the test file…");
            assertTrue(status.isBusy());
            assertEquals(-1, status.progressProperty().get());
            assertFalse(status.requestStop(), "no training job yet: the caller cancels its own step");
            assertFalse(status.stoppingProperty().get());

            JobHandle<Integer> training = engine.submit("epochs", Lane.IO, ctx -> {
                while (true) {
                    ctx.checkCancelled();
                    Thread.sleep(5);
                }
            }, Runnable::run, new com.mstudio.engine.api.JobListener<>() {});
            status.training(training);
            status.progress(new Progress(0.25, "Epoch 3", Duration.ofSeconds(90)));
            status.epoch("Self-attention · 3 of 12 epochs done");
            assertEquals(0.25, status.progressProperty().get());
            assertEquals("Epoch 3", status.messageProperty().get());
            assertFalse(status.etaTextProperty().get().isEmpty());

            assertTrue(status.requestStop());
            assertTrue(status.stoppingProperty().get());
            assertEquals(TrainingStatus.STOPPING, status.messageProperty().get());
            status.progress(new Progress(0.3, "Epoch 4", null));
            assertEquals(TrainingStatus.STOPPING, status.messageProperty().get(), "late progress keeps the stopping line");
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!training.state().isFinal() && System.nanoTime() < deadline) Thread.sleep(5);
            assertEquals(JobState.CANCELLED, training.state(), "the job was asked to stop");

            assertTrue(status.finish(), "Cancel had been pressed");
            assertFalse(status.isBusy());
            assertFalse(status.stoppingProperty().get());
            assertFalse(status.requestStop(), "nothing left to stop");
            assertEquals("Stopped before the first epoch finished, so nothing was trained. ", TrainingStatus.cancelledNotice(true));
            status.start("Preparing the features…");
            assertEquals("", status.epochTextProperty().get(), "a new run starts without the last one's epoch line");
        }
    }
}
