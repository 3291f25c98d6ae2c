package com.mstudio.ui.segments;

import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.ui.common.ExportStatus;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Segments screen's "Export…": the segmented CSV and the one-page report of the result on screen, written by the
 * engine as a job (progress, Cancel), then one line naming what was written; and the line for the charts saved as PNG.
 */
public final class SegmentExportViewModel implements ExportStatus {
    private final SegmentService segments;
    private final UiBridge bridge;
    private final ObservableValue<SegmentationResult> result;
    private final LatestJob job = new LatestJob();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");

    public SegmentExportViewModel(SegmentService segments, UiBridge bridge, ObservableValue<SegmentationResult> result) {
        this.segments = segments;
        this.bridge = bridge;
        this.result = result;
    }

    /** Writes segmented.csv and segment-report.html into {@code folder}; ignored while one runs or with no result. */
    public void export(Path folder) {
        SegmentationResult r = result.getValue();
        if (r == null || folder == null || job.isActive()) return;
        long gen = job.next();
        running.set(true);
        failed.set(false);
        progress.set(-1);
        message.set("Writing the segmented CSV and the report to " + folder + "…");
        JobHandle<List<Path>> h = segments.export(r, folder, bridge.source(), bridge.listener(job.<List<Path>>listener(gen,
                p -> progress.set(p.isIndeterminate() ? -1 : p.fraction()), o -> done(o, folder))));
        job.started(gen, h);
    }

    private void done(JobOutcome<List<Path>> outcome, Path folder) {
        running.set(false);
        if (outcome instanceof JobOutcome.Succeeded<List<Path>> s) {
            message.set("Wrote " + names(s.value()) + " to " + folder);
        } else if (outcome instanceof JobOutcome.Failed<List<Path>> f) {
            failed.set(true);
            message.set("The export failed: " + f.message());
        } else {
            message.set("Export cancelled; nothing was written.");
        }
    }

    /** Called by the view after it saved the charts (PNG needs the scene graph, so the view writes them). */
    public void chartsWritten(List<Path> files, Path folder) {
        failed.set(false);
        message.set("Saved " + files.size() + " charts as PNG (" + names(files) + ") to " + folder);
    }

    public void chartsFailed(String why) {
        failed.set(true);
        message.set("The charts could not be saved: " + why);
    }

    @Override
    public void cancel() {
        if (!job.isActive()) return;
        job.cancel();
        running.set(false);
        message.set("Export cancelled; nothing was written.");
    }

    @Override
    public void clearMessage() {
        if (running.get()) return;
        message.set("");
        failed.set(false);
    }

    private static String names(List<Path> files) {
        return files.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    }

    @Override public ReadOnlyBooleanProperty runningProperty() { return running; }
    @Override public ReadOnlyBooleanProperty failedProperty() { return failed; }
    @Override public ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** "Wrote segmented.csv, segment-report.html to …", the plain failure, or "". */
    @Override public ReadOnlyStringProperty messageProperty() { return message; }
}
