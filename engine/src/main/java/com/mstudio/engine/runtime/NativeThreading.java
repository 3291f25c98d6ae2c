package com.mstudio.engine.runtime;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ND4J's OpenMP pool busy-waits by default and fights the JIT, the GC and the FX thread for the cores. On a 2-core
 * laptop that made the same training 2-15x slower (TOOLCHAIN.md). This sizes the pool once, on the engine thread,
 * before any model work.
 */
public final class NativeThreading {
    private static final Logger log = LoggerFactory.getLogger(NativeThreading.class);

    private NativeThreading() {}

    /** The OpenMP thread count we choose for a machine with this many logical cores. */
    public static int recommendedThreads(int cores) {
        if (cores <= 2) return 1;
        return Math.max(1, cores / 2); // logical cores are usually hyper-threads: one OpenMP thread per physical core
    }

    /** Sets the threads again (the bench command compares settings inside the running engine). Engine thread only. */
    public static void setThreads(int threads) {
        EngineThreads.requireEngineThread();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** The OpenMP thread count ND4J runs with now, read back from the native side (bench output). Engine thread only. */
    public static int currentThreads() {
        EngineThreads.requireEngineThread();
        return NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
    }

    /** What the engine found and chose, for diagnostics and the bench command. */
    public record Setup(int cores, int defaultThreads, int chosenThreads, double initSeconds) {}

    /**
     * Initialises ND4J and sets its OpenMP threads. {@code requested} <= 0 means {@link #recommendedThreads}.
     * Must run on the engine thread.
     */
    public static Setup configure(int requested) {
        EngineThreads.requireEngineThread();
        long t0 = System.nanoTime();
        Nd4j.getBackend(); // setOmpNumThreads only works once the backend is loaded
        var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        int before = ops.ompGetMaxThreads();
        int cores = Runtime.getRuntime().availableProcessors();
        int chosen = requested > 0 ? requested : recommendedThreads(cores);
        ops.setOmpNumThreads(chosen);
        Nd4j.factory().blas().setMaxThreads(chosen); // OpenBLAS keeps its own count; one pool sized to the cores

        double secs = (System.nanoTime() - t0) / 1e9;
        log.info("ND4J ready in {} s: {} cores, OpenMP threads {} -> {}", String.format("%.2f", secs), cores, before, chosen);
        return new Setup(cores, before, chosen, secs);
    }
}
