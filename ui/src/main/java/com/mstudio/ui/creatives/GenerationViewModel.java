package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The part a marketer plays with: a grid of fresh images from the chosen model (trained here, kept, or a demo),
 * Regenerate, and for picked tiles Variations, Interpolate and (for a VAE) latent sliders. Every call is an engine job
 * and the latest wins: a new grid cancels the one still being made. UI thread only.
 */
public final class GenerationViewModel {
    /** Grid sides offered: 4×4 .. 10×10. */
    public static final int MIN_SIDE = 4, MAX_SIDE = 10;
    /** Latent dimensions that get a slider. */
    static final int SLIDERS = 4;
    private static final long FIRST_SEED = 1000;

    private final CreativeService service;
    private final UiBridge bridge;
    private final LatestJob gridJob = new LatestJob();
    private final LatestJob stripJob = new LatestJob();
    private final LatestJob sliderJob = new LatestJob();

    private final ObservableList<CreativeModel> models = FXCollections.observableArrayList();
    private final Set<String> demoKeys = new HashSet<>(); // name + date of the shipped demo models
    private final SimpleObjectProperty<CreativeModel> model = new SimpleObjectProperty<>();
    private final SimpleIntegerProperty side = new SimpleIntegerProperty(6);
    private final SimpleIntegerProperty classIndex = new SimpleIntegerProperty(-1);
    private long seed = FIRST_SEED;
    /** What a seedless image in the strip is called: "Variation" or "Frame". */
    private String stripKind = "Frame";
    private final ObservableList<GeneratedImage> tiles = FXCollections.observableArrayList();
    private final ObservableList<GeneratedImage> picked = FXCollections.observableArrayList();
    private final ObservableList<GeneratedImage> strip = FXCollections.observableArrayList();
    private final SimpleStringProperty stripTitle = new SimpleStringProperty("");
    private final SimpleObjectProperty<float[]> sliderLatent = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<GeneratedImage> sliderImage = new SimpleObjectProperty<>();
    /** The latent dimensions the sliders move (the latent map puts its two axes first). */
    private final ObservableList<Integer> sliderDims = FXCollections.observableArrayList(defaultSliderDims(SLIDERS));
    private final SimpleStringProperty qualityText = new SimpleStringProperty("");
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleStringProperty error = new SimpleStringProperty("");

    public GenerationViewModel(CreativeService service, UiBridge bridge) {
        this.service = service;
        this.bridge = bridge;
        model.addListener((o, was, now) -> {
            classIndex.set(-1);
            picked.clear();
            strip.clear();
            stripTitle.set("");
            sliderLatent.set(null);
            sliderImage.set(null);
            sliderDims.setAll(defaultSliderDims(now == null ? SLIDERS : Math.min(SLIDERS, now.latentSize())));
            qualityText.set(CreativeTexts.qualityLine(now));
            if (now != null) generate();
            else tiles.clear();
        });
        side.addListener((o, was, now) -> generate());
        classIndex.addListener((o, was, now) -> generate());
        picked.addListener((javafx.collections.ListChangeListener<GeneratedImage>) c -> pickedChanged());
    }

    /** Offers {@code m} first among the models and shows it (a model just trained). */
    public void offer(CreativeModel m) {
        models.removeIf(x -> x.name().equals(m.name()) && x.createdAt().equals(m.createdAt()));
        models.add(0, m);
        model.set(m);
    }

    /** Adds the shipped demo models after the others; the model list names them as demos. */
    public void addDemos(List<CreativeModel> demos) {
        for (CreativeModel m : demos) demoKeys.add(key(m));
        addAll(demos);
    }

    /**
     * The model's name as the model list shows it: what the model is first ("Convolutional GAN per class · 24 epochs ·
     * fashion_mnist_sample (train)"), so a narrow list still shows it, and a shipped demo says so, so it is not taken
     * for the user's own.
     */
    public String label(CreativeModel m) {
        String name = m.name();
        String source = m.sourceName() == null ? "" : m.sourceName() + " · ";
        if (!source.isEmpty() && name.startsWith(source) && name.length() > source.length()) {
            name = name.substring(source.length()) + " · " + m.sourceName();
        }
        return demoKeys.contains(key(m)) ? "Demo · " + name : name;
    }

    private static String key(CreativeModel m) {
        return m.name() + "\u0000" + m.createdAt();
    }

    /** Adds models found on disk (kept, demo) after the ones already offered; picks the first if none is shown. */
    public void addAll(List<CreativeModel> found) {
        for (CreativeModel m : found) {
            if (models.stream().noneMatch(x -> x.name().equals(m.name()) && x.createdAt().equals(m.createdAt()))) models.add(m);
        }
        if (model.get() == null && !models.isEmpty()) model.set(models.get(0));
    }

    /** A fresh grid at the current seed. */
    public void generate() {
        CreativeModel m = model.get();
        if (m == null) return;
        int count = side.get() * side.get();
        int cls = m.conditional() ? classIndex.get() : -1;
        run(gridJob, listener -> service.generate(m, count, seed, cls, bridge.source(), listener), out -> {
            tiles.setAll(out);
            picked.clear();
        });
    }

    /** The next grid: moves on by the grid's size, so every tile ever shown can be made again from its seed. */
    public void regenerate() {
        seed += (long) side.get() * side.get();
        generate();
    }

    /** Picks or unpicks a tile; a third pick replaces the oldest, so there are at most two. */
    public void toggle(GeneratedImage g) {
        if (picked.remove(g)) return;
        if (picked.size() == 2) picked.remove(0);
        picked.add(g);
    }

    /** Makes {@code g} (a latent map's cell) the only pick, so every tile action and the sliders work on it. */
    public void pickOnly(GeneratedImage g) {
        picked.setAll(g);
    }

    /** Images near the picked tile; {@code spread} 0.1 subtle .. 1 very different. */
    public void variations(double spread) {
        CreativeModel m = model.get();
        if (m == null || picked.isEmpty()) return;
        GeneratedImage of = picked.get(picked.size() - 1);
        long s = of.seed() < 0 ? seed : of.seed() * 31 + 7;
        run(stripJob, l -> service.variations(m, of, 8, spread, s, bridge.source(), l), out -> {
            stripKind = "Variation";
            strip.setAll(out);
            stripTitle.set("Variations of " + CreativeTexts.tileCaption(of, m).replace("\n", " · ").replace("Seed", "seed")
                    + String.format(java.util.Locale.ROOT, " (spread %.2f)", spread));
        });
    }

    /** A strip of {@code frames} images from the first picked tile to the second. */
    public void interpolate(int frames) {
        CreativeModel m = model.get();
        if (m == null || picked.size() < 2) return;
        GeneratedImage from = picked.get(0), to = picked.get(1);
        run(stripJob, l -> service.interpolate(m, from, to, frames, bridge.source(), l), out -> {
            stripKind = "Frame";
            strip.setAll(out);
            stripTitle.set("From " + CreativeTexts.tileCaption(from, m).replace("\n", " · ") + " to "
                    + CreativeTexts.tileCaption(to, m).replace("\n", " · "));
        });
    }

    private void pickedChanged() {
        CreativeModel m = model.get();
        if (m == null || picked.isEmpty() || m.preset().family() != CreativePreset.Family.VAE) {
            sliderLatent.set(null);
            sliderImage.set(null);
            return;
        }
        GeneratedImage last = picked.get(picked.size() - 1);
        sliderLatent.set(last.latent().clone());
        sliderImage.set(last);
    }

    /** Whether latent sliders make sense: a VAE's latent space is smooth around the prior. */
    public boolean slidersAvailable() {
        return model.get() != null && model.get().preset().family() == CreativePreset.Family.VAE;
    }

    /** Moves latent dimension {@code dim} of the picked tile to {@code value} and decodes it (latest wins). */
    public void slide(int dim, double value) {
        CreativeModel m = model.get();
        float[] z = sliderLatent.get();
        if (m == null || z == null || dim < 0 || dim >= z.length) return;
        float[] next = z.clone();
        next[dim] = (float) value;
        sliderLatent.set(next);
        int cls = sliderImage.get() == null ? -1 : sliderImage.get().classIndex();
        run(sliderJob, l -> service.decode(m, List.of(next), m.conditional() ? cls : -1, bridge.source(), l),
                out -> { if (!out.isEmpty()) sliderImage.set(out.get(0)); });
    }

    private static List<Integer> defaultSliderDims(int count) {
        return java.util.stream.IntStream.range(0, count).boxed().toList();
    }

    private interface Start {
        JobHandle<List<GeneratedImage>> start(JobListener<List<GeneratedImage>> listener);
    }

    private void run(LatestJob job, Start start, Consumer<List<GeneratedImage>> shown) {
        long gen = job.next();
        busy.set(true);
        error.set("");
        JobListener<List<GeneratedImage>> l = job.listener(gen, p -> {}, o -> {
            busy.set(gridJob.isActive() || stripJob.isActive() || sliderJob.isActive());
            if (o instanceof JobOutcome.Succeeded<List<GeneratedImage>> s) shown.accept(s.value());
            else if (o instanceof JobOutcome.Failed<List<GeneratedImage>> f) error.set(f.message());
        });
        job.started(gen, start.start(bridge.listener(l)));
    }

    public ObservableList<CreativeModel> models() { return models; }
    public SimpleObjectProperty<CreativeModel> modelProperty() { return model; }
    /** Tiles per side of the grid (4..10). */
    public SimpleIntegerProperty sideProperty() { return side; }
    /** The class asked for (conditional models), or -1 for every class in turn. */
    public SimpleIntegerProperty classIndexProperty() { return classIndex; }
    public long seed() { return seed; }
    public ObservableList<GeneratedImage> tiles() { return tiles; }
    /** The picked tiles, oldest first (at most two). */
    public ObservableList<GeneratedImage> picked() { return picked; }
    /** The variations or interpolation frames last made. */
    public ObservableList<GeneratedImage> strip() { return strip; }
    public ReadOnlyStringProperty stripTitleProperty() { return stripTitle; }
    /** "Variation" or "Frame": how the strip's images without a seed of their own are named. */
    public String stripKind() { return stripKind; }
    /** The picked tile's latent as moved by the sliders, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<float[]> sliderLatentProperty() { return sliderLatent; }
    /** The picked tile as moved by the sliders, or null. */
    public javafx.beans.property.ReadOnlyObjectProperty<GeneratedImage> sliderImageProperty() { return sliderImage; }
    /** The latent dimensions the sliders move, in slider order. */
    public ObservableList<Integer> sliderDims() { return sliderDims; }
    /** The chosen model's quality score, or that it was not measured; "" without a model. */
    public ReadOnlyStringProperty qualityTextProperty() { return qualityText; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty errorProperty() { return error; }
}
