package com.mstudio.ui.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.ModelEvaluation.Point;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live training curves of the copy models: every metric point the training job reports, by series
 * ("attention/loss/train" …), step = epoch. The charts redraw when {@link #revisionProperty()} changes (once per
 * coalesced batch of points).
 */
public final class CopyCurves {
    private final Map<String, List<Point>> series = new LinkedHashMap<>();
    private final SimpleIntegerProperty revision = new SimpleIntegerProperty();
    private Kind lastKind;
    private int lastEpoch;

    void clear() {
        series.clear();
        lastKind = null;
        lastEpoch = 0;
        revision.set(revision.get() + 1);
    }

    void add(List<Metric> batch) {
        for (Metric m : batch) {
            series.computeIfAbsent(m.series(), s -> new ArrayList<>()).add(new Point(m.step(), m.value()));
            for (Kind k : Kind.values()) {
                if (m.series().startsWith(CopyService.series(k, ""))) {
                    lastKind = k;
                    lastEpoch = (int) m.step();
                }
            }
        }
        if (!batch.isEmpty()) revision.set(revision.get() + 1);
    }

    /** After training: the result's own curves, so the charts and the figures agree exactly. */
    void show(CopyTrainingResult result) {
        series.clear();
        for (CopyTrainingResult.TrainedModel t : result.models()) {
            Kind k = t.model().kind();
            for (CopyTrainingResult.EpochPoint p : t.curve()) {
                point(k, CopyService.SERIES_LOSS_TRAIN, p.epoch(), p.trainLoss());
                point(k, CopyService.SERIES_LOSS_VALIDATION, p.epoch(), p.validationLoss());
                point(k, CopyService.SERIES_ACCURACY_TRAIN, p.epoch(), p.trainAccuracy());
                point(k, CopyService.SERIES_ACCURACY_VALIDATION, p.epoch(), p.validationAccuracy());
            }
        }
        revision.set(revision.get() + 1);
    }

    private void point(Kind kind, String name, int epoch, double value) {
        if (Double.isFinite(value)) {
            series.computeIfAbsent(CopyService.series(kind, name), s -> new ArrayList<>()).add(new Point(epoch, value));
        }
    }

    /** The points of one series, e.g. {@code points(CopyService.series(ATTENTION, SERIES_LOSS_VALIDATION))}. */
    public List<Point> points(String name) {
        return List.copyOf(series.getOrDefault(name, List.of()));
    }

    public int size() {
        return series.values().stream().mapToInt(List::size).sum();
    }

    /** The model that reported last (the one training now), or null. */
    public Kind lastKind() { return lastKind; }
    /** Its latest epoch (1-based), or 0. */
    public int lastEpoch() { return lastEpoch; }
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
}
