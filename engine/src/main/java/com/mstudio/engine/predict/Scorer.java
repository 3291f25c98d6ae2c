package com.mstudio.engine.predict;

import com.mstudio.engine.api.FeatureMatrix;

/**
 * A trained model seen only as what it does: one propensity (0..1, higher = more likely positive) per row of a cleaned
 * feature matrix. Evaluation, importance and explanations need nothing else, so they work the same for every model.
 * Implementations that hold ND4J objects must be called on the engine thread only.
 */
@FunctionalInterface
public interface Scorer {
    double[] score(FeatureMatrix x);
}
