package com.mstudio.ui.data;

import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.ColumnSchema;
import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Progress;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The preview's half of the data screen: the import settings the user edits (dialect, type overrides, bad-row policy)
 * and the preview they produce, latest wins. {@link DataViewModel} owns the screen and decides what an ended preview
 * means for it (a notice, an error card, going back); this class only keeps the settings and the preview consistent:
 * import never runs with settings whose preview the user hasn't seen work.
 */
public final class ImportSettingsViewModel {
    /** What the data screen does when the preview starts, reports or ends. Called on the UI thread. */
    interface Host {
        /** A dialect edit asks for a new preview (the screen shows "Reading…" and calls {@link #preview}). */
        void previewRequested();

        void previewProgress(Progress p);

        /** @param kept whether a preview is on screen now (a failed one brings the last good preview back) */
        void previewEnded(JobOutcome<CsvPreview> outcome, boolean kept);
    }

    private final ImportService importer;
    private final UiBridge bridge;
    private final Host host;
    private final LatestJob previewJob = new LatestJob();
    private final DialectControls dialect = new DialectControls(this::dialectEdited);
    private Path file;
    /** The options that produced the preview on screen. */
    private ImportOptions previewOptions = ImportOptions.detectAll();

    private final ObjectProperty<ImportOptions> options = new SimpleObjectProperty<>(ImportOptions.detectAll());
    private final ObjectProperty<CsvPreview> preview = new SimpleObjectProperty<>();
    private final BooleanProperty previewBusy = new SimpleBooleanProperty();
    private final ObjectProperty<BadRowPolicy> badRowPolicy = new SimpleObjectProperty<>(BadRowPolicy.SKIP_ROW);

    ImportSettingsViewModel(ImportService importer, UiBridge bridge, Host host) {
        this.importer = importer;
        this.bridge = bridge;
        this.host = host;
        badRowPolicy.addListener((o, was, now) -> options.set(options.get().withBadRowPolicy(now)));
    }

    /** A new file: no preview, every option back to "detect". */
    void reset(Path next) {
        file = next;
        preview.set(null);
        badRowPolicy.set(BadRowPolicy.SKIP_ROW);
        options.set(ImportOptions.detectAll());
    }

    /** Previews the file with the current options; a preview still running is cancelled and its result ignored. */
    void preview() {
        long gen = previewJob.next();
        ImportOptions asked = options.get();
        previewBusy.set(true);
        JobHandle<CsvPreview> h = importer.preview(file, asked, bridge.source(),
                bridge.listener(previewJob.listener(gen, host::previewProgress, o -> previewDone(o, asked))));
        previewJob.started(gen, h);
    }

    private void previewDone(JobOutcome<CsvPreview> outcome, ImportOptions asked) {
        previewBusy.set(false);
        if (outcome instanceof JobOutcome.Succeeded<CsvPreview> s) {
            preview.set(s.value());
            previewOptions = asked;
            dialect.show(s.value().dialect());
        } else if (outcome instanceof JobOutcome.Failed<CsvPreview> && preview.get() != null) {
            // An edit the file can't be read with (a wrong encoding, say): the last good preview and its settings
            // come back, so Import never runs with settings the user hasn't seen work.
            options.set(previewOptions.withBadRowPolicy(badRowPolicy.get()));
            dialect.show(preview.get().dialect());
        }
        host.previewEnded(outcome, preview.get() != null);
    }

    /** Stops a running preview; whatever it would have shown is ignored. */
    void cancelPreview() {
        previewJob.cancel();
        previewBusy.set(false);
    }

    boolean isPreviewRunning() {
        return previewJob.isActive() || previewBusy.get();
    }

    private void dialectEdited(Function<ImportOptions, ImportOptions> change) {
        if (file == null) return;
        // Column names may change with the header or delimiter, so type overrides made for the old ones are dropped.
        ImportOptions next = change.apply(options.get());
        options.set(new ImportOptions(next.encoding(), next.delimiter(), next.quote(), next.hasHeader(),
                next.decimalComma(), null, next.badRowPolicy()));
        host.previewRequested();
    }

    /** The user's type for a column; choosing the detected type again removes the override. */
    public void overrideType(ColumnSchema column, ColumnType type) {
        ColumnType value = type == null || type == column.detectedType() ? null : type;
        options.set(options.get().withColumnType(column.name(), value));
    }

    /** The type the import will use for a column: the override, else what the preview said. */
    public ColumnType effectiveType(ColumnSchema column) {
        ColumnType o = options.get().columnTypes().get(column.name());
        return o != null ? o : column.type();
    }

    /** The options Import will use: those of the preview on screen plus type overrides and the bad-row policy. */
    public ReadOnlyObjectProperty<ImportOptions> optionsProperty() { return options; }
    public ReadOnlyObjectProperty<CsvPreview> previewProperty() { return preview; }
    public ReadOnlyBooleanProperty previewBusyProperty() { return previewBusy; }
    public ObjectProperty<BadRowPolicy> badRowPolicyProperty() { return badRowPolicy; }
    public DialectControls dialect() { return dialect; }
}
