package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.Progress;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.TrainingStatus;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * One training run of a generative model: the live preview grid (the same fixed latents each time, so the tiles
 * visibly improve), the loss curves, "Epoch 3 of 10", the ETA, warnings as they come, Cancel (the service keeps the
 * last finished epoch), and at the end the quality score. The trained model goes to {@code onTrained} (which keeps it
 * and offers it for generating). A failed run keeps everything shown before. UI thread only.
 */
public final class TrainingViewModel {
    private final CreativeService service;
    private final UiBridge bridge;
    private final Consumer<CreativeModel> onTrained;
    private final LatestJob job = new LatestJob();
    private final LossCurves curves = new LossCurves();
    private final TrainingStatus status = new TrainingStatus();
    private int totalEpochs;

    private final SimpleObjectProperty<CreativeRequest> request = new SimpleObjectProperty<>();
    private final ObservableList<GeneratedImage> preview = FXCollections.observableArrayList();
    private final SimpleIntegerProperty previews = new SimpleIntegerProperty();
    private final ObservableList<TrainingWarning> warnings = FXCollections.observableArrayList();
    private final SimpleObjectProperty<CreativeTrainingResult> result = new SimpleObjectProperty<>();
    private final SimpleStringProperty checkpointText = new SimpleStringProperty("");
    private final SimpleStringProperty qualityText = new SimpleStringProperty("");
    private final SimpleStringProperty notice = new SimpleStringProperty("");
    private final SimpleStringProperty error = new SimpleStringProperty("");

    public TrainingViewModel(CreativeService service, UiBridge bridge, Consumer<CreativeModel> onTrained) {
        this.service = service;
        this.bridge = bridge;
        this.onTrained = onTrained;
    }

    /** Starts training {@code r} on {@code set} (a run in progress is replaced). */
    public void train(ImageSet set, CreativeRequest r) {
        long gen = job.next();
        request.set(r);
        totalEpochs = r.epochs();
        status.start("Preparing " + set.count() + " images…");
        status.epoch("Epoch 1 of " + r.epochs());
        checkpointText.set("");
        qualityText.set("");
        notice.set("");
        error.set("");
        warnings.clear();
        preview.clear();
        curves.clear();
        JobListener<CreativeTrainingResult> steps = job.listener(gen, status::progress, this::finished);
        JobListener<CreativeTrainingResult> ui = new JobListener<>() {
            @Override public void onProgress(Progress p) { steps.onProgress(p); }
            @Override public void onMetric(Metric m) { if (job.isCurrent(gen)) curves.add(m); }
            @Override public void onPreview(Preview p) { if (job.isCurrent(gen)) preview(p); }
            @Override public void onFinished(JobOutcome<CreativeTrainingResult> o) { steps.onFinished(o); }
        };
        JobListener<CreativeTrainingResult> events = new TrainingEvents<>(bridge.listener(ui), bridge.ui(), p -> {
            if (job.isCurrent(gen)) preview(p);
        });
        JobHandle<CreativeTrainingResult> training = service.train(set, r, bridge.source(), events);
        status.training(training);
        job.started(gen, training);
    }

    private void preview(Preview p) {
        if (p.payload() instanceof CreativeService.PreviewGrid g) {
            preview.setAll(g.tiles());
            previews.set(previews.get() + 1);
            status.epoch("Epoch " + Math.max(1, Math.min(g.epoch(), totalEpochs)) + " of " + totalEpochs
                    + " · iteration " + Formats.count(g.iteration()));
        } else if (p.payload() instanceof TrainingWarning w) {
            if (warnings.stream().noneMatch(x -> x.kind() == w.kind())) warnings.add(w);
        } else if (p.payload() instanceof CreativeModel m) {
            checkpointText.set("Checkpoint after epoch " + m.epochsTrained() + ": Cancel keeps it.");
        }
    }

    private void finished(JobOutcome<CreativeTrainingResult> outcome) {
        boolean wasStopping = status.finish();
        checkpointText.set(""); // "Cancel keeps it" is about a run in progress; the outcome below says what was kept
        if (outcome instanceof JobOutcome.Succeeded<CreativeTrainingResult> s) {
            CreativeTrainingResult r = s.value();
            result.set(r);
            for (TrainingWarning w : r.warnings()) {
                if (warnings.stream().noneMatch(x -> x.kind() == w.kind())) warnings.add(w);
            }
            CreativeModel m = r.model();
            qualityText.set(m.quality() == null ? "" : m.quality().describeAll());
            status.step(CreativeTexts.trainedSummary(r));
            notice.set(r.cancelled() ? "Stopped at your request: kept the checkpoint of epoch " + m.epochsTrained() + "." : "");
            onTrained.accept(m);
        } else if (outcome instanceof JobOutcome.Failed<CreativeTrainingResult> f) {
            error.set("The model could not be trained: " + f.message()
                    + (result.get() == null ? "" : " The model trained before is unchanged."));
        } else {
            notice.set(wasStopping ? "Stopped before the first epoch finished, so there is no checkpoint to keep."
                    : "Training cancelled.");
        }
    }

    /** Stops after the current epoch; the last finished epoch's checkpoint is kept (said in {@link #noticeProperty()}). */
    public void cancel() {
        if (job.isActive()) status.requestStop("Stopping… the last finished epoch will be kept.");
    }

    public LossCurves curves() { return curves; }
    /** The request of the run shown (its family decides which loss series the chart shows), or null. */
    public ReadOnlyObjectProperty<CreativeRequest> requestProperty() { return request; }
    /** The newest preview grid's tiles. */
    public ObservableList<GeneratedImage> preview() { return preview; }
    /** How many preview grids arrived in this session (the view and tests watch it move). */
    public ReadOnlyIntegerProperty previewCountProperty() { return previews; }
    public ObservableList<TrainingWarning> warnings() { return warnings; }
    public ReadOnlyObjectProperty<CreativeTrainingResult> resultProperty() { return result; }
    public ReadOnlyBooleanProperty busyProperty() { return status.busyProperty(); }
    public ReadOnlyBooleanProperty stoppingProperty() { return status.stoppingProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return status.progressProperty(); }
    public ReadOnlyStringProperty messageProperty() { return status.messageProperty(); }
    /** "Epoch 3 of 10 · iteration 1,200". */
    public ReadOnlyStringProperty epochTextProperty() { return status.epochTextProperty(); }
    public ReadOnlyStringProperty etaTextProperty() { return status.etaTextProperty(); }
    /** "Checkpoint after epoch 2: Cancel keeps it.", or "". */
    public ReadOnlyStringProperty checkpointTextProperty() { return checkpointText; }
    /** "FID 23.4 (real-vs-real floor 3.1); 71% of images pass for real ones (real images 88%)", or "". */
    public ReadOnlyStringProperty qualityTextProperty() { return qualityText; }
    public ReadOnlyStringProperty noticeProperty() { return notice; }
    public ReadOnlyStringProperty errorProperty() { return error; }

    /** For tests and screenshots: the tiles of the newest preview grid. */
    List<GeneratedImage> previewTiles() { return List.copyOf(preview); }
}
