package com.mstudio.ui.common;

import com.mstudio.engine.api.Job;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.KeptModels;
import com.mstudio.engine.api.Lane;

import java.util.List;

/**
 * Brings a screen's kept models back from the workspace on the I/O lane (model zips are files: never read on the FX
 * thread) and says what could not be read. Unreadable files are named: as an error when nothing could be read, as a
 * notice next to the models that could. Starting a training supersedes a read still under way ({@link #cancel}). UI
 * thread only.
 *
 * @param <M> the model record
 */
public final class KeptModelsReader<M> {
    /** Where the read models and the sentences about them go. */
    public interface Screen<M> {
        /** False once something newer (a training result) is on screen: a late read must not replace it. */
        boolean wantsKept();

        void showKept(List<M> models);

        void keptError(String title, String message);

        void keptNotice(String message);
    }

    private final LatestJob read = new LatestJob();
    private final JobRunner jobs;
    private final UiBridge bridge;
    private final String what;
    private final Screen<M> screen;

    /** @param what the models in plain words, plural ("copy classifiers", "models") */
    public KeptModelsReader(JobRunner jobs, UiBridge bridge, String what, Screen<M> screen) {
        this.jobs = jobs;
        this.bridge = bridge;
        this.what = what;
        this.screen = screen;
    }

    public void read(Job<KeptModels<M>> job) {
        long gen = read.next();
        read.started(gen, jobs.submit("Reading your saved " + what, Lane.IO, job, bridge.source(),
                bridge.listener(read.listener(gen, p -> { }, this::done))));
    }

    public void cancel() {
        read.cancel();
    }

    private void done(JobOutcome<KeptModels<M>> outcome) {
        String title = "Your saved " + what + " could not be read";
        if (outcome instanceof JobOutcome.Failed<KeptModels<M>> f) {
            screen.keptError(title, f.message());
            return;
        }
        if (!(outcome instanceof JobOutcome.Succeeded<KeptModels<M>> s) || !screen.wantsKept()) return;
        KeptModels<M> kept = s.value();
        if (!kept.models().isEmpty()) screen.showKept(kept.models());
        if (kept.unreadable().isEmpty()) return;
        String why = String.join(" ", kept.unreadable());
        if (kept.models().isEmpty()) screen.keptError(title, why);
        else screen.keptNotice("Some of your saved " + what + " could not be read, so only the others are shown. " + why);
    }
}
