package com.mstudio.engine.api;

/**
 * A classifier-based Fréchet distance (FID-style): the distance between the feature statistics of generated images and
 * of held-out real images, where the features come from a small classifier trained on the real set. Lower is better.
 * {@code floor} is the same distance between two halves of the real held-out images: the best a model can hope for.
 * <p>
 * Next to it, the share of generated images that pass for real ones: those lying within the feature-space neighbourhood
 * of some held-out real image (k-nearest-neighbour "precision"). A malformed tile (half shoe, half shirt, or a smear)
 * lies outside; FID averages over the whole set and hides a quarter of such tiles behind a sharp majority, this share
 * counts them. {@code realisticFloor} is the same share for the other half of the held-out real images: what a perfect
 * generator scores. Higher is better. Both are null for a quality measured before they existed.
 *
 * @param fid            generated vs held-out real
 * @param floor          real vs real
 * @param generated      images generated for the score
 * @param real           held-out real images used
 * @param featureSize    size of the classifier features
 * @param realisticShare share (0..1) of generated images that pass for real ones, or null
 * @param realisticFloor the same share for held-out real images, or null
 */
public record CreativeQuality(double fid, double floor, int generated, int real, int featureSize, Double realisticShare,
                              Double realisticFloor) {
    /** A quality without the realistic share (files written before it existed, and callers that do not measure it). */
    public CreativeQuality(double fid, double floor, int generated, int real, int featureSize) {
        this(fid, floor, generated, real, featureSize, null, null);
    }

    /** "FID 23.4 (real-vs-real floor 3.1)". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "FID %.1f (real-vs-real floor %.1f)", fid, floor);
    }

    /** "71% of images pass for real ones (real images 84%)", or "" when not measured. */
    public String describeRealistic() {
        if (realisticShare == null || realisticFloor == null) return "";
        return String.format(java.util.Locale.ROOT, "%.0f%% of images pass for real ones (real images %.0f%%)",
                100 * realisticShare, 100 * realisticFloor);
    }

    /** Both: "FID 23.4 (real-vs-real floor 3.1); 71% of images pass for real ones (real images 84%)". */
    public String describeAll() {
        String realistic = describeRealistic();
        return describe() + (realistic.isEmpty() ? "" : "; " + realistic);
    }
}
