package com.mstudio.engine.api;

import java.util.List;

/**
 * What a training run produced.
 *
 * @param model           the saveable model (the last completed epoch's checkpoint when cancelled)
 * @param cancelled       true when the user cancelled and {@code model} is the last checkpoint
 * @param warnings        plain-words warnings raised during training (also sent live, see {@link CreativeService})
 * @param trainImages     images trained on
 * @param heldOutImages   images kept out for the quality score
 * @param secondsPerEpoch mean wall time of one full epoch on the engine thread
 * @param imagesPerSecond training images processed per second
 */
public record CreativeTrainingResult(CreativeModel model, boolean cancelled, List<TrainingWarning> warnings,
                                     int trainImages, int heldOutImages, double secondsPerEpoch,
                                     double imagesPerSecond) {
    public CreativeTrainingResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * @param kind      what went wrong
     * @param iteration when (global iteration, 1-based)
     * @param message   plain words with what to try ("The discriminator wins every batch (loss 0.001): the generator
     *                  gets no signal. Try a lower learning rate.")
     */
    public record TrainingWarning(Kind kind, long iteration, String message) {
        public enum Kind { DISCRIMINATOR_COLLAPSE, NOT_A_NUMBER, MODE_COLLAPSE, NO_PROGRESS }
    }
}
