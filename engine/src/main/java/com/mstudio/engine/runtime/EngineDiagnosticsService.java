package com.mstudio.engine.runtime;

import com.mstudio.engine.api.EngineDiagnostics;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Lane;

import java.util.concurrent.Executor;

/** {@link EngineDiagnostics} over the running {@link JobEngine}. */
public final class EngineDiagnosticsService implements EngineDiagnostics {
    static final int ROWS = 20_000;
    static final int EPOCHS = 3;
    private final JobEngine engine;

    public EngineDiagnosticsService(JobEngine engine) {
        this.engine = engine;
    }

    @Override
    public EngineInfo info() {
        var setup = engine.nativeSetup();
        if (!setup.isDone() || setup.isCompletedExceptionally() || setup.isCancelled()) return null;
        NativeThreading.Setup s = setup.join();
        return new EngineInfo(s.cores(), s.defaultThreads(), s.chosenThreads(), s.initSeconds());
    }

    @Override
    public String loadProblem() {
        var setup = engine.nativeSetup();
        if (setup.isCancelled()) return "This engine was started without ND4J.";
        if (!setup.isCompletedExceptionally()) return null;
        try {
            setup.join();
            return null;
        } catch (java.util.concurrent.CompletionException e) {
            return FailureMessages.plainWords(e.getCause() == null ? e : e.getCause());
        }
    }

    @Override
    public JobHandle<ThreadingReport> measureThreading(Executor events, JobListener<? super ThreadingReport> listener) {
        return engine.submit("Measure engine threading", Lane.ENGINE, ctx -> {
            EngineBenchmark.Result r = EngineBenchmark.measure(ctx, ROWS, EPOCHS);
            return new ThreadingReport(r.cores(), r.chosenThreads(), r.rows(), r.epochs(), r.runs().stream()
                    .map(x -> new ThreadingRun(x.threads(), x.mlpSecondsPerEpoch(), x.mlpRowsPerSecond(), x.gemmGflops()))
                    .toList());
        }, events, listener);
    }
}
