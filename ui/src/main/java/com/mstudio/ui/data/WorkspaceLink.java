package com.mstudio.ui.data;

import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;

import java.util.List;
import java.util.function.Consumer;

/**
 * The data screen's link to the open workspace: keeps every successful import there (the engine masks personal data
 * by default) and reopens the active dataset at start. Without a workspace (tests, demos) it does nothing, and imports
 * live in memory only. UI thread only; the jobs' ends arrive through the bridge.
 */
final class WorkspaceLink {
    private final Workspace workspace;
    private final UiBridge bridge;
    private final LatestJob job = new LatestJob();

    WorkspaceLink(Workspace workspace, UiBridge bridge) {
        this.workspace = workspace;
        this.bridge = bridge;
    }

    boolean present() {
        return workspace != null;
    }

    boolean busy() {
        return job.isActive();
    }

    void keep(String name, ImportResult imported, Consumer<JobOutcome<LoadedDataset>> done) {
        long gen = job.next();
        job.started(gen, workspace.keepImport(name, imported, bridge.source(), listener(gen, done)));
    }

    void openActive(Consumer<JobOutcome<LoadedDataset>> done) {
        long gen = job.next();
        JobHandle<LoadedDataset> h = workspace.openActive(bridge.source(), listener(gen, done));
        job.started(gen, h);
    }

    void cancel() {
        job.cancel();
    }

    private JobListener<LoadedDataset> listener(long gen, Consumer<JobOutcome<LoadedDataset>> done) {
        return bridge.listener(job.listener(gen, p -> { }, done));
    }

    /** The line above a dataset that names its masked columns, or "" when none are. */
    static String maskedNote(LoadedDataset d) {
        List<String> masked = d.tables().maskedColumns().stream()
                .filter(c -> !d.entry().unmaskedColumns().contains(c)).toList();
        return masked.isEmpty() ? "" : "Personal data masked in " + String.join(", ", masked)
                + ": the values shown are stable codes, the originals stay in the workspace.";
    }
}
