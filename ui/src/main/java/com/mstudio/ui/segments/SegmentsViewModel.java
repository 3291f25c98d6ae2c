package com.mstudio.ui.segments;

import com.mstudio.engine.api.FittedTransform;
import com.mstudio.engine.api.ImportOptions;
import com.mstudio.engine.api.ImportResult;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.MaskedTable;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.SegmentModel;
import com.mstudio.engine.api.SegmentService;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.common.Debouncer;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Segments screen's state: it segments the Data screen's dataset (its masked view) as an engine job, shows the
 * newest result only (a new run cancels the one it supersedes; edits after a result re-run it, debounced), keeps the
 * model in the workspace so that it and the user's segment names come back, and applies it to another file (whose
 * personal data is masked with the workspace's salt, like a kept dataset's).
 * A failed or cancelled job never removes the result on screen. Runs on the UI thread only.
 */
public final class SegmentsViewModel {
    static final Duration RERUN_DELAY = Duration.ofMillis(400);
    /** How {@link com.mstudio.engine.api.PiiService#mask} codes begin. */
    private static final String MASK_PREFIX = "pii_";

    private final SegmentService segments;
    private final ImportService importer;
    private final Workspace workspace;
    private final UiBridge bridge;
    private final SegmentSetupViewModel setup;
    private final LatestJob job = new LatestJob();
    private final Debouncer rerun;
    /** The dataset's own result (the one kept in the workspace), also while another file's result is shown. */
    private SegmentationResult datasetResult;

    private final ObjectProperty<LoadedDataset> dataset = new SimpleObjectProperty<>();
    private final ObjectProperty<SegmentationResult> result = new SimpleObjectProperty<>();
    private final SimpleStringProperty appliedTo = new SimpleStringProperty("");
    private final ObjectProperty<List<String>> appliedMasked = new SimpleObjectProperty<>(List.of());
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty busyTitle = new SimpleStringProperty("");
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty progressMessage = new SimpleStringProperty("");
    private final SimpleStringProperty errorTitle = new SimpleStringProperty("");
    private final SimpleStringProperty errorMessage = new SimpleStringProperty("");
    private final SimpleStringProperty notice = new SimpleStringProperty("");
    private final StringProperty chartTab = new SimpleStringProperty("sizes");
    private final SegmentSelection selection = new SegmentSelection(result);

    public SegmentsViewModel(SegmentService segments, ImportService importer, Workspace workspace, UiBridge bridge,
                             ObservableValue<LoadedDataset> source) {
        this.segments = segments;
        this.importer = importer;
        this.workspace = workspace;
        this.bridge = bridge;
        this.rerun = new Debouncer(RERUN_DELAY, bridge.ui());
        this.setup = new SegmentSetupViewModel(segments);
        setup.setOnChange(this::inputsChanged);
        datasetChanged(null, source.getValue());
        source.addListener((o, was, now) -> datasetChanged(was, now));
    }

    private void datasetChanged(LoadedDataset was, LoadedDataset now) {
        boolean same = was != null && now != null && was.entry().id().equals(now.entry().id());
        dataset.set(now);
        // A new view of the same dataset (a column shown in clear) keeps the segments; the next run uses the new view.
        if (same) return;
        rerun.cancel();
        job.cancel();
        busy.set(false);
        datasetResult = null;
        result.set(null);
        appliedTo.set("");
        appliedMasked.set(List.of());
        clearMessages();
        setup.load(now == null ? null : now.view(), now == null ? List.of() : now.entry().maskedColumns());
        if (now != null) restore(now);
    }

    /** The segmentation kept for this dataset, if any, is re-applied on the engine with the user's names. */
    private void restore(LoadedDataset ds) {
        SegmentModel model;
        try {
            model = segments.kept(workspace, ds.entry().id()).orElse(null);
        } catch (StudioException e) {
            error("Your saved segments could not be read", e.getMessage());
            return;
        }
        if (model == null) return;
        setup.show(model);
        long gen = start("Restoring your segments", "Applying the saved segmentation to " + ds.entry().name() + "…");
        job.started(gen, segments.assign(model, ds.view(), bridge.source(), listener(gen, o -> {
            busy.set(false);
            if (o instanceof JobOutcome.Succeeded<SegmentationResult> s) showDatasetResult(s.value());
            else if (o instanceof JobOutcome.Failed<SegmentationResult> f) error("Your saved segments could not be restored", f.message());
        })));
    }

    /** Runs the segmentation for the current inputs now; a run in progress is cancelled (latest wins). */
    public void segment() {
        rerun.cancel();
        LoadedDataset ds = dataset.get();
        if (ds == null) return;
        SegmentationRequest request = setup.request().orElse(null);
        if (request == null) return;
        clearMessages();
        long gen = start("Segmenting " + ds.entry().name(), "Building features…");
        JobHandle<SegmentationResult> h = segments.segment(ds.view(), request, ds.entry().name(), bridge.source(), listener(gen, o -> segmented(o, ds)));
        job.started(gen, h);
    }

    private void segmented(JobOutcome<SegmentationResult> outcome, LoadedDataset ds) {
        busy.set(false);
        if (outcome instanceof JobOutcome.Succeeded<SegmentationResult> s) {
            showDatasetResult(s.value());
            keep(ds, s.value().model());
        } else if (outcome instanceof JobOutcome.Failed<SegmentationResult> f) {
            error("These segments could not be made", f.message());
        } else {
            cancelled();
        }
    }

    /** Edits after a result (or during a run) re-run it once the user pauses; before the first run they only wait. */
    private void inputsChanged() {
        if (result.get() != null || busy.get()) rerun.trigger(this::segment);
    }

    /** "Apply to another file…": imports {@code file} (detected options) and assigns its rows to the current segments. */
    public void applyTo(Path file) {
        if (datasetResult == null || file == null) return;
        rerun.cancel();
        clearMessages();
        SegmentModel model = datasetResult.model();
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long gen = start("Applying segments to " + name, "Reading " + name + "…");
        JobHandle<ImportResult> h = importer.importCsv(file, ImportOptions.detectAll(), bridge.source(),
                listener(gen, o -> imported(o, model, name)));
        job.started(gen, h);
    }

    private void imported(JobOutcome<ImportResult> outcome, SegmentModel model, String name) {
        if (outcome instanceof JobOutcome.Succeeded<ImportResult> s) {
            // Like every dataset of the workspace, the file is shown and exported with its personal data masked.
            long gen = job.next();
            busy.set(true);
            progress.set(-1);
            progressMessage.set("Looking for personal data in " + name + "…");
            JobHandle<MaskedTable> h = workspace.maskPersonalData(name, s.value().table(), bridge.source(),
                    listener(gen, o -> masked(o, model, name)));
            job.started(gen, h);
        } else {
            busy.set(false);
            if (outcome instanceof JobOutcome.Failed<ImportResult> f) error(name + " could not be read", f.message());
            else cancelled();
        }
    }

    private void masked(JobOutcome<MaskedTable> outcome, SegmentModel model, String name) {
        if (outcome instanceof JobOutcome.Succeeded<MaskedTable> s) {
            List<String> maskedColumns = s.value().maskedColumns();
            String unmatched = unmatchableFeature(model, maskedColumns);
            if (unmatched != null) {
                busy.set(false);
                error("The segments could not be applied to " + name, "Column \u201c" + unmatched + "\u201d holds personal data in "
                        + name + ", so it is masked there, but these segments were made from its values, which the masked"
                        + " codes cannot match. Segment without \u201c" + unmatched + "\u201d and apply them again.");
                return;
            }
            long gen = job.next();
            busy.set(true);
            JobHandle<SegmentationResult> h = segments.assign(model, s.value().masked(), bridge.source(), listener(gen, o -> {
                busy.set(false);
                if (o instanceof JobOutcome.Succeeded<SegmentationResult> a) {
                    appliedMasked.set(maskedColumns);
                    result.set(a.value());
                    appliedTo.set(name);
                } else if (o instanceof JobOutcome.Failed<SegmentationResult> f) {
                    error("The segments could not be applied to " + name, f.message());
                } else {
                    cancelled();
                }
            }));
            job.started(gen, h);
        } else {
            busy.set(false);
            if (outcome instanceof JobOutcome.Failed<MaskedTable> f) error(name + " could not be masked", f.message());
            else cancelled();
        }
    }

    /**
     * A feature column of {@code model} that is masked in the applied file although the model learned its values (not
     * mask codes): its rows would silently land in the wrong segments. Null when there is none. A column the model
     * learned masked (its categories are all {@code pii_} codes) matches, since the workspace's salt is the same.
     */
    static String unmatchableFeature(SegmentModel model, List<String> maskedInFile) {
        if (model.transform() == null) return null;
        for (String column : model.featureColumns()) {
            if (!maskedInFile.contains(column)) continue;
            FittedTransform.FittedColumn fitted = model.transform().columns().stream()
                    .filter(c -> c.column().equals(column)).findFirst().orElse(null);
            if (fitted == null || !learnedMaskCodes(fitted)) return column;
        }
        return null;
    }

    private static boolean learnedMaskCodes(FittedTransform.FittedColumn c) {
        if (!c.oneHot()) return false;
        List<String> seen = new java.util.ArrayList<>(c.categories());
        seen.addAll(c.otherValues());
        return !seen.isEmpty() && seen.stream().allMatch(v -> v.startsWith(MASK_PREFIX));
    }

    /** Back from another file's result to the dataset's own. */
    public void showDataset() {
        appliedTo.set("");
        appliedMasked.set(List.of());
        result.set(datasetResult);
    }

    /** Gives segment {@code id} a name; it sticks in the workspace (also when renamed on another file's result). */
    public void rename(int id, String name) {
        SegmentationResult shown = result.get();
        String n = name == null ? "" : name.strip();
        if (shown == null || n.isEmpty() || id < 0 || id >= shown.k() || n.equals(shown.model().segmentNames().get(id))) return;
        boolean applied = !appliedTo.get().isEmpty();
        SegmentationResult renamed = segments.rename(shown, id, n);
        if (applied && datasetResult != null) datasetResult = segments.rename(datasetResult, id, n);
        else datasetResult = renamed;
        result.set(renamed);
        if (dataset.get() != null) keep(dataset.get(), datasetResult.model());
    }

    private void keep(LoadedDataset ds, SegmentModel model) {
        try {
            segments.keep(workspace, ds.entry().id(), model);
        } catch (StudioException e) {
            notice.set("The segments are shown, but they could not be saved in the workspace: " + e.getMessage());
        }
    }

    /** Stops the running job; what was on screen stays. */
    public void cancel() {
        rerun.cancel();
        if (!job.isActive()) return;
        job.cancel();
        busy.set(false);
        cancelled();
    }

    private void cancelled() {
        notice.set(result.get() == null ? "Cancelled. Nothing was segmented." : "Cancelled. The segments shown are unchanged.");
    }

    private void showDatasetResult(SegmentationResult r) {
        datasetResult = r;
        appliedTo.set("");
        appliedMasked.set(List.of());
        result.set(r);
    }

    private long start(String title, String message) {
        long gen = job.next();
        busyTitle.set(title);
        progress.set(-1);
        progressMessage.set(message);
        busy.set(true);
        return gen;
    }

    private <R> JobListener<R> listener(long gen, Consumer<JobOutcome<R>> done) {
        return bridge.listener(job.listener(gen, this::progress, done));
    }

    private void progress(Progress p) {
        progress.set(p.isIndeterminate() ? -1 : p.fraction());
        if (p.message() != null && !p.message().isBlank()) progressMessage.set(p.message());
    }

    private void error(String title, String message) {
        errorTitle.set(title);
        errorMessage.set((message == null || message.isBlank() ? "Something went wrong." : message)
                + (result.get() == null ? "" : " The segments shown before are unchanged."));
    }

    public void clearMessages() {
        errorTitle.set("");
        errorMessage.set("");
        notice.set("");
    }

    public SegmentSetupViewModel setup() { return setup; }
    public SegmentSelection selection() { return selection; }
    public SegmentService service() { return segments; }
    public ReadOnlyObjectProperty<LoadedDataset> datasetProperty() { return dataset; }
    /** The result on screen: the dataset's, or another file's ({@link #appliedToProperty()} names it). */
    public ReadOnlyObjectProperty<SegmentationResult> resultProperty() { return result; }
    /** The file whose rows are shown ("new_customers.csv"), or "" for the dataset's own result. */
    public ReadOnlyStringProperty appliedToProperty() { return appliedTo; }
    /** The applied file's columns shown masked as personal data (empty for the dataset's own result). */
    public ReadOnlyObjectProperty<List<String>> appliedMaskedColumnsProperty() { return appliedMasked; }
    /** "personal data in 2 columns masked" for an applied file with personal data, else "". */
    public static String maskedNote(List<String> maskedColumns) {
        int n = maskedColumns == null ? 0 : maskedColumns.size();
        return n == 0 ? "" : "personal data in " + n + (n == 1 ? " column" : " columns") + " masked";
    }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty busyTitleProperty() { return busyTitle; }
    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressMessageProperty() { return progressMessage; }
    /** "" when there is no error to show. */
    public ReadOnlyStringProperty errorTitleProperty() { return errorTitle; }
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage; }
    /** A one-line remark ("Cancelled. …"), or "". */
    public ReadOnlyStringProperty noticeProperty() { return notice; }
    /** The selected chart tab ("sizes", "distribution", "map", "heatmap", "autok"), remembered in the workspace. */
    public StringProperty chartTabProperty() { return chartTab; }
    boolean isRerunPending() { return rerun.isPending(); }
}
