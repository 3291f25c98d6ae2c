package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

import java.util.Locale;
import java.util.Optional;

/**
 * The model settings: the preset (those that cannot work at the set's size are disabled with the reason), whether to
 * learn per class (only for a set with classes), epochs, seed and the advanced settings (latent size, batch size,
 * learning rate). Picking a preset loads its defaults into the advanced fields. Bad inputs are refused in words.
 * UI thread only.
 */
public final class ModelSetupViewModel {
    private final ObservableValue<ImageSet> set;
    private final SimpleObjectProperty<CreativePreset> preset = new SimpleObjectProperty<>(CreativePreset.CLASSIC_VAE);
    private final SimpleBooleanProperty conditional = new SimpleBooleanProperty();
    private final SimpleBooleanProperty conditionalAvailable = new SimpleBooleanProperty();
    private final SimpleStringProperty epochs = new SimpleStringProperty();
    private final SimpleStringProperty seed = new SimpleStringProperty(String.valueOf(CreativeRequest.DEFAULT_SEED));
    private final SimpleStringProperty latentSize = new SimpleStringProperty();
    private final SimpleStringProperty batchSize = new SimpleStringProperty();
    private final SimpleStringProperty learningRate = new SimpleStringProperty();
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private final SimpleStringProperty batchHint = new SimpleStringProperty("");
    /** The batch size last filled in for the user; a value they typed themselves is never replaced. */
    private String suggestedBatch = "";

    /**
     * Below this many images the convolutional GAN gets batch {@value #SMALL_SET_BATCH} instead of its default: at
     * 128 a 5,000-image set gives 35 steps an epoch, too few (the Fashion sample: FID 11.3 after 30 epochs of 128,
     * 8.2 after 24 of 32; docs/benchmarks.md).
     */
    static final int SMALL_SET_IMAGES = 10_000;
    static final int SMALL_SET_BATCH = 32;

    public ModelSetupViewModel(ObservableValue<ImageSet> set) {
        this.set = set;
        loadDefaults(preset.get());
        preset.addListener((o, was, now) -> {
            if (now != null) loadDefaults(now);
        });
        set.addListener((o, was, now) -> setChanged(now));
        setChanged(set.getValue());
    }

    private void setChanged(ImageSet now) {
        conditionalAvailable.set(now != null && now.labelled() && now.classes().size() > 1);
        suggestBatch();
        if (!conditionalAvailable.get()) conditional.set(false);
        // The preset picked before may not work at the new size: move to the first one that does.
        if (now != null && !preset.get().supports(now.shape())) {
            for (CreativePreset p : CreativePreset.values()) {
                if (p.supports(now.shape())) {
                    preset.set(p);
                    break;
                }
            }
        }
    }

    private void loadDefaults(CreativePreset p) {
        CreativeRequest d = CreativeRequest.defaults(p);
        epochs.set(String.valueOf(d.epochs()));
        latentSize.set(String.valueOf(d.latentSize()));
        suggestedBatch = "";
        suggestBatch();
        // Plain digits ("0.0002"): Double.toString would show 2.0E-4, which a marketer should not have to read.
        learningRate.set(java.math.BigDecimal.valueOf(d.learningRate()).stripTrailingZeros().toPlainString());
    }

    /** Fills in the batch size for the preset and the set's size (unless the user typed one), and says why. */
    private void suggestBatch() {
        CreativePreset p = preset.get();
        ImageSet s = set == null ? null : set.getValue();
        int batch = CreativeRequest.defaults(p).batchSize();
        boolean small = p == CreativePreset.DCGAN && s != null && s.count() < SMALL_SET_IMAGES;
        if (small) batch = SMALL_SET_BATCH;
        batchHint.set(small ? String.format(Locale.ROOT, "Batch %d for a set under %,d images: the convolutional GAN "
                + "needs steps more than large batches; at 128 this set gives only %,d steps an epoch.", batch,
                SMALL_SET_IMAGES, Math.max(1, s.count() / 128)) : "");
        String value = String.valueOf(batch);
        if (suggestedBatch.isEmpty() || suggestedBatch.equals(batchSize.get())) batchSize.set(value);
        suggestedBatch = value;
    }

    /** Why {@code p} cannot be picked for the set shown, or "" when it can. */
    public String unavailableReason(CreativePreset p) {
        ImageSet s = set.getValue();
        if (s == null || p.supports(s.shape())) return "";
        return p.convolutional() ? "Needs square images of 28, 32 or 64 pixels (this set is " + s.shape().describe() + ")"
                : "Works on 28×28 grey images only (this set is " + s.shape().describe() + "): choose 28 grey when importing";
    }

    /**
     * The request for the current settings, or empty with {@link #problemProperty()} saying what to fix.
     *
     * @param trainImages how many images will be trained on: the preview interval is chosen so that a short run on a
     *                    small set still shows a few previews per epoch
     */
    public Optional<CreativeRequest> request(int trainImages) {
        problem.set("");
        try {
            int e = positive(epochs.get(), "Epochs", 1, 1000);
            long s = Long.parseLong(seed.get().trim());
            int z = positive(latentSize.get(), "Latent size", 2, 512);
            int b = positive(batchSize.get(), "Batch size", 1, 4096);
            double lr = Double.parseDouble(learningRate.get().trim());
            if (!(lr > 0 && lr < 1)) throw new IllegalArgumentException("The learning rate must be between 0 and 1, e.g. 0.001.");
            CreativeRequest d = CreativeRequest.defaults(preset.get());
            int perEpoch = Math.max(1, trainImages / b);
            int previewEvery = Math.max(1, Math.min(d.previewEvery(), perEpoch / 3));
            return Optional.of(new CreativeRequest(preset.get(), conditional.get() && conditionalAvailable.get(), z, e, b,
                    lr, d.heldOutShare(), previewEvery, s));
        } catch (NumberFormatException nfe) {
            problem.set("Seed and learning rate must be numbers (e.g. seed 42, learning rate 0.001).");
        } catch (IllegalArgumentException iae) {
            problem.set(iae.getMessage());
        }
        return Optional.empty();
    }

    private static int positive(String text, String what, int min, int max) {
        int v;
        try {
            v = Integer.parseInt(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ".");
        }
        if (v < min || v > max) throw new IllegalArgumentException(what + " must be from " + min + " to " + max + ".");
        return v;
    }

    public SimpleObjectProperty<CreativePreset> presetProperty() { return preset; }
    public SimpleBooleanProperty conditionalProperty() { return conditional; }
    /** Whether the set has classes to learn per class. */
    public ReadOnlyBooleanProperty conditionalAvailableProperty() { return conditionalAvailable; }
    public SimpleStringProperty epochsProperty() { return epochs; }
    public SimpleStringProperty seedProperty() { return seed; }
    public SimpleStringProperty latentSizeProperty() { return latentSize; }
    public SimpleStringProperty batchSizeProperty() { return batchSize; }
    public SimpleStringProperty learningRateProperty() { return learningRate; }
    /** Why the batch size filled in differs from the preset's, or "". */
    public ReadOnlyStringProperty batchHintProperty() { return batchHint; }
    /** What is wrong with the settings, or "". */
    public ReadOnlyStringProperty problemProperty() { return problem; }
}
