package com.mstudio.ui;

import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.EngineDiagnostics;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.ProfileService;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.creatives.CreativeServices;

import java.util.Objects;

/**
 * Everything the UI needs from the outside world, as engine-api interfaces. The app's composition root builds
 * one and hands it to {@link StudioUi}; tests build one with the real engine and a workspace in a temp folder.
 *
 * @param jobs          runs every long operation; the status bar observes its submissions
 * @param importer      CSV preview and import
 * @param profiles      column profiles for the data screen's Profile tab
 * @param exports       CSV export of the dataset on screen
 * @param segments      customer segmentation for the Segments screen (k-means, RFM, kept models, export)
 * @param propensity    churn and purchase models for the Propensity screen (training, evaluation, scoring, kept models)
 * @param copy          ad copy classification for the Copy screen (training, playground, batch, kept models)
 * @param diagnostics   the engine's setup and its in-app threading measurement (the sidebar's "Engine" dialog)
 * @param workspace     the open workspace: imports are kept in it, and the UI reopens as it was left from it
 * @param samples       the one-click sample files
 * @param workspaceName shown in the window title (the workspace folder's name when null)
 * @param creatives     the Creatives screen's services (GAN/VAE training and generation, image sets, demo models);
 *                      null in builds and tests without them: the screen then says so
 */
public record UiServices(JobRunner jobs, ImportService importer, ProfileService profiles, ExportService exports,
                         SegmentService segments, PropensityService propensity, CopyService copy, EngineDiagnostics diagnostics, Workspace workspace, SampleCatalog samples,
                         String workspaceName, CreativeServices creatives) {
    public UiServices {
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(importer, "importer");
        Objects.requireNonNull(profiles, "profiles");
        Objects.requireNonNull(exports, "exports");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(propensity, "propensity");
        Objects.requireNonNull(copy, "copy");
        Objects.requireNonNull(diagnostics, "diagnostics");
        Objects.requireNonNull(workspace, "workspace");
        samples = samples == null ? SampleCatalog.none() : samples;
        if (workspaceName == null || workspaceName.isBlank()) {
            var folderName = workspace.folder() == null ? null : workspace.folder().getFileName();
            workspaceName = folderName == null ? "Untitled workspace" : folderName.toString();
        }
    }
}
