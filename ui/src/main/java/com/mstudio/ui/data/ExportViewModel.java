package com.mstudio.ui.data;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.ui.common.ExportStatus;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import java.nio.file.Path;
import java.util.List;

/**
 * "Export CSV…" of the imported screen: writes the view the user sees (masked columns stay masked unless shown in
 * clear) as a job with progress and cancel, then one line saying where the file went or why it did not.
 */
public final class ExportViewModel implements ExportStatus {
    private final ExportService exports;
    private final UiBridge bridge;
    private final DataViewModel data;
    private final LatestJob job = new LatestJob();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");

    public ExportViewModel(ExportService exports, UiBridge bridge, DataViewModel data) {
        this.exports = exports;
        this.bridge = bridge;
        this.data = data;
        // The line describes the dataset it was about; another dataset starts without it.
        data.datasetProperty().addListener((o, was, now) -> {
            if (was == null || now == null || !was.entry().id().equals(now.entry().id())) clearMessage();
        });
    }

    /** The file name the save dialog proposes: {@code <dataset>-export.csv}. */
    public String suggestedFileName() {
        LoadedDataset ds = data.datasetProperty().get();
        String name = ds == null ? "dataset" : ds.entry().name().replaceAll("[\\\\/:*?\"<>|]", "_");
        return name + "-export.csv";
    }

    /** Writes the shown view to {@code file}; ignored while another export runs or when nothing is shown. */
    public void export(Path file) {
        LoadedDataset ds = data.datasetProperty().get();
        if (ds == null || file == null || job.isActive()) return;
        DataTable view = ds.view();
        long gen = job.next();
        running.set(true);
        failed.set(false);
        progress.set(-1);
        message.set("Exporting " + Formats.count(view.rowCount()) + " rows to " + file.getFileName() + "…");
        // Said after the export too: personal data shown in clear leaves the app in clear.
        List<String> inClear = ds.entry().maskedColumns().stream().filter(ds.unmaskedColumns()::contains).toList();
        JobHandle<Path> h = exports.exportCsv(view, file, bridge.source(), bridge.listener(
                job.<Path>listener(gen, p -> progress.set(p.isIndeterminate() ? -1 : p.fraction()),
                        o -> done(o, view, file, inClear))));
        job.started(gen, h);
    }

    private void done(JobOutcome<Path> outcome, DataTable view, Path file, List<String> inClear) {
        running.set(false);
        if (outcome instanceof JobOutcome.Succeeded<Path> s) {
            message.set("Exported " + Formats.count(view.rowCount()) + " rows to " + s.value()
                    + (inClear.isEmpty() ? "" : " (in clear: " + String.join(", ", inClear) + ")"));
        } else if (outcome instanceof JobOutcome.Failed<Path> f) {
            failed.set(true);
            message.set("The export failed: " + f.message());
        } else {
            cancelled(file);
        }
    }

    /** Cancels a running export; the engine writes atomically, so no half file is left behind. */
    @Override
    public void cancel() {
        if (!job.isActive()) return;
        job.cancel();
        running.set(false);
        cancelled(null);
    }

    private void cancelled(Path file) {
        message.set("Export cancelled; " + (file == null ? "no file" : file.getFileName()) + " was not written.");
    }

    @Override
    public void clearMessage() {
        if (!running.get()) {
            message.set("");
            failed.set(false);
        }
    }

    @Override public ReadOnlyBooleanProperty runningProperty() { return running; }
    /** Whether the line is a failure (shown in the danger colour). */
    @Override public ReadOnlyBooleanProperty failedProperty() { return failed; }
    @Override public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** "Exported 7,043 rows to …", the plain failure, or "" when there is nothing to say. */
    @Override public ReadOnlyStringProperty messageProperty() { return message; }
}
