package com.mstudio.ui.propensity;

import com.mstudio.engine.api.ExportService;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.LoadedDataset;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService;
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
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Propensity screen's state. It trains on the Data screen's dataset (its masked view) as an engine job with live
 * curves, shows the result, keeps the models in the workspace (and shows the kept ones when the dataset is reopened),
 * and scores. Training is long, so changed inputs never re-run it: they mark the results as out of date. Cancel keeps
 * the best epoch (the service then still succeeds); a failed or cancelled run keeps the previous results on screen.
 * Runs on the UI thread only.
 */
public final class PropensityViewModel {
    private final PropensityService service;
    private final Workspace workspace;
    private final UiBridge bridge;
    private final PropensitySetupViewModel setup;
    private final TrainingCurves curves = new TrainingCurves();
    private final ResultsViewModel results;
    private final ExplanationViewModel explanation;
    private final ScoringViewModel scoring;
    private final LatestJob job = new LatestJob();
    private final KeptModelsReader<PropensityModel> keptReader;
    private final TrainingStatus status = new TrainingStatus();

    private final SimpleObjectProperty<LoadedDataset> dataset = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<PropensityResult> result = new SimpleObjectProperty<>();
    private final ObservableList<PropensityModel> kept = FXCollections.observableArrayList();
    private final SimpleStringProperty keptSummary = new SimpleStringProperty("");
    private final SimpleBooleanProperty stale = new SimpleBooleanProperty();
    private final SimpleStringProperty errorTitle = new SimpleStringProperty("");
    private final SimpleStringProperty errorMessage = new SimpleStringProperty("");
    private final SimpleStringProperty notice = new SimpleStringProperty("");

    public PropensityViewModel(PropensityService service, ExportService exports, Workspace workspace, JobRunner jobs,
                               UiBridge bridge, ObservableValue<LoadedDataset> source, Consumer<String> openDataset) {
        this.service = service;
        this.workspace = workspace;
        this.keptReader = new KeptModelsReader<>(jobs, bridge, "models", new KeptModelsReader.Screen<>() {
            @Override public boolean wantsKept() { return result.get() == null; }
            @Override public void showKept(List<PropensityModel> found) {
                kept.setAll(found);
                keptSummary.set(Texts.summary(found));
                setup.show(found.get(0));
            }
            @Override public void keptError(String title, String message) { error(title, message); }
            @Override public void keptNotice(String message) { notice.set(message); }
        });
        this.bridge = bridge;
        this.setup = new PropensitySetupViewModel(service, jobs, bridge);
        this.results = new ResultsViewModel(service, result);
        this.explanation = new ExplanationViewModel(service, bridge);
        this.scoring = new ScoringViewModel(service, exports, workspace, bridge, openDataset);
        setup.setOnChange(() -> stale.set(result.get() != null || !kept.isEmpty()));
        datasetChanged(null, source.getValue());
        source.addListener((o, was, now) -> datasetChanged(was, now));
    }

    private void datasetChanged(LoadedDataset was, LoadedDataset now) {
        boolean same = was != null && now != null && was.entry().id().equals(now.entry().id());
        dataset.set(now);
        // Another view of the same data (a column shown in clear), or the scored copy this screen just made: the
        // results stay, and the next run uses the new table.
        if (same || (now != null && scoring.isScoredDataset(now.entry().id()))) return;
        job.cancel();
        keptReader.cancel();
        status.finish();
        result.set(null);
        curves.clear();
        explanation.clear();
        scoring.clearMessage();
        stale.set(false);
        clearMessages();
        kept.clear();
        keptSummary.set("");
        setup.load(now == null ? null : now.view(), now == null ? List.of() : now.entry().maskedColumns());
        if (now != null) keptReader.read(c -> service.kept(workspace, now.entry().id()));
    }

    /** Trains the models for the current inputs (a run in progress is replaced). */
    public void train() {
        LoadedDataset ds = dataset.get();
        if (ds == null) return;
        PropensityRequest request = setup.request().orElse(null);
        if (request == null) return;
        clearMessages();
        scoring.clearMessage();
        keptReader.cancel();
        long gen = job.next();
        status.start("Preparing the features…");
        curves.clear();
        int maxEpochs = request.mlp().maxEpochs();
        JobListener<PropensityResult> steps = job.listener(gen, status::progress, o -> trained(o, ds));
        JobListener<PropensityResult> withCurves = new JobListener<>() {
            @Override public void onProgress(Progress p) { steps.onProgress(p); }
            @Override public void onMetric(Metric m) {
                if (!job.isCurrent(gen)) return;
                curves.add(List.of(m));
                status.epoch(epochText(curves, maxEpochs));
            }
            @Override public void onFinished(JobOutcome<PropensityResult> o) { steps.onFinished(o); }
        };
        JobHandle<PropensityResult> training = service.train(ds.view(), null, request, ds.entry().name(), bridge.source(),
                bridge.listener(withCurves));
        status.training(training);
        job.started(gen, training);
    }

    /** "Neural network (MLP) · epoch 12 of 100" (both models train for at most the settings' epochs). */
    static String epochText(TrainingCurves c, int maxEpochs) {
        if (c.lastKind() == null) return "";
        return c.lastKind().title() + " · epoch " + c.lastEpoch() + " of " + maxEpochs;
    }

    private void trained(JobOutcome<PropensityResult> outcome, LoadedDataset ds) {
        boolean wasStopping = status.finish();
        if (outcome instanceof JobOutcome.Succeeded<PropensityResult> s) {
            PropensityResult r = s.value();
            explanation.clear();
            curves.show(r);
            result.set(r);
            stale.set(false);
            notice.set(Texts.cancelNotice(r));
            keep(ds, r);
        } else if (outcome instanceof JobOutcome.Failed<PropensityResult> f) {
            restoreCurves();
            error("The models could not be trained", f.message());
        } else {
            restoreCurves();
            notice.set(TrainingStatus.cancelledNotice(wasStopping)
                    + (result.get() == null ? "No model yet." : "The results shown are unchanged."));
        }
    }

    private void restoreCurves() {
        if (result.get() != null) curves.show(result.get()); else curves.clear();
    }

    private void keep(LoadedDataset ds, PropensityResult r) {
        List<PropensityModel> models = r.models().stream().map(TrainedModel::model).toList();
        try {
            service.keep(workspace, ds.entry().id(), models);
            kept.setAll(models);
            keptSummary.set(Texts.summary(models));
        } catch (StudioException e) {
            notice.set((notice.get().isEmpty() ? "" : notice.get() + " ")
                    + "The models are shown, but they could not be saved in the workspace: " + e.getMessage());
        }
    }

    /**
     * Stops the training after the current epoch; the service then returns the best model found so far, which is
     * shown (and kept) like any other result.
     */
    public void cancel() {
        if (job.isActive()) status.requestStop();
    }

    /** Scores every customer with the best model (test ROC AUC) of the result on screen, or of the kept models. */
    public void scoreAll() {
        List<PropensityModel> models = models();
        if (models.isEmpty() || dataset.get() == null) return;
        PropensityModel best = models.stream().max(Comparator.comparingDouble(m -> m.test().rocAuc())).orElseThrow();
        scoring.score(best, models, dataset.get());
    }

    /** Writes the dataset on screen, which must be a scored one, to {@code file}. */
    public void exportScored(Path file) {
        if (canExportScored()) scoring.export(dataset.get().view(), file);
    }

    public boolean canExportScored() {
        return dataset.get() != null && dataset.get().view().indexOf("propensity") >= 0;
    }

    /** The models to score with: the result's, else the kept ones. */
    public List<PropensityModel> models() {
        if (result.get() != null) return result.get().models().stream().map(TrainedModel::model).toList();
        return List.copyOf(kept);
    }

    /** Explains a customer (0-based row of the dataset) with the model whose charts are shown. */
    public void explain(int row) {
        TrainedModel m = results.selected();
        PropensityModel model = m != null ? m.model() : kept.isEmpty() ? null : kept.get(0);
        if (dataset.get() != null) explanation.explain(model, dataset.get().view(), row);
    }

    private void error(String title, String message) {
        errorTitle.set(title);
        errorMessage.set((message == null || message.isBlank() ? "Something went wrong." : message)
                + (result.get() == null ? "" : " The results shown before are unchanged."));
    }

    public void clearMessages() {
        errorTitle.set("");
        errorMessage.set("");
        notice.set("");
    }

    public PropensitySetupViewModel setup() { return setup; }
    public TrainingCurves curves() { return curves; }
    public ResultsViewModel results() { return results; }
    public ExplanationViewModel explanation() { return explanation; }
    public ScoringViewModel scoring() { return scoring; }
    public PropensityService service() { return service; }
    public ReadOnlyObjectProperty<LoadedDataset> datasetProperty() { return dataset; }
    /** The result of the last successful training on this dataset (this session), or null. */
    public ReadOnlyObjectProperty<PropensityResult> resultProperty() { return result; }
    /** The models kept in the workspace for this dataset (after training, or when reopened). */
    public ObservableList<PropensityModel> kept() { return kept; }
    /** "Trained 30 Nov 02:40 · …: ROC AUC 0.85", or "". */
    public ReadOnlyStringProperty keptSummaryProperty() { return keptSummary; }
    /** The inputs changed since the models on screen were trained. */
    public ReadOnlyBooleanProperty staleProperty() { return stale; }
    public ReadOnlyBooleanProperty busyProperty() { return status.busyProperty(); }
    /** Cancel was pressed; the best model so far is on its way. */
    public ReadOnlyBooleanProperty stoppingProperty() { return status.stoppingProperty(); }
    /** 0..1, or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() { return status.progressProperty(); }
    public ReadOnlyStringProperty progressMessageProperty() { return status.messageProperty(); }
    /** "Neural network (MLP) · epoch 12 of 100", or "". */
    public ReadOnlyStringProperty epochTextProperty() { return status.epochTextProperty(); }
    /** "about 2 min left", or "". */
    public ReadOnlyStringProperty etaTextProperty() { return status.etaTextProperty(); }
    public ReadOnlyStringProperty errorTitleProperty() { return errorTitle; }
    public ReadOnlyStringProperty errorMessageProperty() { return errorMessage; }
    /** A one-line remark ("Stopped at epoch 12; kept the best epoch 9."), or "". */
    public ReadOnlyStringProperty noticeProperty() { return notice; }
}
