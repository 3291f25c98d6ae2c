package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.ModelEvaluation.Point;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The live loss curves of a generative training: every point of the {@link CreativeService} loss series (step =
 * global iteration), kept by series. The chart redraws when {@link #revisionProperty()} changes, once per coalesced
 * batch of points.
 */
public final class LossCurves {
    private final Map<String, List<Point>> series = new LinkedHashMap<>();
    private final SimpleIntegerProperty revision = new SimpleIntegerProperty();

    void clear() {
        series.clear();
        revision.set(revision.get() + 1);
    }

    void add(Metric m) {
        if (!Double.isFinite(m.value())) return;
        series.computeIfAbsent(m.series(), s -> new ArrayList<>()).add(new Point(m.step(), m.value()));
        revision.set(revision.get() + 1);
    }

    /** The series names the chart shows for a family: D and G for a GAN, reconstruction and KL for a VAE. */
    static List<String> names(CreativePreset.Family family) {
        return family == CreativePreset.Family.GAN
                ? List.of(CreativeService.SERIES_DISCRIMINATOR, CreativeService.SERIES_GENERATOR)
                : List.of(CreativeService.SERIES_RECONSTRUCTION, CreativeService.SERIES_KL);
    }

    /** "Discriminator", "Generator", "Reconstruction", "KL divergence". */
    static String title(String seriesName) {
        return switch (seriesName) {
            case CreativeService.SERIES_DISCRIMINATOR -> "Discriminator";
            case CreativeService.SERIES_GENERATOR -> "Generator";
            case CreativeService.SERIES_RECONSTRUCTION -> "Reconstruction";
            case CreativeService.SERIES_KL -> "KL divergence";
            default -> seriesName;
        };
    }

    /** A model's per-epoch means, for a kept or demo model that was not trained in this session (step = epoch). */
    void show(CreativeModel model) {
        series.clear();
        List<String> n = names(model.preset().family());
        for (CreativeModel.EpochLosses e : model.curve()) {
            if (Double.isFinite(e.first())) series.computeIfAbsent(n.get(0), s -> new ArrayList<>()).add(new Point(e.epoch(), e.first()));
            if (Double.isFinite(e.second())) series.computeIfAbsent(n.get(1), s -> new ArrayList<>()).add(new Point(e.epoch(), e.second()));
        }
        revision.set(revision.get() + 1);
    }

    public List<Point> points(String name) {
        return List.copyOf(series.getOrDefault(name, List.of()));
    }

    public int size() {
        return series.values().stream().mapToInt(List::size).sum();
    }

    public ReadOnlyIntegerProperty revisionProperty() { return revision; }
}
