package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning.Kind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Watches a training run for the ways a generative model goes wrong and says so in plain words, once per kind:
 * <ul>
 * <li>the discriminator's loss stays near zero for {@link #COLLAPSE_ITERATIONS} iterations in a row: it tells real from
 * fake every time and the generator learns nothing from it;</li>
 * <li>a loss is NaN or infinite: the weights are lost, training must stop (the caller stops);</li>
 * <li>the preview's diversity falls below {@link #MODE_COLLAPSE_SHARE} of the highest it reached: the generator makes
 * (nearly) the same image for every latent.</li>
 * </ul>
 * Pure Java: it sees only numbers, so its rules are tested without training anything.
 */
final class TrainingWatch {
    /** Below this, a discriminator's BCE loss (real + fake) means it is right with near certainty on every image. */
    static final double COLLAPSE_LOSS = 0.01;
    static final int COLLAPSE_ITERATIONS = 100;
    static final double MODE_COLLAPSE_SHARE = 0.3;
    /** Diversity is judged only after this many previews: the untrained generator's first tiles say little. */
    static final int MODE_COLLAPSE_AFTER_PREVIEWS = 3;

    private final boolean gan;
    private final List<TrainingWarning> warnings = new ArrayList<>();
    private final Set<Kind> raised = EnumSet.noneOf(Kind.class);
    private int lowLossRun;
    private double peakDiversity;
    private int previews;

    TrainingWatch(CreativePreset preset) {
        this.gan = preset.family() == CreativePreset.Family.GAN;
    }

    /** Looks at one step's losses; returns the warning raised now, or null. */
    TrainingWarning step(long iteration, double first, double second) {
        if (!Double.isFinite(first) || !Double.isFinite(second)) {
            boolean firstBad = !Double.isFinite(first);
            double bad = firstBad ? first : second;
            String which = gan ? (firstBad ? "discriminator" : "generator") : (firstBad ? "reconstruction" : "KL");
            return raise(Kind.NOT_A_NUMBER, iteration, String.format(Locale.ROOT, "The %s loss became %s at iteration "
                    + "%,d: the weights are no longer numbers, so training stopped there. Try a lower learning rate.",
                    which, Double.isNaN(bad) ? "NaN (not a number)" : "infinite", iteration));
        }
        if (!gan) return null;
        lowLossRun = first < COLLAPSE_LOSS ? lowLossRun + 1 : 0;
        if (lowLossRun == COLLAPSE_ITERATIONS) {
            return raise(Kind.DISCRIMINATOR_COLLAPSE, iteration, String.format(Locale.ROOT, "The discriminator has won "
                    + "every batch for %d iterations (loss %.4f): the generator gets no signal to learn from. Try a "
                    + "lower learning rate or another seed.", COLLAPSE_ITERATIONS, first));
        }
        return null;
    }

    /** Looks at a preview's diversity; returns the warning raised now, or null. */
    TrainingWarning preview(long iteration, double diversity) {
        previews++;
        if (previews > MODE_COLLAPSE_AFTER_PREVIEWS && peakDiversity > 0 && diversity < MODE_COLLAPSE_SHARE * peakDiversity) {
            return raise(Kind.MODE_COLLAPSE, iteration, String.format(Locale.ROOT, "The preview tiles look more and more "
                    + "alike (diversity %.3f, down from %.3f): the generator may be making one image for every input "
                    + "(mode collapse). Try another seed, a lower learning rate or fewer epochs.", diversity, peakDiversity));
        }
        peakDiversity = Math.max(peakDiversity, diversity);
        return null;
    }

    private TrainingWarning raise(Kind kind, long iteration, String message) {
        if (!raised.add(kind)) return null;
        TrainingWarning w = new TrainingWarning(kind, iteration, message);
        warnings.add(w);
        return w;
    }

    /** Adds a warning that the trainer itself decides on (e.g. what was kept after NaN). */
    void add(TrainingWarning warning) {
        warnings.add(warning);
    }

    List<TrainingWarning> warnings() {
        return List.copyOf(warnings);
    }
}
