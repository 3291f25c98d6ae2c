package com.mstudio.ui;

import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.ProfileService;

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
 */
public record UiServices(JobRunner jobs, ImportService importer, ProfileService profiles, SampleCatalog samples,
                         String workspaceName) {
    public UiServices {
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(profiles, "profiles");
        samples = samples == null ? SampleCatalog.none() : samples;
        workspaceName = workspaceName == null || workspaceName.isBlank() ? "Untitled workspace" : workspaceName;
    }
}
