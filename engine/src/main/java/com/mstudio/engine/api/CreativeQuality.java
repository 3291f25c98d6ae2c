package com.mstudio.engine.api;

/**
 * A classifier-based Fréchet distance (FID-style): the distance between the feature statistics of generated images and
 * of held-out real images, where the features come from a small classifier trained on the real set. Lower is better.
 * {@code floor} is the same distance between two halves of the real held-out images: the best a model can hope for.
 *
 * @param fid            generated vs held-out real
 * @param floor          real vs real
 * @param generated      images generated for the score
 * @param real           held-out real images used
 * @param featureSize    size of the classifier features
 */
public record CreativeQuality(double fid, double floor, int generated, int real, int featureSize) {
    /** "FID 23.4 (real-vs-real floor 3.1)". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "FID %.1f (real-vs-real floor %.1f)", fid, floor);
    }
}
