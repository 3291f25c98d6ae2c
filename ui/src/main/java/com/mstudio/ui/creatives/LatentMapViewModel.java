package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The 2-D latent map of a VAE: a square of images decoded across two latent dimensions (−2.5σ..+2.5σ) while every
 * other dimension stays where the sliders put it. The two dimensions default to the ones that change the image most
 * (measured once per model by decoding ±2σ along each); the user can pick others, and for a conditional model the
 * class. Clicking a cell makes it the picked tile, so the sliders move there and every tile action works on it.
 * Each map is one decode job; the latest wins, and a map made for settings the user has left is dropped. UI thread only.
 */
public final class LatentMapViewModel {
    /** Map sides offered; 9 × 9 by default. */
    public static final List<Integer> SIDES = List.of(7, 9, 11);

    private final CreativeService service;
    private final UiBridge bridge;
    private final GenerationViewModel generation;
    private final LatestJob job = new LatestJob();

    private final SimpleBooleanProperty open = new SimpleBooleanProperty();
    private final SimpleBooleanProperty available = new SimpleBooleanProperty();
    private final SimpleIntegerProperty side = new SimpleIntegerProperty(9);
    private final SimpleIntegerProperty xDim = new SimpleIntegerProperty(-1);
    private final SimpleIntegerProperty yDim = new SimpleIntegerProperty(-1);
    private final SimpleIntegerProperty classIndex = new SimpleIntegerProperty(-1);
    /** Dimensions from the one that changes the image most; empty until measured for the model. */
    private final ObservableList<Integer> ranking = FXCollections.observableArrayList();
    private double[] change = new double[0];
    private final ObservableList<GeneratedImage> cells = FXCollections.observableArrayList();
    private final SimpleObjectProperty<GeneratedImage> chosen = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty chosenIndex = new SimpleIntegerProperty(-1);
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty status = new SimpleStringProperty("");
    private final SimpleStringProperty error = new SimpleStringProperty("");
    /** What the shown map (or the one being made) was made from: equal keys mean the same images. */
    private MapKey shown, wanted;
    /** Set while this class changes its own properties, so their listeners do not start a map each. */
    private boolean quiet;

    public LatentMapViewModel(CreativeService service, UiBridge bridge, GenerationViewModel generation) {
        this.service = service;
        this.bridge = bridge;
        this.generation = generation;
        generation.modelProperty().addListener((o, was, now) -> modelChanged(now));
        modelChanged(generation.modelProperty().get());
        open.addListener(o -> refresh());
        side.addListener(o -> refresh());
        // Picking for one axis the dimension the other one shows swaps them, rather than asking for a map of one.
        xDim.addListener((o, was, now) -> axisChanged(yDim, was.intValue(), now.intValue()));
        yDim.addListener((o, was, now) -> axisChanged(xDim, was.intValue(), now.intValue()));
        classIndex.addListener(o -> refresh());
        // The sliders (or a new pick) move the point the map is drawn around; a move along the map's own axes does
        // not change the map, and the key comparison in refresh() then starts nothing.
        generation.sliderLatentProperty().addListener(o -> refresh());
        generation.picked().addListener((ListChangeListener<GeneratedImage>) c -> pickedChanged());
        // A class chosen for the grid is the class the map shows too ("Every class" leaves the map's as it is).
        generation.classIndexProperty().addListener((o, was, now) -> {
            if (available.get() && classIndex.get() >= 0 && now.intValue() >= 0) classIndex.set(now.intValue());
        });
    }

    private void modelChanged(CreativeModel m) {
        job.cancel();
        quiet = true;
        available.set(m != null && m.preset().family() == CreativePreset.Family.VAE);
        ranking.clear();
        change = new double[0];
        xDim.set(-1);
        yDim.set(-1);
        int cls = generation.classIndexProperty().get();
        classIndex.set(m == null || !m.conditional() ? -1 : Math.max(0, cls));
        quiet = false;
        cells.clear();
        chosen.set(null);
        chosenIndex.set(-1);
        shown = wanted = null;
        busy.set(false);
        error.set("");
        status.set("");
        refresh();
    }

    private void axisChanged(SimpleIntegerProperty other, int was, int now) {
        if (!quiet && now >= 0 && now == other.get() && was >= 0) {
            quiet = true;
            other.set(was);
            quiet = false;
        }
        refresh();
    }

    /** A tile picked on the grid with a class: the map shows that class, around that tile. */
    private void pickedChanged() {
        List<GeneratedImage> p = generation.picked();
        if (p.isEmpty() || !available.get() || classIndex.get() < 0) return;
        int cls = p.get(p.size() - 1).classIndex();
        if (cls >= 0) classIndex.set(cls);
    }

    /** Makes the map the current settings ask for, unless it is shown or being made already. */
    private void refresh() {
        CreativeModel m = generation.modelProperty().get();
        if (quiet || !open.get() || !available.get() || m == null) return;
        if (ranking.isEmpty()) {
            measure(m);
            return;
        }
        int x = xDim.get(), y = yDim.get();
        if (x == y || x < 0 || y < 0 || x >= m.latentSize() || y >= m.latentSize()) {
            error.set("Pick two different dimensions for the map's axes.");
            return;
        }
        error.set("");
        MapKey key = new MapKey(m, classIndex.get(), side.get(), xDim.get(), yDim.get(), base(m));
        if (key.equals(wanted) && (busy.get() || key.equals(shown))) return;
        wanted = key;
        List<float[]> latents = LatentGrid.map(key.base(), key.x(), key.y(), key.side());
        status.set(String.format(Locale.ROOT, "Decoding %d images…", latents.size()));
        decode(m, latents, key.classIndex(), out -> {
            if (!key.equals(wanted)) return; // the user moved on while it was made: not the map they now want
            shown = key;
            chosen.set(null);
            chosenIndex.set(-1);
            cells.setAll(out);
            status.set(describe(m, key));
        });
    }

    /** Decodes ±2σ along every dimension once per model, then picks the two that change the image most. */
    private void measure(CreativeModel m) {
        if (busy.get() && wanted == null) return; // measuring already
        wanted = null;
        List<float[]> probes = LatentGrid.probes(m.latentSize());
        status.set("Finding the dimensions that change the image most (" + probes.size() + " images)…");
        decode(m, probes, classIndex.get(), out -> {
            if (generation.modelProperty().get() != m) return;
            change = LatentGrid.change(out);
            quiet = true;
            ranking.setAll(LatentGrid.ranking(change));
            xDim.set(ranking.get(0));
            yDim.set(ranking.get(1));
            quiet = false;
            generation.sliderDims().setAll(sliderDims());
            refresh();
        });
    }

    private void decode(CreativeModel m, List<float[]> latents, int cls, Consumer<List<GeneratedImage>> shownOnUi) {
        long gen = job.next();
        busy.set(true);
        error.set("");
        JobListener<List<GeneratedImage>> l = job.listener(gen, p -> {}, o -> {
            busy.set(false);
            if (o instanceof JobOutcome.Succeeded<List<GeneratedImage>> s) shownOnUi.accept(s.value());
            else if (o instanceof JobOutcome.Failed<List<GeneratedImage>> f) error.set(f.message());
            else status.set("Cancelled.");
        });
        job.started(gen, service.decode(m, latents, cls, bridge.source(), bridge.listener(l)));
    }

    /** Stops the map being made; the last map stays. */
    public void cancel() {
        if (!busy.get()) return;
        job.cancel();
        busy.set(false);
        wanted = shown;
        status.set(cells.isEmpty() ? "Cancelled." : "Cancelled: the map shown is the last one made.");
    }

    /** Cell {@code index} (row by row from the top left) clicked: shown large, picked, the sliders moved there. */
    public void choose(int index) {
        if (index < 0 || index >= cells.size()) return;
        GeneratedImage g = cells.get(index);
        chosen.set(g);
        chosenIndex.set(index);
        generation.pickOnly(g);
    }

    /** The map's axes first, then the next dimensions that change the image most. */
    private List<Integer> sliderDims() {
        List<Integer> out = new ArrayList<>(List.of(xDim.get(), yDim.get()));
        for (int d : ranking) {
            if (out.size() >= GenerationViewModel.SLIDERS) break;
            if (!out.contains(d)) out.add(d);
        }
        return out;
    }

    /** The sliders' point (the picked tile as moved), or the prior's centre when nothing is picked. */
    private float[] base(CreativeModel m) {
        float[] z = generation.sliderLatentProperty().get();
        return z != null && z.length == m.latentSize() ? z.clone() : new float[m.latentSize()];
    }

    private String describe(CreativeModel m, MapKey k) {
        String cls = k.classIndex() >= 0 && k.classIndex() < m.classes().size() ? m.classes().get(k.classIndex()) + ", " : "";
        return String.format(Locale.ROOT, "%s%d × %d: %s across, %s up, the rest at the sliders.",
                cls, k.side(), k.side(), dimensionName(k.x()), dimensionName(k.y()));
    }

    /** "Dimension 8" (numbered from 1, as the sliders are). */
    public static String dimensionName(int dim) {
        return "Dimension " + (dim + 1);
    }

    /** "Dimension 8 · changes 12%": for the pickers, so the user sees which are worth mapping. */
    public String dimensionLabel(int dim) {
        if (dim < 0) return "";
        if (dim >= change.length) return dimensionName(dim);
        return String.format(Locale.ROOT, "%s · changes %.0f%%", dimensionName(dim), 100 * change[dim]);
    }

    /** The value (in σ) of axis position {@code i}, for the axis labels. */
    public double axisValue(int i) {
        return LatentGrid.offset(i, side.get());
    }

    public boolean conditional() {
        CreativeModel m = generation.modelProperty().get();
        return m != null && m.conditional();
    }

    /** Whether the map is shown (it is made only then). */
    public SimpleBooleanProperty openProperty() { return open; }
    /** Whether the chosen model has a latent space worth mapping (a VAE). */
    public ReadOnlyBooleanProperty availableProperty() { return available; }
    /** Cells per side. */
    public SimpleIntegerProperty sideProperty() { return side; }
    /** The dimension running left to right, or -1 before it is measured. */
    public SimpleIntegerProperty xDimProperty() { return xDim; }
    /** The dimension running bottom to top, or -1 before it is measured. */
    public SimpleIntegerProperty yDimProperty() { return yDim; }
    /** The class drawn (conditional models), else -1. */
    public SimpleIntegerProperty classIndexProperty() { return classIndex; }
    /** Every dimension, from the one that changes the image most; empty until measured. */
    public ObservableList<Integer> ranking() { return ranking; }
    /** The map's images, row by row from the top left. */
    public ObservableList<GeneratedImage> cells() { return cells; }
    public ReadOnlyObjectProperty<GeneratedImage> chosenProperty() { return chosen; }
    public ReadOnlyIntegerProperty chosenIndexProperty() { return chosenIndex; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** What the map shows, or what is being made. */
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ReadOnlyStringProperty errorProperty() { return error; }

    private record MapKey(CreativeModel model, int classIndex, int side, int x, int y, float[] base) {
        /** Keys compare the base without the map's own axes: moving along them shows the same map. */
        MapKey {
            base = base.clone();
            base[x] = 0;
            base[y] = 0;
        }

        @Override public boolean equals(Object o) {
            return o instanceof MapKey k && k.model == model && k.classIndex == classIndex && k.side == side && k.x == x
                    && k.y == y && Arrays.equals(k.base, base);
        }

        @Override public int hashCode() {
            return Arrays.hashCode(base) * 31 + x * 7 + y;
        }
    }
}
