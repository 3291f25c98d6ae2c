package com.mstudio.ui.propensity;

import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.ModelEvaluation.Point;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityService;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live training curves: every metric point the training job reports, by series ("mlp/loss/train" …), step =
 * epoch. The chart redraws when {@link #revisionProperty()} changes (once per coalesced batch of points, not per point).
 */
public final class TrainingCurves {
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
            Kind k = kindOf(m.series());
            if (k != null) {
                lastKind = k;
                lastEpoch = (int) m.step();
            }
        }
        if (!batch.isEmpty()) revision.set(revision.get() + 1);
    }

    /** After training: the result's own curves (the same points), so the chart and the figures agree exactly. */
    void show(PropensityResult result) {
        series.clear();
        for (PropensityResult.TrainedModel t : result.models()) {
            Kind k = t.model().kind();
            for (PropensityResult.EpochPoint p : t.curve()) {
                point(k, PropensityService.SERIES_LOSS_TRAIN, p.epoch(), p.trainLoss());
                point(k, PropensityService.SERIES_LOSS_VALIDATION, p.epoch(), p.validationLoss());
                point(k, PropensityService.SERIES_ACCURACY_TRAIN, p.epoch(), p.trainAccuracy());
                point(k, PropensityService.SERIES_ACCURACY_VALIDATION, p.epoch(), p.validationAccuracy());
            }
        }
        revision.set(revision.get() + 1);
    }

    private void point(Kind kind, String name, int epoch, double value) {
        if (Double.isFinite(value)) {
            series.computeIfAbsent(PropensityService.series(kind, name), s -> new ArrayList<>()).add(new Point(epoch, value));
        }
    }

    private static Kind kindOf(String seriesName) {
        for (Kind k : Kind.values()) if (seriesName.startsWith(PropensityService.series(k, ""))) return k;
        return null;
    }

    /** The points of one series, e.g. {@code points(PropensityService.series(MLP, SERIES_LOSS_VALIDATION))}. */
    public List<Point> points(String name) {
        return List.copyOf(series.getOrDefault(name, List.of()));
    }

    /** All points received so far, over every series. */
    public int size() {
        return series.values().stream().mapToInt(List::size).sum();
    }

    /** The model that reported last (the one training now), or null. */
    public Kind lastKind() { return lastKind; }
    /** Its latest epoch (1-based), or 0. */
    public int lastEpoch() { return lastEpoch; }
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
}
