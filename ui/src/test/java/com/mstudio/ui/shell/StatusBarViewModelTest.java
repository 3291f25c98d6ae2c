package com.mstudio.ui.shell;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Lane;
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

    /** A job that reports progress until it is cancelled; {@code reported} counts down at its first report. */
    private JobHandle<Void> looping(String name, Lane lane, String message, CountDownLatch reported) {
        return engine.submit(name, lane, ctx -> {
            for (int i = 0; ; i++) {
                ctx.progress(0.5, message + " " + i);
                reported.countDown();
                ctx.checkCancelled();
                Thread.sleep(5);
            }
        }, Runnable::run, new JobListener<Void>() {});
    }

    @Test
    void showsAndCancelsTheNewestJobThatReportsProgressNotTheOldest() throws Exception {
        StatusBarViewModel vm = new StatusBarViewModel(engine, new UiBridge(ui));
        vm.start();
        CountDownLatch profiling = new CountDownLatch(1);
        JobHandle<Void> profile = looping("Profile 20 columns", Lane.ENGINE, "Profiling", profiling);
        assertTrue(profiling.await(10, TimeUnit.SECONDS));
        ui.pumpUntil(() -> vm.messageProperty().get().startsWith("Profiling"));
        assertEquals("Profile 20 columns", vm.jobNameProperty().get());

        CountDownLatch importing = new CountDownLatch(1);
        JobHandle<Void> imp = looping("Import big.csv", Lane.IO, "Reading", importing);
        assertTrue(importing.await(10, TimeUnit.SECONDS));
        ui.pumpUntil(() -> vm.messageProperty().get().startsWith("Reading"));
        assertEquals("Import big.csv  (+1 more)", vm.jobNameProperty().get(), "the import the user just started");

        vm.cancelCurrent();
        ui.pumpUntil(() -> vm.jobNameProperty().get().equals("Profile 20 columns"));
        assertEquals(JobState.CANCELLED, imp.state());
        assertEquals(JobState.RUNNING, profile.state(), "the older profile goes on");
        assertTrue(vm.busyProperty().get());

        vm.cancelCurrent();
        ui.pumpUntil(() -> !vm.busyProperty().get());
        assertEquals(JobState.CANCELLED, profile.state());
    }
}
