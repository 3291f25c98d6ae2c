package com.mstudio.ui.data;

import com.mstudio.engine.api.BadRowPolicy;
import com.mstudio.engine.api.CsvPreview;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.SampleCatalog;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The data screen's state machine: choose a file → review the preview (dialect and types editable, latest preview
 * wins: {@link ImportSettingsViewModel}) → import as a job → keep it in the workspace (personal data masked) →
 * inspect. At start it reopens the workspace's active dataset instead. The shown dataset is only replaced once an
 * import has been kept, so a failed or cancelled preview, import or keep never loses what the user had. Runs on the UI
 * thread only; the engine's events reach it through the {@link UiBridge}.
 */
public final class DataViewModel {
    /** File name endings the screen accepts by drag and drop and in the file chooser. */
    public static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt");
    private static final String COULD_NOT_IMPORT = "This file could not be imported";

    private final ImportService importer;
    private final Workspace workspace;
    private final UiBridge bridge;
    private final SampleCatalog samples;
    private final LatestJob importJob = new LatestJob();
    private final ImportSettingsViewModel settings;
    /** Whether the error on screen came from an import (its preview is still good) rather than from reading the file. */
    private boolean backToPreview;

    private final ObjectProperty<DataScreen> screen = new SimpleObjectProperty<>(DataScreen.EMPTY);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    /** The dataset on screen, as the workspace keeps it: {@link LoadedDataset#view()} is what is shown and exported. */
    private final ObjectProperty<LoadedDataset> dataset = new SimpleObjectProperty<>();
    /** The shown dataset's import (masked view, schema, report); null when its import record could not be read. */
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    /** The selected tab of the imported screen ("rows", "profile", "report"), remembered in the workspace. */
    private final StringProperty dataTab = new SimpleStringProperty("rows");
    private final DoubleProperty jobProgress = new SimpleDoubleProperty(-1);
    private final StringProperty jobMessage = new SimpleStringProperty("");
    private final StringProperty errorMessage = new SimpleStringProperty("");
    private final StringProperty errorTitle = new SimpleStringProperty(COULD_NOT_IMPORT);
    private final StringProperty notice = new SimpleStringProperty("");

    public DataViewModel(ImportService importer, Workspace workspace, UiBridge bridge, SampleCatalog samples) {
        this.importer = importer;
        this.workspace = workspace;
        this.bridge = bridge;
        this.samples = samples;
        this.settings = new ImportSettingsViewModel(importer, bridge, new ImportSettingsViewModel.Host() {
            @Override public void previewRequested() { runPreview(); }
            @Override public void previewProgress(Progress p) { progress(p); }
            @Override public void previewEnded(JobOutcome<CsvPreview> o, boolean kept) { DataViewModel.this.previewEnded(o, kept); }
        });
        dataset.addListener((o, was, now) -> result.set(now == null ? null : now.asImportResult()));
    }

    public List<SampleCatalog.Sample> samples() {
        return samples.samples();
    }

    public static boolean isAccepted(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** Starts over with a new file: every option back to "detect". */
    public void open(Path path) {
        importJob.cancel();
        file.set(path);
        notice.set("");
        settings.reset(path);
        runPreview();
    }

    public void openSample(SampleCatalog.Sample sample) {
        open(sample.file());
    }

    private void runPreview() {
        settings.preview();
        jobProgress.set(-1);
        jobMessage.set("Reading " + fileName() + "…");
        screen.set(DataScreen.PREVIEW);
    }

    private void previewEnded(JobOutcome<CsvPreview> outcome, boolean kept) {
        if (outcome instanceof JobOutcome.Succeeded<CsvPreview>) {
            notice.set("");
        } else if (outcome instanceof JobOutcome.Failed<CsvPreview> f && kept) {
            notice.set("Those settings don't work for this file, so the previous ones are back. " + f.message());
        } else if (outcome instanceof JobOutcome.Failed<CsvPreview> f) {
            fail(f.message());
        } else if (!kept) {
            // Cancelled before anything was shown: go back to where the user came from.
            screen.set(home());
        }
    }

    public void startImport() {
        if (file.get() == null || settings.previewProperty().get() == null || importJob.isActive()) return;
        settings.cancelPreview();
        long gen = importJob.next();
        notice.set("");
        jobProgress.set(-1);
        jobMessage.set("Importing " + fileName() + "…");
        screen.set(DataScreen.IMPORTING);
        JobHandle<ImportResult> h = importer.importCsv(file.get(), settings.optionsProperty().get(), bridge.source(),
                listener(gen, importJob, this::importDone));
        importJob.started(gen, h);
    }

    private void importDone(JobOutcome<ImportResult> outcome) {
        if (outcome instanceof JobOutcome.Succeeded<ImportResult> s) {
            keep(s.value());
        } else if (outcome instanceof JobOutcome.Failed<ImportResult> f) {
            fail(f.message());
            backToPreview = true;
        } else {
            importCancelled();
        }
    }

    /**
     * The second half of an import: the workspace masks personal data and saves the dataset before it is shown, so
     * what the user sees is always what the workspace will reopen. Runs in the import's job slot (one Cancel for both).
     */
    private void keep(ImportResult imported) {
        long gen = importJob.next();
        jobProgress.set(-1);
        jobMessage.set("Keeping " + fileName() + " in the workspace…");
        JobHandle<LoadedDataset> h = workspace.keepImport(datasetName(), imported, bridge.source(),
                listener(gen, importJob, this::keepDone));
        importJob.started(gen, h);
    }

    private void keepDone(JobOutcome<LoadedDataset> outcome) {
        if (outcome instanceof JobOutcome.Succeeded<LoadedDataset> s) {
            dataset.set(s.value());
            screen.set(DataScreen.IMPORTED);
        } else if (outcome instanceof JobOutcome.Failed<LoadedDataset> f) {
            fail("The file was read, but it could not be saved in the workspace, so it is not shown. " + f.message());
            errorTitle.set("This file could not be kept in the workspace");
            backToPreview = true;
        } else {
            importCancelled();
        }
    }

    private void importCancelled() {
        notice.set("Import cancelled. " + (dataset.get() == null ? "Nothing was imported." : "Your current data is unchanged."));
        screen.set(DataScreen.PREVIEW);
    }

    /** At start: shows the dataset the user had open in this workspace, or stays empty when there is none. */
    public void reopen() {
        // A new workspace has nothing to reopen: no job, so the status bar does not report one.
        if (importJob.isActive() || workspace.manifest().datasets().isEmpty()) return;
        openActive("Reopening the last dataset…");
    }

    /**
     * Shows another dataset of the workspace (e.g. the scored copy the Propensity screen keeps) and makes it the active
     * one, as the user would find it at the next start. Ignored while an import runs; a failure keeps the dataset shown.
     */
    public void openDataset(String id) {
        if (!canOpen() || id == null) return;
        settings.cancelPreview();
        workspace.setActiveDataset(id);
        var entry = workspace.manifest().dataset(id);
        openActive("Opening " + (entry == null ? "the dataset" : entry.name()) + "…");
    }

    private void openActive(String message) {
        long gen = importJob.next();
        jobProgress.set(-1);
        jobMessage.set(message);
        screen.set(DataScreen.REOPENING);
        JobHandle<LoadedDataset> h = workspace.openActive(bridge.source(),
                listener(gen, importJob, this::reopenDone));
        importJob.started(gen, h);
    }

    private void reopenDone(JobOutcome<LoadedDataset> outcome) {
        if (outcome instanceof JobOutcome.Succeeded<LoadedDataset> s && s.value() != null) {
            dataset.set(s.value());
            screen.set(DataScreen.IMPORTED);
        } else if (outcome instanceof JobOutcome.Failed<LoadedDataset> f) {
            fail(f.message());
            errorTitle.set("The last dataset could not be reopened");
        } else {
            screen.set(home());
        }
    }

    /** Shows a new view of the same dataset (e.g. after a column was unmasked); the tabs refresh. */
    void replaceView(LoadedDataset next) {
        if (dataset.get() != null && next != null && dataset.get().entry().id().equals(next.entry().id())) dataset.set(next);
    }

    /** What the workspace calls a kept file: its name without the extension ("messy_customers"). */
    private String datasetName() {
        String n = fileName();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** Cancels whatever this screen is running (preview or import). */
    public void cancel() {
        if (importJob.isActive() && screen.get() == DataScreen.REOPENING) {
            importJob.cancel();
            screen.set(home());
        } else if (importJob.isActive()) {
            importJob.cancel();
            importDone(new JobOutcome.Cancelled<>());
        } else if (settings.isPreviewRunning()) {
            settings.cancelPreview();
            if (settings.previewProperty().get() == null) screen.set(home());
        }
    }

    /**
     * Leaves the preview or the error: back to the loaded dataset, or to the empty state. After a failed import
     * the preview is still valid, so "back" returns there to try other settings.
     */
    public void back() {
        boolean toPreview = screen.get() == DataScreen.ERROR && backToPreview && settings.previewProperty().get() != null;
        settings.cancelPreview();
        notice.set("");
        screen.set(toPreview ? DataScreen.PREVIEW : home());
    }

    /** "Choose another file": the empty state with its file chooser and samples; the dataset stays loaded. */
    public void chooseAnother() {
        settings.cancelPreview();
        screen.set(DataScreen.EMPTY);
    }

    private void fail(String message) {
        backToPreview = false;
        errorTitle.set(COULD_NOT_IMPORT);
        errorMessage.set(message == null || message.isBlank() ? "The file could not be read." : message);
        screen.set(DataScreen.ERROR);
    }

    private DataScreen home() {
        return dataset.get() != null ? DataScreen.IMPORTED : DataScreen.EMPTY;
    }

    private String fileName() {
        Path f = file.get();
        return f == null || f.getFileName() == null ? "file" : f.getFileName().toString();
    }

    private <R> JobListener<R> listener(long gen, LatestJob slot, java.util.function.Consumer<JobOutcome<R>> done) {
        return bridge.listener(slot.listener(gen, this::progress, done));
    }

    private void progress(Progress p) {
        jobProgress.set(p.isIndeterminate() ? -1 : p.fraction());
        if (p.message() != null && !p.message().isBlank()) jobMessage.set(p.message());
    }

    public boolean hasDataset() { return dataset.get() != null; }

    /** A new file may be opened unless an import (or the reopening) is running: it must be cancelled first. */
    public boolean canOpen() { return screen.get() != DataScreen.IMPORTING && screen.get() != DataScreen.REOPENING; }

    public ReadOnlyObjectProperty<DataScreen> screenProperty() { return screen; }
    public ReadOnlyObjectProperty<Path> fileProperty() { return file; }
    /** The import settings and their preview. The accessors below pass through to it, for the views' convenience. */
    public ImportSettingsViewModel settings() { return settings; }
    public ReadOnlyObjectProperty<ImportOptions> optionsProperty() { return settings.optionsProperty(); }
    public ReadOnlyObjectProperty<CsvPreview> previewProperty() { return settings.previewProperty(); }
    public ReadOnlyBooleanProperty previewBusyProperty() { return settings.previewBusyProperty(); }
    public ReadOnlyObjectProperty<ImportResult> resultProperty() { return result; }
    public ReadOnlyObjectProperty<LoadedDataset> datasetProperty() { return dataset; }
    public StringProperty dataTabProperty() { return dataTab; }
    /** 0..1, or -1 for "unknown" (indeterminate). */
    public ReadOnlyDoubleProperty jobProgressProperty() { return jobProgress; }
    public ReadOnlyStringProperty jobMessageProperty() { return jobMessage; }
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage; }
    /** The error card's heading: what failed (importing, keeping in the workspace, reopening). */
    public ReadOnlyStringProperty errorTitleProperty() { return errorTitle; }
    /** A one-line remark above the preview, e.g. "Import cancelled…". */
    public ReadOnlyStringProperty noticeProperty() { return notice; }
    public ObjectProperty<BadRowPolicy> badRowPolicyProperty() { return settings.badRowPolicyProperty(); }
    public DialectControls dialect() { return settings.dialect(); }
}
