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

    /**
     * The native threads for a model whose products are large (4×4 convolutions over image batches: hundreds of MFLOP
     * each), with this many logical cores. Unlike the small products of the classic models, these split well over
     * every core: a DCGAN epoch took 200 s on one thread and 158 s on two on a 2-core laptop (docs/benchmarks.md).
     */
    public static int largeProductThreads(int cores) {
        if (cores <= 2) return Math.max(1, cores);
        return recommendedThreads(cores);
    }

    /** A thread count set for a while; {@link #close} puts the one before it back. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private static final Scope UNCHANGED = () -> {};
    /** Set by {@link #pin}: every {@link #use} keeps this count (the bench compares presets at one fixed setting). */
    private static volatile int pinned;

    /**
     * Runs with {@code threads} native threads until the scope closes, then with the count from before (also when the
     * work in between failed or was cancelled: close it in a finally). While {@link #pin pinned}, changes nothing.
     * Engine thread only.
     */
    public static Scope use(int threads) {
        EngineThreads.requireEngineThread();
        int before = currentThreads();
        if (pinned > 0 || threads < 1 || threads == before) return UNCHANGED;
        setThreads(threads);
        return () -> setThreads(before);
    }

    /** Sets the threads and keeps them for every model, whatever it asks through {@link #use}, until {@link #unpin}. */
    public static void pin(int threads) {
        setThreads(threads);
        pinned = threads;
    }

    /** Ends {@link #pin} and sets {@code threads} (the studio's own count). */
    public static void unpin(int threads) {
        pinned = 0;
        setThreads(threads);
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

    /**
     * The native threads an op started from the calling thread runs with (OpenMP keeps the count per thread). Any
     * thread: a network asks it to split its own loops the same way as its products.
     */
    public static int threadsOfThisThread() {
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
        String waitPolicy = OmpWaitPolicy.passiveUnlessSet(); // before libgomp loads with the backend
        Nd4j.getBackend(); // setOmpNumThreads only works once the backend is loaded
        var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
        int before = ops.ompGetMaxThreads();
        int cores = Runtime.getRuntime().availableProcessors();
        int chosen = requested > 0 ? requested : recommendedThreads(cores);
        ops.setOmpNumThreads(chosen);
        Nd4j.factory().blas().setMaxThreads(chosen); // OpenBLAS keeps its own count; one pool sized to the cores

        double secs = (System.nanoTime() - t0) / 1e9;
        log.info("ND4J ready in {} s: {} cores, OpenMP threads {} -> {}, OMP_WAIT_POLICY {}", String.format("%.2f", secs), cores,
                before, chosen, waitPolicy == null ? "not set (default: spin)" : waitPolicy);
        return new Setup(cores, before, chosen, secs);
    }
}
