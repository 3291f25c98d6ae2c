package com.mstudio.ui.creatives;

import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.ui.common.Formats;
import com.mstudio.ui.common.LatestJob;
import com.mstudio.ui.common.UiBridge;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The image set the Creatives screen trains on: where it comes from (a sample, a folder, Fashion-MNIST IDX files),
 * the size and fit the images are brought to, the import job (on the I/O lane, with progress and Cancel), and what
 * came out: the set, a few thumbnails per class, and the files that were skipped with why. A failed or cancelled
 * import keeps the set loaded before. UI thread only.
 */
public final class ImageSetViewModel {
    /** Thumbnails shown per class in the strip. */
    static final int THUMBNAILS_PER_CLASS = 8;

    /** The sizes offered: the classic models' 28×28 grey, and 32/64 colour for the convolutional ones. */
    public static final List<ImageShape> SHAPES = List.of(ImageShape.GREY_28, ImageShape.COLOUR_32, ImageShape.COLOUR_64);

    private final ImageService images;
    private final UiBridge bridge;
    private final LatestJob job = new LatestJob();
    private final SimpleObjectProperty<ImageShape> shape = new SimpleObjectProperty<>(ImageShape.GREY_28);
    private final SimpleObjectProperty<ImageSet.ImageFit> fit = new SimpleObjectProperty<>(ImageSet.ImageFit.PAD);
    private final SimpleObjectProperty<Path> source = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<ImageSet> set = new SimpleObjectProperty<>();
    private final SimpleBooleanProperty busy = new SimpleBooleanProperty();
    private final SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
    private final SimpleStringProperty progressMessage = new SimpleStringProperty("");
    private final SimpleStringProperty summary = new SimpleStringProperty("");
    private final SimpleStringProperty error = new SimpleStringProperty("");
    private final ObservableList<ClassStrip> strips = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    /** At most this many images are read (0: all); a seeded, class-stratified choice made by the service. */
    private int limit;

    public ImageSetViewModel(ImageService images, UiBridge bridge) {
        this.images = images;
        this.bridge = bridge;
    }

    /** One class's row of thumbnails: its name, how many images it has, and the indices of the first few. */
    public record ClassStrip(String title, int count, List<Integer> indices) {}

    /** Chooses the source and a sensible size for it (the user can change the size before importing). */
    public void choose(Path path) {
        source.set(path);
        try {
            shape.set(images.suggestShape(path));
        } catch (RuntimeException e) {
            // A guess only: the import itself names what is wrong with the source.
        }
    }

    /** Imports the chosen source at the chosen size and fit; a running import is replaced. */
    public void importChosen() {
        Path path = source.get();
        if (path == null) return;
        long gen = job.next();
        busy.set(true);
        error.set("");
        progress.set(-1);
        progressMessage.set("Reading " + path.getFileName() + "…");
        JobListener<ImageSet> l = job.listener(gen, p -> {
            progress.set(p.isIndeterminate() ? -1 : p.fraction());
            if (p.message() != null && !p.message().isBlank()) progressMessage.set(p.message());
        }, this::imported);
        JobHandle<ImageSet> h = images.importImages(path, shape.get(), fit.get(), limit, bridge.source(), bridge.listener(l));
        job.started(gen, h);
    }

    /** Chooses and imports in one go (a sample set's button). */
    public void open(Path path) {
        choose(path);
        importChosen();
    }

    public void cancel() {
        job.cancel();
        busy.set(false);
        progressMessage.set("");
        error.set(set.get() == null ? "Import cancelled." : "Import cancelled. The image set shown is unchanged.");
    }

    private void imported(JobOutcome<ImageSet> outcome) {
        busy.set(false);
        if (outcome instanceof JobOutcome.Succeeded<ImageSet> s) {
            show(s.value());
        } else if (outcome instanceof JobOutcome.Failed<ImageSet> f) {
            error.set(f.message() + (set.get() == null ? "" : " The image set shown is unchanged."));
        } else {
            error.set(set.get() == null ? "Import cancelled." : "Import cancelled. The image set shown is unchanged.");
        }
    }

    /** Shows {@code s} (also used when a set is handed over without an import). */
    void show(ImageSet s) {
        set.set(s);
        summary.set(summary(s));
        strips.setAll(strips(s));
        problems.setAll(s.problems().stream().map(p -> p.source() + ": " + p.message()).toList());
    }

    /** "1,000 images · 10 classes · 28×28 grey · Fit inside and pad · 2 files skipped". */
    static String summary(ImageSet s) {
        StringBuilder b = new StringBuilder(s.name()).append(" · ").append(Formats.count(s.count())).append(" images · ");
        b.append(s.labelled() ? s.classes().size() + " classes" : "no classes").append(" · ").append(s.shape().describe())
                .append(" · ").append(s.fit().title());
        if (!s.problems().isEmpty()) {
            b.append(" · ").append(s.problems().size()).append(s.problems().size() == 1 ? " file skipped" : " files skipped");
        }
        return b.toString();
    }

    /** The first {@link #THUMBNAILS_PER_CLASS} images of each class (or of the whole set when unlabelled). */
    static List<ClassStrip> strips(ImageSet s) {
        List<ClassStrip> out = new ArrayList<>();
        if (!s.labelled()) {
            List<Integer> first = new ArrayList<>();
            for (int i = 0; i < s.count() && first.size() < THUMBNAILS_PER_CLASS * 2; i++) first.add(i);
            out.add(new ClassStrip("All images", s.count(), first));
            return out;
        }
        for (int c = 0; c < s.classes().size(); c++) {
            List<Integer> idx = new ArrayList<>();
            int count = 0;
            for (int i = 0; i < s.count(); i++) {
                if (s.labels()[i] != c) continue;
                count++;
                if (idx.size() < THUMBNAILS_PER_CLASS) idx.add(i);
            }
            out.add(new ClassStrip(s.classes().get(c), count, idx));
        }
        return out;
    }

    /** The pixels of image {@code index} of the set shown. */
    public byte[] pixels(int index) {
        ImageSet s = set.get();
        int size = s.shape().size();
        byte[] out = new byte[size];
        System.arraycopy(s.pixels(), index * size, out, 0, size);
        return out;
    }

    public void setLimit(int value) { limit = Math.max(0, value); }
    public ImageService images() { return images; }
    public SimpleObjectProperty<ImageShape> shapeProperty() { return shape; }
    public SimpleObjectProperty<ImageSet.ImageFit> fitProperty() { return fit; }
    public ReadOnlyObjectProperty<Path> sourceProperty() { return source; }
    /** The imported set, or null. */
    public ReadOnlyObjectProperty<ImageSet> setProperty() { return set; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressMessageProperty() { return progressMessage; }
    public ReadOnlyStringProperty summaryProperty() { return summary; }
    /** Why the last import failed or that it was cancelled, or "". */
    public ReadOnlyStringProperty errorProperty() { return error; }
    public ObservableList<ClassStrip> strips() { return strips; }
    /** "photos/bag/broken.png: not a PNG or JPEG image", one per skipped file. */
    public ObservableList<String> problems() { return problems; }
}
