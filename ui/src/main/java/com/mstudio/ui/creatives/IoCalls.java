package com.mstudio.ui.creatives;

import com.mstudio.engine.api.Job;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.ui.common.UiBridge;

import java.util.function.Consumer;

/**
 * Runs the services' plain file calls (favourites, kept models, PNG writing) as jobs on the I/O lane, so no file is
 * read or written on the FX thread; the outcome comes back on the UI thread.
 */
final class IoCalls {
    private final JobRunner jobs;
    private final UiBridge bridge;

    IoCalls(JobRunner jobs, UiBridge bridge) {
        this.jobs = jobs;
        this.bridge = bridge;
    }

    <R> JobHandle<R> run(String name, Job<R> job, Consumer<JobOutcome<R>> done) {
        return run(name, job, new JobListener<>() {
            @Override public void onFinished(JobOutcome<R> outcome) {
                done.accept(outcome);
            }
        });
    }

    <R> JobHandle<R> run(String name, Job<R> job, JobListener<R> onUiThread) {
        return jobs.submit(name, Lane.IO, job, bridge.source(), bridge.listener(onUiThread));
    }
}
