package com.mstudio.engine.runtime;

/**
 * Identifies the engine thread. Code that holds ND4J/DL4J objects calls {@link #requireEngineThread()} at its
 * entry points, because DL4J models are not thread-safe and a call from another thread corrupts them silently
 * (DL4J #9993).
 */
public final class EngineThreads {
    public static final String ENGINE_THREAD_NAME = "studio-engine";

    private EngineThreads() {}

    /** The one thread that may touch ND4J. Only {@link JobEngine} creates it. */
    static final class EngineThread extends Thread {
        EngineThread(Runnable body) {
            super(body, ENGINE_THREAD_NAME);
            setDaemon(true);
        }
    }

    public static boolean isEngineThread() {
        return Thread.currentThread() instanceof EngineThread;
    }

    public static void requireEngineThread() {
        if (!isEngineThread()) {
            throw new IllegalStateException("Model code ran on thread '" + Thread.currentThread().getName()
                    + "'; it must run as a job on the " + ENGINE_THREAD_NAME + " thread");
        }
    }
}
