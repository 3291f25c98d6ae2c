package com.mstudio.engine.api;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Submits jobs. Every long operation in the studio goes through this. */
public interface JobRunner {
    /**
     * Queues {@code job}. {@code listener}'s events arrive in order on {@code events}: the UI passes an executor
     * that hops to the FX thread, tests and the CLI pass {@code Runnable::run}. The listener is attached before the
     * job can start, so it sees every event.
     */
    <R> JobHandle<R> submit(String name, Lane lane, Job<R> job, Executor events, JobListener<? super R> listener);

    default <R> JobHandle<R> submit(String name, Job<R> job, Executor events, JobListener<? super R> listener) {
        return submit(name, Lane.ENGINE, job, events, listener);
    }

    default <R> JobHandle<R> submit(String name, Job<R> job) {
        return submit(name, Lane.ENGINE, job, Runnable::run, new JobListener<R>() {});
    }

    /** Tells {@code observer} (on {@code events}) about every job submitted from now on, e.g. for a status bar. */
    void observeSubmissions(Executor events, Consumer<JobHandle<?>> observer);
}
