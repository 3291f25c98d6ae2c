package com.mstudio.engine.runtime;

import com.mstudio.engine.api.EngineDiagnostics;
import com.mstudio.engine.api.JobListener;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** The in-app measurement runs on the engine thread, compares the settings, and leaves the studio's setting in place. */
class EngineDiagnosticsTest {
    @Test
    void measuresBothSettingsAndRestoresTheStudiosChoice() throws Exception {
        try (JobEngine engine = new JobEngine()) {
            engine.nativeSetup().get(120, TimeUnit.SECONDS);
            EngineDiagnostics diagnostics = new EngineDiagnosticsService(engine);
            EngineDiagnostics.EngineInfo info = diagnostics.info();
            assertNotNull(info);
            assertEquals(NativeThreading.recommendedThreads(info.cores()), info.chosenThreads());

            EngineDiagnostics.ThreadingReport report = diagnostics.measureThreading(Runnable::run, new JobListener<>() {}).await();
            assertFalse(report.runs().isEmpty());
            for (EngineDiagnostics.ThreadingRun run : report.runs()) {
                assertTrue(run.secondsPerEpoch() > 0 && run.gemmGflops() > 0, run.toString());
            }
            int threadsAfter = engine.submit("read threads", ctx ->
                    org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads()).await();
            assertEquals(info.chosenThreads(), threadsAfter);
        }
    }
}
