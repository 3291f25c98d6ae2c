package com.mstudio.ui.common;

import com.mstudio.engine.api.JobListener;

import java.util.concurrent.Executor;

/**
 * How view models receive engine events: the job calls the returned listener on its own thread (so the engine
 * passes it with {@link #source()}), and the wrapped listener runs on the UI thread, coalesced. In the app the UI
 * thread is the FX thread; in view-model tests it is the calling thread, so tests need no toolkit.
 */
public final class UiBridge {
    private static final Executor DIRECT = Runnable::run;
    private final Executor ui;

    public UiBridge(Executor ui) {
        this.ui = ui;
    }

    /** The FX bridge used by the app. */
    public static UiBridge fx() {
        return new UiBridge(new FxExecutor());
    }

    /** Everything inline on the calling thread: for tests and for view models used without a scene. */
    public static UiBridge direct() {
        return new UiBridge(DIRECT);
    }

    /** The executor to hand to the engine together with {@link #listener}: the coalescer is cheap and thread-safe. */
    public Executor source() {
        return DIRECT;
    }

    /** The UI executor itself, for work that must run on the UI thread (e.g. a submission observer). */
    public Executor ui() {
        return ui;
    }

    public <R> JobListener<R> listener(JobListener<R> onUiThread) {
        return new CoalescingListener<>(onUiThread, ui);
    }
}
