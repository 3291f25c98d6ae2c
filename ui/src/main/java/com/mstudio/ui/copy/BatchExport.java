package com.mstudio.ui.copy;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.ui.common.ExportStatus;
import com.mstudio.ui.common.Formats;
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

/** The batch's "Export CSV…": the labelled table written by the engine as a job, then one line naming the file. */
public final class BatchExport implements ExportStatus {
    private final ExportService exports;
    private final UiBridge bridge;
    private final ObservableValue<DataTable> labelled;
    private final LatestJob job = new LatestJob();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");

    BatchExport(ExportService exports, UiBridge bridge, ObservableValue<DataTable> labelled) {
        this.exports = exports;
        this.bridge = bridge;
        this.labelled = labelled;
        labelled.addListener(o -> clearMessage());
    }

    /** Writes the labelled table to {@code file}; ignored with nothing labelled or while an export runs. */
    public void export(Path file) {
        DataTable t = labelled.getValue();
        if (t == null || file == null || job.isActive()) return;
        long gen = job.next();
        running.set(true);
        failed.set(false);
        progress.set(-1);
        message.set("Writing " + file.getFileName() + "…");
        JobHandle<Path> h = exports.exportCsv(t, file, bridge.source(), bridge.listener(job.<Path>listener(gen,
                p -> progress.set(p.isIndeterminate() ? -1 : p.fraction()), o -> {
                    running.set(false);
                    if (o instanceof JobOutcome.Succeeded<Path> s) {
                        message.set("Wrote " + Formats.count(t.rowCount()) + " rows with label and confidence to " + s.value());
                    } else if (o instanceof JobOutcome.Failed<Path> f) {
                        failed.set(true);
                        message.set("The export failed: " + f.message());
                    } else {
                        message.set("Export cancelled; nothing was written.");
                    }
                })));
        job.started(gen, h);
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

    @Override public ReadOnlyBooleanProperty runningProperty() { return running; }
    @Override public ReadOnlyBooleanProperty failedProperty() { return failed; }
    @Override public ReadOnlyDoubleProperty progressProperty() { return progress; }
    @Override public ReadOnlyStringProperty messageProperty() { return message; }
}
