package com.mstudio.ui;

import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.ProfileService;
import com.mstudio.engine.api.Workspace;

import java.util.Objects;

/**
 * Everything the UI needs from the outside world, as engine-api interfaces. The app's composition root builds
 * one and hands it to {@link StudioUi}; tests build one with fakes or with the real engine.
 *
 * @param jobs          runs every long operation; the status bar observes its submissions
 * @param importer      CSV preview and import
 * @param profiles      column profiles for the data screen's Profile tab
 * @param samples       the one-click sample files
 * @param workspaceName shown in the window title
 * @param workspace     where imports are kept (personal data masked) and the active dataset is reopened from at
 *                      start; null keeps imports in memory only
 */
public record UiServices(JobRunner jobs, ImportService importer, ProfileService profiles, SampleCatalog samples,
                         String workspaceName, Workspace workspace) {
    public UiServices {
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(profiles, "profiles");
        samples = samples == null ? SampleCatalog.none() : samples;
        workspaceName = workspaceName == null || workspaceName.isBlank() ? "Untitled workspace" : workspaceName;
    }

    /** Without a workspace: imports live in memory only (tests, demos). */
    public UiServices(JobRunner jobs, ImportService importer, ProfileService profiles, SampleCatalog samples,
                      String workspaceName) {
        this(jobs, importer, profiles, samples, workspaceName, null);
    }
}
