package com.mstudio.ui.common;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Progress;

import java.util.function.Consumer;

/**
 * "Latest wins" for one kind of job (e.g. the CSV preview): starting a new one cancels the one it supersedes, and
 * events of a superseded job are recognised by their generation and ignored, so a slow old result can never
 * overwrite a newer one. Used from the UI thread only.
 */
public final class LatestJob {
    private JobHandle<?> current;
    private long generation;

    /** Cancels the running job, if any, and returns the generation the next job must carry. */
    public long next() {
        cancel();
        return ++generation;
    }

    /** Records the handle of the job started for {@code gen}; cancels it at once if it is already superseded. */
    public void started(long gen, JobHandle<?> handle) {
        if (gen != generation) {
            handle.cancel();
            return;
        }
        current = handle;
    }

    public boolean isCurrent(long gen) {
        return gen == generation;
    }

    /** Whether a job of this kind is running (or queued). */
    public boolean isActive() {
        return current != null && !current.state().isFinal();
    }

    /** Marks {@code gen} as ended (its handle no longer needs cancelling). */
    public void finished(long gen) {
        if (gen == generation) current = null;
    }

    /**
     * A listener for the job of generation {@code gen}: it passes progress and the end on only while that job is
     * still the current one, and marks it ended. Wrap it with {@link UiBridge#listener} to get it on the UI thread.
     */
    public <R> JobListener<R> listener(long gen, Consumer<Progress> progress, Consumer<JobOutcome<R>> done) {
        return new JobListener<>() {
            @Override public void onProgress(Progress p) {
                if (isCurrent(gen)) progress.accept(p);
            }

            @Override public void onFinished(JobOutcome<R> outcome) {
                if (!isCurrent(gen)) return;
                finished(gen);
                done.accept(outcome);
            }
        };
    }

    /** Cancels the current job and makes every earlier generation stale. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            current = null;
        }
        generation++;
    }
}
