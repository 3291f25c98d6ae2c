package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.Progress;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Sits on the engine thread in front of the UI's coalescing listener. The coalescer keeps only the newest preview,
 * which is right for preview grids (an older grid is stale) but would lose a warning or a checkpoint that arrives in
 * the same batch as a grid. So those two are posted to the UI one by one; everything else goes to the coalescer.
 */
final class TrainingEvents<R> implements JobListener<R> {
    private final JobListener<R> coalesced;
    private final Executor ui;
    private final Consumer<Preview> oneByOne;

    TrainingEvents(JobListener<R> coalesced, Executor ui, Consumer<Preview> oneByOne) {
        this.coalesced = coalesced;
        this.ui = ui;
        this.oneByOne = oneByOne;
    }

    @Override public void onStarted() { coalesced.onStarted(); }
    @Override public void onProgress(Progress p) { coalesced.onProgress(p); }
    @Override public void onMetric(Metric m) { coalesced.onMetric(m); }

    @Override public void onPreview(Preview p) {
        if (CreativeService.PREVIEW_WARNING.equals(p.kind()) || CreativeService.PREVIEW_CHECKPOINT.equals(p.kind())) {
            ui.execute(() -> oneByOne.accept(p));
        } else {
            coalesced.onPreview(p);
        }
    }

    @Override public void onFinished(JobOutcome<R> o) { coalesced.onFinished(o); }
}
