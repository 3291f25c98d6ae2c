package com.mstudio.ui.data;

import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Progress;
import com.mstudio.ui.common.LatestJob;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/**
 * Routes one job's events (on the UI thread) to a screen's progress and message, and its end to {@code done}; events
 * of a job that a newer one of the same slot superseded are ignored, so a late result never overwrites a newer one.
 */
final class SlotListener<R> implements JobListener<R> {
    private final long gen;
    private final LatestJob slot;
    private final DoubleProperty progress;
    private final StringProperty message;
    private final Consumer<JobOutcome<R>> done;

    SlotListener(long gen, LatestJob slot, DoubleProperty progress, StringProperty message, Consumer<JobOutcome<R>> done) {
        this.gen = gen;
        this.slot = slot;
        this.progress = progress;
        this.message = message;
        this.done = done;
    }

    @Override public void onProgress(Progress p) {
        if (!slot.isCurrent(gen)) return;
        progress.set(p.isIndeterminate() ? -1 : p.fraction());
        if (p.message() != null && !p.message().isBlank()) message.set(p.message());
    }

    @Override public void onFinished(JobOutcome<R> outcome) {
        if (!slot.isCurrent(gen)) return;
        slot.finished(gen);
        done.accept(outcome);
    }
}
