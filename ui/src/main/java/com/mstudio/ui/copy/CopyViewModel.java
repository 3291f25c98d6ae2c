package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.CopyTrainingResult.TrainedModel;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.api.Workspace;
import com.mstudio.ui.common.KeptModelsReader;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.TrainingStatus;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * The Copy screen's state. It trains on the Data screen's dataset (its masked view) as an engine job with live curves,
 * shows the result, keeps the models in the workspace (and brings the kept ones back when the dataset reopens), and
 * hands the models to the playground and the batch. Training is long, so changed inputs never re-run it: they mark the
 * results out of date. Cancel keeps the best epoch; a failed or cancelled run keeps the previous results on screen.
 * Runs on the UI thread only.
 */
public final class CopyViewModel {
    private final CopyService service;
    private final Workspace workspace;
    private final UiBridge bridge;
    private final CopySetupViewModel setup;
    private final CopyCurves curves = new CopyCurves();
    private final ConfusionTexts confusion;
    private final PlaygroundViewModel playground;
    private final BatchViewModel batch;
    private final LatestJob job = new LatestJob();
    private final KeptModelsReader<CopyModel> keptReader;
    private final TrainingStatus status = new TrainingStatus();
    private final PickedFile testFiles;

    private final SimpleObjectProperty<LoadedDataset> dataset = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<CopyTrainingResult> result = new SimpleObjectProperty<>();
    /** The models on screen: the result's, else those kept from an earlier run. */
    private final ObservableList<CopyModel> models = FXCollections.observableArrayList();
    private final SimpleBooleanProperty fromKept = new SimpleBooleanProperty();
    private final SimpleStringProperty keptSummary = new SimpleStringProperty("");
    private final SimpleBooleanProperty stale = new SimpleBooleanProperty();
    private final SimpleStringProperty errorTitle = new SimpleStringProperty("");
    private final SimpleStringProperty errorMessage = new SimpleStringProperty("");
    private final SimpleStringProperty notice = new SimpleStringProperty("");

    public CopyViewModel(CopyService service, ImportService importer, ExportService exports, Workspace workspace,
                         JobRunner jobs, UiBridge bridge, ObservableValue<LoadedDataset> source) {
        this.service = service;
        this.keptReader = new KeptModelsReader<>(jobs, bridge, "copy classifiers", new KeptModelsReader.Screen<>() {
            @Override public boolean wantsKept() { return result.get() == null; }
            @Override public void showKept(List<CopyModel> found) {
                models.setAll(found);
                fromKept.set(true);
                keptSummary.set(CopyTexts.summary(found));
            }
            @Override public void keptError(String title, String message) { error(title, message); }
            @Override public void keptNotice(String message) { notice.set(message); }
        });
        this.workspace = workspace;
        this.bridge = bridge;
        this.setup = new CopySetupViewModel(service);
        this.testFiles = new PickedFile(importer, workspace, bridge, job);
        this.confusion = new ConfusionTexts(result);
        this.playground = new PlaygroundViewModel(service, bridge, models);
        this.batch = new BatchViewModel(service, importer, workspace, exports, bridge, models, dataset);
        setup.setOnChange(() -> stale.set(!models.isEmpty()));
        datasetChanged(null, source.getValue());
        source.addListener((o, was, now) -> datasetChanged(was, now));
    }

    private void datasetChanged(LoadedDataset was, LoadedDataset now) {
        boolean same = was != null && now != null && was.entry().id().equals(now.entry().id());
        dataset.set(now);
        if (same) return; // another view of the same data: the results stay, the next run uses the new table
        job.cancel();
        keptReader.cancel();
        status.finish();
        result.set(null);
        curves.clear();
        clearMessages();
        models.clear();
        fromKept.set(false);
        keptSummary.set("");
        setup.load(now == null ? null : now.view());
        confusion.setTexts(null, null, null, null);
        stale.set(false);
        if (now != null) keptReader.read(c -> service.kept(workspace, now.entry().id()));
    }

    /** Trains the models for the current inputs; with a separate test file that file is read first. */
    public void train() {
        LoadedDataset ds = dataset.get();
        if (ds == null || status.isBusy()) return;
        CopyRequest request = setup.request().orElse(null);
        if (request == null) return;
        clearMessages();
        keptReader.cancel();
        long gen = job.next();
        status.start("Building the vocabulary…");
        curves.clear();
        Path testFile = setup.testFileProperty().get();
        if (testFile == null) {
            startTraining(gen, ds, null, request);
            return;
        }
        // The test file is masked as the import masks a dataset (its texts show in the confusion cells).
        testFiles.read(testFile, status::step, o -> {
            if (o instanceof JobOutcome.Succeeded<PickedFile.Read> s) {
                String mismatch = s.value().maskedUnlike(ds, List.of(request.textColumn(), request.labelColumn()));
                if (mismatch != null) {
                    status.finish();
                    error("The test file cannot be compared with the dataset", mismatch);
                    return;
                }
                startTraining(job.next(), ds, s.value(), request);
            } else {
                status.finish();
                if (o instanceof JobOutcome.Failed<PickedFile.Read> f) error("The test file could not be read", f.message());
                else notice.set("Cancelled. " + (result.get() == null ? "No model yet." : "The results shown are unchanged."));
            }
        });
    }

    private void startTraining(long gen, LoadedDataset ds, PickedFile.Read test, CopyRequest request) {
        DataTable testTable = test == null ? null : test.table();
        String testNote = test == null ? "" : test.note();
        status.step("Building the vocabulary…");
        int maxEpochs = request.attention().maxEpochs();
        JobListener<CopyTrainingResult> steps = job.listener(gen, status::progress, o -> trained(o, ds, testTable, testNote, request));
        JobListener<CopyTrainingResult> withCurves = new JobListener<>() {
            @Override public void onProgress(Progress p) { steps.onProgress(p); }
            @Override public void onMetric(Metric m) {
                if (!job.isCurrent(gen)) return;
                curves.add(List.of(m));
                if (curves.lastKind() != null) status.epoch(curves.lastKind().title() + " · " + curves.lastEpoch() + " of " + maxEpochs + " epochs done");
            }
            @Override public void onFinished(JobOutcome<CopyTrainingResult> o) { steps.onFinished(o); }
        };
        JobHandle<CopyTrainingResult> training = service.train(ds.view(), testTable, request, ds.entry().name(), bridge.source(),
                bridge.listener(withCurves));
        status.training(training);
        job.started(gen, training);
    }

    private void trained(JobOutcome<CopyTrainingResult> outcome, LoadedDataset ds, DataTable testTable, String testNote,
                         CopyRequest request) {
        boolean wasStopping = status.finish();
        if (outcome instanceof JobOutcome.Succeeded<CopyTrainingResult> s) {
            CopyTrainingResult r = s.value();
            confusion.setTexts(ds.view(), testTable, request.textColumn(), request.labelColumn());
            curves.show(r);
            result.set(r);
            List<CopyModel> trained = r.models().stream().map(TrainedModel::model).toList();
            models.setAll(trained);
            fromKept.set(false);
            stale.set(false);
            notice.set((CopyTexts.cancelNotice(r) + " " + testNote).strip());
            keep(ds, trained);
        } else {
            if (result.get() != null) curves.show(result.get()); else curves.clear();
            if (outcome instanceof JobOutcome.Failed<CopyTrainingResult> f) {
                error("The copy classifiers could not be trained", f.message());
            } else {
                notice.set(TrainingStatus.cancelledNotice(wasStopping)
                        + (models.isEmpty() ? "No model yet." : "The results shown are unchanged."));
            }
        }
    }

    private void keep(LoadedDataset ds, List<CopyModel> trained) {
        try {
            service.keep(workspace, ds.entry().id(), trained);
            keptSummary.set(CopyTexts.summary(trained));
        } catch (StudioException e) {
            notice.set((notice.get().isEmpty() ? "" : notice.get() + " ")
                    + "The models are shown, but they could not be saved in the workspace: " + e.getMessage());
        }
    }

    /** Stops after the current epoch; the service then returns the best model so far, shown and kept as any other. */
    public void cancel() {
        if (!status.isBusy() || status.requestStop()) return;
        // No training job yet: the test file is still being read, so that is cancelled instead.
        job.cancel();
        status.finish();
        notice.set("Cancelled. " + (models.isEmpty() ? "No model yet." : "The results shown are unchanged."));
    }

    private void error(String title, String message) {
        errorTitle.set(title);
        errorMessage.set((message == null || message.isBlank() ? "Something went wrong." : message)
                + (models.isEmpty() ? "" : " The results shown before are unchanged."));
    }

    public void clearMessages() {
        errorTitle.set("");
        errorMessage.set("");
        notice.set("");
    }

    public CopySetupViewModel setup() { return setup; }
    public CopyCurves curves() { return curves; }
    public ConfusionTexts confusion() { return confusion; }
    public PlaygroundViewModel playground() { return playground; }
    public BatchViewModel batch() { return batch; }
    public ReadOnlyObjectProperty<LoadedDataset> datasetProperty() { return dataset; }
    /** The last successful training on this dataset (this session), or null. */
    public ReadOnlyObjectProperty<CopyTrainingResult> resultProperty() { return result; }
    /** The models the playground and the batch use: the result's, else the kept ones (attention first). */
    public ObservableList<CopyModel> models() { return models; }
    /** Whether {@link #models()} came from the workspace rather than a run of this session. */
    public ReadOnlyBooleanProperty fromKeptProperty() { return fromKept; }
    /** "Trained 30 Nov 04:40 · Self-attention: 94.1% accurate · …", or "". */
    public ReadOnlyStringProperty keptSummaryProperty() { return keptSummary; }
    public ReadOnlyBooleanProperty staleProperty() { return stale; }
    public ReadOnlyBooleanProperty busyProperty() { return status.busyProperty(); }
    public ReadOnlyBooleanProperty stoppingProperty() { return status.stoppingProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return status.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return status.messageProperty(); }
    /** "Self-attention · 4 of 30 epochs done", or "". */
    public ReadOnlyStringProperty epochTextProperty() { return status.epochTextProperty(); }
    public ReadOnlyStringProperty etaTextProperty() { return status.etaTextProperty(); }
    public ReadOnlyStringProperty errorTitleProperty() { return errorTitle; }
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage; }
    /** "Self-attention: stopped at epoch 6; kept the best epoch 4.", or "". */
    public ReadOnlyStringProperty noticeProperty() { return notice; }
}
