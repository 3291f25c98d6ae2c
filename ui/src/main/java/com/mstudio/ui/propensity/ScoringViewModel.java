package com.mstudio.ui.propensity;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.DatasetEntry;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Score all customers": the model scores every row of the dataset (original values, so that the workspace keeps them
 * as the import did; personal data is never a feature, so the scores are those of the masked view), the scored table
 * is kept in the workspace as a new dataset with the same masking, the models are kept with it, and it becomes the
 * Data screen's dataset, where Segments can use {@code propensity} as a feature. "Export scored CSV…" writes the
 * scored view (masked columns stay masked). One job at a time; a failure or cancel leaves the workspace as it was.
 */
public final class ScoringViewModel {
    private final PropensityService service;
    private final ExportService exports;
    private final Workspace workspace;
    private final UiBridge bridge;
    /** Makes the new dataset the Data screen's (and so this screen's) dataset: {@code DataViewModel::openDataset}. */
    private final Consumer<String> openDataset;
    private final LatestJob job = new LatestJob();
    private final SimpleBooleanProperty running = new SimpleBooleanProperty();
    private final SimpleBooleanProperty failed = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty message = new SimpleStringProperty("");
    /** The id of the scored dataset this view model made last, so the owner recognises it when it opens. */
    private String scoredId;

    ScoringViewModel(PropensityService service, ExportService exports, Workspace workspace, UiBridge bridge,
                     Consumer<String> openDataset) {
        this.service = service;
        this.exports = exports;
        this.workspace = workspace;
        this.bridge = bridge;
        this.openDataset = openDataset;
    }

    /** Scores every customer of {@code ds} with {@code model}; {@code models} are kept with the new dataset. */
    void score(PropensityModel model, List<PropensityModel> models, LoadedDataset ds) {
        if (model == null || ds == null || job.isActive()) return;
        long gen = job.next();
        start("Scoring " + Formats.count(ds.view().rowCount()) + " customers with the " + model.kind().title().toLowerCase() + "…");
        JobHandle<DataTable> h = service.score(model, ds.tables().original(), bridge.source(),
                bridge.listener(job.listener(gen, this::progress, o -> {
                    if (o instanceof JobOutcome.Succeeded<DataTable> s) keep(s.value(), models, ds);
                    else end(o, "The customers could not be scored");
                })));
        job.started(gen, h);
    }

    private void keep(DataTable scored, List<PropensityModel> models, LoadedDataset ds) {
        long gen = job.next();
        String name = scoredName(ds.entry().name());
        message.set("Keeping " + name + " in the workspace…");
        JobHandle<DatasetEntry> h;
        try {
            h = workspace.addDataset(name, scored, ds.entry().sourceFile(),
                    "Scored by the propensity model; " + Formats.count(scored.rowCount()) + " rows",
                    ds.entry().maskedColumns(), bridge.source(), bridge.listener(job.listener(gen, this::progress, o -> {
                        if (o instanceof JobOutcome.Succeeded<DatasetEntry> s) opened(s.value(), models);
                        else end(o, "The scores could not be kept in the workspace");
                    })));
        } catch (StudioException e) {
            running.set(false);
            fail("The scores could not be kept in the workspace. " + e.getMessage());
            return;
        }
        job.started(gen, h);
    }

    private void opened(DatasetEntry entry, List<PropensityModel> models) {
        running.set(false);
        scoredId = entry.id();
        String kept = "";
        try {
            service.keep(workspace, entry.id(), models);
        } catch (StudioException e) {
            kept = " The models could not be kept with it: " + e.getMessage();
        }
        message.set("Scored " + Formats.count(entry.rows()) + " customers. \"" + entry.name()
                + "\" is now open on the Data screen, with the propensity and propensity_decile columns." + kept);
        openDataset.accept(entry.id());
    }

    /** "Telco churn" → "Telco churn (scored)"; scoring a scored dataset again does not stack the suffix. */
    static String scoredName(String name) {
        return name.endsWith(" (scored)") ? name : name + " (scored)";
    }

    /** Writes {@code scored} (the dataset's view, with its propensity columns) to {@code file}. */
    void export(DataTable scored, Path file) {
        if (scored == null || file == null || job.isActive()) return;
        long gen = job.next();
        start("Exporting " + Formats.count(scored.rowCount()) + " scored customers to " + file.getFileName() + "…");
        JobHandle<Path> h = exports.exportCsv(scored, file, bridge.source(), bridge.listener(job.listener(gen, this::progress, o -> {
            if (o instanceof JobOutcome.Succeeded<Path> s) {
                running.set(false);
                message.set("Exported " + Formats.count(scored.rowCount()) + " scored customers to " + s.value());
            } else {
                end(o, "The export failed");
            }
        })));
        job.started(gen, h);
    }

    public void cancel() {
        if (!job.isActive()) return;
        job.cancel();
        running.set(false);
        message.set("Cancelled; nothing was written.");
    }

    private void start(String text) {
        running.set(true);
        failed.set(false);
        progress.set(-1);
        message.set(text);
    }

    private void progress(com.mstudio.engine.api.Progress p) {
        progress.set(p.isIndeterminate() ? -1 : p.fraction());
    }

    private <R> void end(JobOutcome<R> o, String what) {
        running.set(false);
        if (o instanceof JobOutcome.Failed<R> f) fail(what + ". " + f.message());
        else message.set("Cancelled; nothing was written.");
    }

    private void fail(String text) {
        failed.set(true);
        message.set(text);
    }

    void clearMessage() {
        if (!running.get()) {
            message.set("");
            failed.set(false);
        }
    }

    boolean isScoredDataset(String id) {
        return id != null && id.equals(scoredId);
    }

    public ReadOnlyBooleanProperty runningProperty() { return running; }
    public ReadOnlyBooleanProperty failedProperty() { return failed; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    /** "Scored 7,043 customers…", the failure in words, or "". */
    public ReadOnlyStringProperty messageProperty() { return message; }
}
