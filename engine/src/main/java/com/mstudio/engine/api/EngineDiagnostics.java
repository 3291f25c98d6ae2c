package com.mstudio.engine.api;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * What the engine runs on, and a measurement of its threading setting taken inside the running app, on the engine
 * thread (a bare benchmark can differ: DL4J's throughput changed tenfold with the calling thread in deeplearning4j#9320).
 */
public interface EngineDiagnostics {
    /** The engine's setup once ND4J is loaded, or null while it is still loading (or failed to load). */
    EngineInfo info();

    /** Why ND4J could not be loaded, in plain words; null while it loads or once it is ready. */
    String loadProblem();

    /** Trains the brief's small MLP with ND4J's default threads and with the studio's setting, and compares them. */
    JobHandle<ThreadingReport> measureThreading(Executor events, JobListener<? super ThreadingReport> listener);

    /** @param loadSeconds how long ND4J took to load on the engine thread */
    record EngineInfo(int cores, int defaultThreads, int chosenThreads, double loadSeconds) {}

    /** One measured setting: seconds per epoch of the MLP and fp32 GEMM speed. */
    record ThreadingRun(int threads, double secondsPerEpoch, double rowsPerSecond, double gemmGflops) {}

    record ThreadingReport(int cores, int chosenThreads, int rows, int epochs, List<ThreadingRun> runs) {
        /** How many times faster the studio's setting trains than ND4J's default; NaN with a single run. */
        public double speedup() {
            ThreadingRun def = null, ours = null;
            for (ThreadingRun r : runs) {
                if (r.threads() == chosenThreads) ours = r; else def = r;
            }
            return def == null || ours == null ? Double.NaN : def.secondsPerEpoch() / ours.secondsPerEpoch();
        }
    }
}
