package com.mstudio.engine.copy;

import java.util.List;

/** A trained classifier seen from outside: class probabilities for token lists. Called on the engine thread. */
public interface TextScorer {
    /** One row per text, one column per class in label order; each row sums to 1. */
    double[][] probabilities(List<List<String>> tokenizedTexts);
}
