package com.mstudio.ui.shell;

import com.mstudio.engine.api.EngineDiagnostics.EngineInfo;
import com.mstudio.engine.api.EngineDiagnostics.ThreadingReport;
import com.mstudio.engine.api.EngineDiagnostics.ThreadingRun;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The dialog's wording for the setups and results a marketer's machine can have (the live path: EngineDialogTest). */
class EngineViewModelTest {
    @Test
    void describesTheSetupInOneLine() {
        assertEquals("ND4J ready in 2.3 s · 2 cores · 1 OpenMP thread (ND4J default: 2)",
                EngineViewModel.describe(new EngineInfo(2, 2, 1, 2.34)));
        assertEquals("ND4J ready in 0.9 s · 1 core · 4 OpenMP threads (ND4J default: 8)",
                EngineViewModel.describe(new EngineInfo(1, 8, 4, 0.9)));
    }

    @Test
    void saysPlainlyWhenNd4jCouldNotStartAndStopsWaiting() {
        // A real engine started without ND4J: its diagnostics report the problem instead of "loading…" forever.
        try (var engine = new com.mstudio.engine.runtime.JobEngine(new com.mstudio.engine.runtime.JobEngine.Config(0, false, 1))) {
            EngineViewModel vm = new EngineViewModel(new com.mstudio.engine.runtime.EngineDiagnosticsService(engine),
                    new com.mstudio.ui.common.UiBridge(Runnable::run));
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!vm.refresh() && System.nanoTime() < deadline) Thread.onSpinWait();
            assertEquals("ND4J could not start: This engine was started without ND4J.", vm.setupProperty().get());
            assertEquals(false, vm.readyProperty().get());
        }
    }

    private static ThreadingReport report(int chosen, double defaultSeconds, double oursSeconds) {
        return new ThreadingReport(8, chosen, 20_000, 3, List.of(
                new ThreadingRun(8, defaultSeconds, 20_000 / defaultSeconds, 10),
                new ThreadingRun(chosen, oursSeconds, 20_000 / oursSeconds, 30)));
    }

    @Test
    void saysWhichSettingTrainsFaster() {
        assertEquals("The studio's setting trains 4.8× faster than ND4J's default on this machine.",
                EngineViewModel.verdict(report(4, 4.8, 1.0)));
        assertEquals("ND4J's default trains 2.0× faster than the studio's setting on this machine.",
                EngineViewModel.verdict(report(4, 1.0, 2.0)));
        assertEquals("The studio's setting and ND4J's default train at about the same speed on this machine.",
                EngineViewModel.verdict(report(4, 1.0, 1.02)));
        assertEquals("The studio uses ND4J's default (8 threads) on this machine, so there is only one setting to measure.",
                EngineViewModel.verdict(new ThreadingReport(8, 8, 20_000, 3, List.of(new ThreadingRun(8, 1, 20_000, 10)))));
    }
}
