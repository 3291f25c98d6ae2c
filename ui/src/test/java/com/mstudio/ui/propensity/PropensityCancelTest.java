package com.mstudio.ui.propensity;

import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cancel and failure on the real engine and service: Cancel during the MLP's epochs keeps its best epoch (the run
 * still succeeds, cut short), a cancel before any epoch finished and a failed run both leave the results on screen.
 */
class PropensityCancelTest {
    @TempDir Path dir;
    private PropensityTestBed bed;
    private PropensityViewModel vm;

    @BeforeEach
    void open() {
        bed = new PropensityTestBed(dir);
        bed.openChurn();
        vm = bed.propensity();
    }

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void cancelDuringTrainingKeepsTheBestEpochAndSaysWhere() {
        vm.setup().maxEpochsProperty().set(300);
        vm.setup().patienceProperty().set(300); // would run for minutes: only Cancel ends it
        vm.train();
        bed.ui.pumpUntil(() -> vm.curves().lastKind() == Kind.MLP && vm.curves().lastEpoch() >= 3, PropensityTestBed.TRAINING);
        assertTrue(vm.epochTextProperty().get().matches("Neural network \\(MLP\\) · epoch \\d+ of 300"), vm.epochTextProperty().get());
        vm.cancel();
        assertTrue(vm.stoppingProperty().get());
        bed.waitForResult(vm);
        PropensityResult r = vm.resultProperty().get();
        assertNotNull(r, "the best model so far is kept: " + vm.errorMessageProperty().get() + vm.noticeProperty().get());
        assertEquals(1, r.models().size(), "stopped during the MLP: the logistic regression never started");
        TrainedModel mlp = r.models().get(0);
        assertTrue(mlp.cancelled());
        int last = mlp.curve().get(mlp.curve().size() - 1).epoch();
        assertTrue(last >= 3 && last < 300, "stopped at epoch " + last);
        assertTrue(mlp.bestEpoch() >= 1 && mlp.bestEpoch() <= last);
        assertEquals("Neural network (MLP): stopped at epoch " + last + "; kept the best epoch " + mlp.bestEpoch() + ".",
                vm.noticeProperty().get());
        assertTrue(mlp.model().test().rocAuc() > 0.7, "the kept epoch is a usable model: " + mlp.model().test().rocAuc());
        assertEquals(1, bed.service.kept(bed.workspace, bed.data.datasetProperty().get().entry().id()).models().size());
    }

    @Test
    void aCancelBeforeTheFirstEpochAndAFailedRunKeepThePreviousResults() {
        PropensityTestBed.quick(vm, 2);
        vm.train();
        bed.waitForResult(vm);
        PropensityResult first = vm.resultProperty().get();
        assertNotNull(first);
        int points = vm.curves().size();

        vm.train();
        vm.cancel(); // at once: no epoch has finished, so nothing can be kept
        bed.waitForResult(vm);
        assertSame(first, vm.resultProperty().get());
        assertTrue(vm.noticeProperty().get().startsWith("Stopped before the first epoch finished"), vm.noticeProperty().get());
        assertTrue(vm.noticeProperty().get().endsWith("The results shown are unchanged."));
        assertEquals(points, vm.curves().size(), "the curves of the results on screen are back");

        vm.setup().positiveProperty().set("Maybe");
        vm.train();
        bed.ui.pumpUntil(() -> !vm.busyProperty().get(), Duration.ofSeconds(60));
        assertSame(first, vm.resultProperty().get());
        assertEquals("The models could not be trained", vm.errorTitleProperty().get());
        String message = vm.errorMessageProperty().get();
        assertTrue(message.contains("No row has churn = \"Maybe\"") && message.endsWith("The results shown before are unchanged."), message);
        assertTrue(vm.staleProperty().get(), "the inputs differ from those of the results on screen");
    }
}
