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
        batchSize.set(String.valueOf(d.batchSize()));
        learningRate.set(String.format(Locale.ROOT, "%s", d.learningRate()));
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
    /** What is wrong with the settings, or "". */
    public ReadOnlyStringProperty problemProperty() { return problem; }
}
