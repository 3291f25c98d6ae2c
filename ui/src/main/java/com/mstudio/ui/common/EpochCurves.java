package com.mstudio.ui.common;

import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.ModelEvaluation.Point;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The live training curves of a feature that trains several model kinds side by side (propensity, copy): every metric
 * point the training job reports, by series ("mlp/loss/train" …), step = epoch. Charts redraw when
 * {@link #revisionProperty()} changes (once per coalesced batch of points, not per point). A feature's subclass adds
 * only how its finished result's own curves replace the live ones.
 *
 * @param <K> the feature's model kind
 */
public class EpochCurves<K extends Enum<K>> {
    private final Map<String, List<Point>> series = new LinkedHashMap<>();
    private final SimpleIntegerProperty revision = new SimpleIntegerProperty();
    private final K[] kinds;
    private final BiFunction<K, String, String> seriesName;
    private K lastKind;
    private int lastEpoch;

    /** @param seriesName the service's full series name for one kind, e.g. {@code PropensityService::series} */
    protected EpochCurves(K[] kinds, BiFunction<K, String, String> seriesName) {
        this.kinds = kinds.clone();
        this.seriesName = seriesName;
    }

    public void clear() {
        series.clear();
        lastKind = null;
        lastEpoch = 0;
        revision.set(revision.get() + 1);
    }

    public void add(List<Metric> batch) {
        for (Metric m : batch) {
            series.computeIfAbsent(m.series(), s -> new ArrayList<>()).add(new Point(m.step(), m.value()));
            K k = kindOf(m.series());
            if (k != null) {
                lastKind = k;
                lastEpoch = (int) m.step();
            }
        }
        if (!batch.isEmpty()) revision.set(revision.get() + 1);
    }

    /**
     * Replaces every series with one epoch row per point a finished model reports (so the chart and the result's
     * figures agree exactly); call {@link #replaced()} after the last one.
     */
    protected void replacing() {
        series.clear();
    }

    /** One finished epoch of one model; values that are not finite (no validation split) are left out. */
    protected void epoch(K kind, int epoch, String name, double value) {
        if (Double.isFinite(value)) {
            series.computeIfAbsent(seriesName.apply(kind, name), s -> new ArrayList<>()).add(new Point(epoch, value));
        }
    }

    protected void replaced() {
        revision.set(revision.get() + 1);
    }

    private K kindOf(String name) {
        for (K k : kinds) if (name.startsWith(seriesName.apply(k, ""))) return k;
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
    public K lastKind() { return lastKind; }
    /** Its latest epoch (1-based), or 0. */
    public int lastEpoch() { return lastEpoch; }
    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
}
