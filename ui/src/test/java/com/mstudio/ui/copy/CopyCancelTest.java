package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyTrainingResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.*;

/** Cancel keeps the best epoch and says so; a run that fails keeps the results on screen and says why in words. */
class CopyCancelTest {
    @TempDir Path dir;

    @Test
    void cancelKeepsTheBestEpochAndAFailedRunKeepsTheResults() throws Exception {
        try (CopyTestBed bed = new CopyTestBed(dir)) {
            bed.open(CopyTestBed.spamSubset(dir, 8));
            CopyViewModel vm = bed.copy();
            CopyTestBed.quick(vm.setup(), 50);
            vm.setup().patienceProperty().set(50);
            vm.setup().modelsProperty().set(com.mstudio.engine.api.CopyRequest.Models.ATTENTION);
            vm.train();
            bed.ui.pumpUntil(() -> vm.curves().lastEpoch() >= 2 || !vm.busyProperty().get(), CopyTestBed.TRAINING);
            assertTrue(vm.busyProperty().get(), "still training after two epochs of fifty");
            vm.cancel();
            assertTrue(vm.stoppingProperty().get());
            bed.waitForTraining(vm);
            CopyTrainingResult r = vm.resultProperty().get();
            assertNotNull(r, vm.errorMessageProperty().get());
            CopyTrainingResult.TrainedModel t = r.models().get(0);
            assertTrue(t.cancelled());
            int last = t.curve().get(t.curve().size() - 1).epoch();
            assertTrue(last < 50);
            assertEquals("Self-attention: stopped at epoch " + last + "; kept the best epoch " + t.bestEpoch() + ".",
                    vm.noticeProperty().get());
            assertEquals(1, vm.models().size(), "the best model so far is shown and kept");

            // A test file that cannot be read: the error says so and the result stays.
            vm.setup().testFileProperty().set(dir.resolve("missing.csv"));
            assertTrue(vm.staleProperty().get(), "a changed input marks the results out of date");
            vm.train();
            bed.ui.pumpUntil(() -> !vm.busyProperty().get(), Duration.ofSeconds(30));
            assertSame(r, vm.resultProperty().get());
            assertEquals("The test file could not be read", vm.errorTitleProperty().get());
            assertTrue(vm.errorMessageProperty().get().endsWith("The results shown before are unchanged."),
                    vm.errorMessageProperty().get());
        }
    }
}
