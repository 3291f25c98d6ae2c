package com.mstudio.ui.shell;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.support.TestUiThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar follows any job submitted to the runner, shows its progress, cancels it, and returns to Ready. */
class StatusBarViewModelTest {
    private final JobEngine engine = new JobEngine(new JobEngine.Config(0, false, 2));
    private final TestUiThread ui = new TestUiThread();

    @AfterEach
    void stop() {
        engine.close();
    }

    @Test
    void showsTheRunningJobAndCancelsIt() throws Exception {
        StatusBarViewModel vm = new StatusBarViewModel(engine, new UiBridge(ui));
        vm.start();
        assertEquals("Ready", vm.jobNameProperty().get());
        CountDownLatch reported = new CountDownLatch(1);
        JobHandle<Integer> h = engine.submit("Counting customers", ctx -> {
            for (int i = 0; ; i++) {
                ctx.progress(0.25, "Counted " + i);
                reported.countDown();
                ctx.checkCancelled();
                Thread.sleep(5);
            }
        });
        assertTrue(reported.await(10, TimeUnit.SECONDS));
        ui.pumpUntil(() -> vm.progressProperty().get() == 0.25);
        assertTrue(vm.busyProperty().get());
        assertEquals("Counting customers", vm.jobNameProperty().get());
        assertTrue(vm.messageProperty().get().startsWith("Counted"));

        vm.cancelCurrent();
        ui.pumpUntil(() -> !vm.busyProperty().get());
        assertEquals(JobState.CANCELLED, h.state());
        assertEquals("Ready", vm.jobNameProperty().get());
        assertEquals("Counting customers cancelled", vm.messageProperty().get());
    }
}
