package com.mstudio.ui.segments;

import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.ui.common.EngineExport;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Segments screen's "Export…": the segmented CSV and the one-page report of the result on screen, written by the
 * engine as a job (progress, Cancel), then one line naming what was written; and the line for the charts saved as PNG.
 */
public final class SegmentExportViewModel extends EngineExport {
    private final SegmentService segments;
    private final ObservableValue<SegmentationResult> result;

    public SegmentExportViewModel(SegmentService segments, UiBridge bridge, ObservableValue<SegmentationResult> result) {
        super(bridge);
        this.segments = segments;
        this.result = result;
    }

    /** Writes segmented.csv and segment-report.html into {@code folder}; ignored while one runs or with no result. */
    public void export(Path folder) {
        SegmentationResult r = result.getValue();
        if (r == null || folder == null || busy()) return;
        run("Writing the segmented CSV and the report to " + folder + "…",
                listener -> segments.export(r, folder, bridge().source(), listener),
                (List<Path> files) -> "Wrote " + names(files) + " to " + folder);
    }

    /** Called by the view after it saved the charts (PNG needs the scene graph, so the view writes them). */
    public void chartsWritten(List<Path> files, Path folder) {
        say("Saved " + files.size() + " charts as PNG (" + names(files) + ") to " + folder, false);
    }

    public void chartsFailed(String why) {
        say("The charts could not be saved: " + why, true);
    }

    private static String names(List<Path> files) {
        return files.stream().map(p -> String.valueOf(p.getFileName())).collect(Collectors.joining(", "));
    }
}
