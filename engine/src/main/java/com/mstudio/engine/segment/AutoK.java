package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Auto-k: fits every k in a range and picks one (docs/adr/0006-kmeans-and-auto-k.md). The rule: the highest sampled
 * silhouette wins; every k within {@link #SILHOUETTE_TIE} of it counts as a tie, and a tie goes to the k nearest the
 * elbow of the inertia curve, then to the smaller k (fewer segments are easier to act on).
 */
public final class AutoK {
    /** Silhouettes closer than this are within the sampling error of a few thousand rows: treat them as equal. */
    public static final double SILHOUETTE_TIE = 0.01;

    /**
     * @param scores one per k, ascending
     * @param bestK  the k the rule picked
     * @param fits   the fit of every k tried
     */
    public record Scan(List<SegmentationResult.KScore> scores, int bestK, Map<Integer, KMeans.Fit> fits) {
        public Scan {
            scores = List.copyOf(scores);
            fits = Collections.unmodifiableMap(new LinkedHashMap<>(fits));
        }

        /** The elbow of the inertia curve (see {@link AutoK#elbow}); a hint when it disagrees with {@link #bestK}. */
        public int elbowK() {
            return elbow(scores);
        }
    }

    private AutoK() {}

    /**
     * Fits k = kMin..kMax with the same seed, scores each by inertia and sampled silhouette (same sample), picks bestK.
     * When the data has fewer distinct rows than some k, the scan ends below that k (an error only if kMin fails).
     */
    public static Scan scan(FeatureMatrix x, int kMin, int kMax, long seed, int silhouetteSample, ProgressSpan progress) {
        if (kMin < 2 || kMax < kMin) throw new StudioException("Auto-k needs a range of k from 2 up (got " + kMin + ".." + kMax + ").");
        KMeans.checkK(x, kMax);
        List<SegmentationResult.KScore> scores = new ArrayList<>();
        Map<Integer, KMeans.Fit> fits = new LinkedHashMap<>();
        // a fit costs roughly in proportion to k: weight the progress spans that way
        double totalWeight = 0;
        for (int k = kMin; k <= kMax; k++) totalWeight += k;
        double done = 0;
        try (RowPool pool = RowPool.open(x.rows())) {
            ColumnMajor data = ColumnMajor.of(x, pool);
            for (int k = kMin; k <= kMax; k++) {
                ProgressSpan span = progress.sub(done / totalWeight, (done + k) / totalWeight)
                        .titled("Trying k = " + k + " (" + (k - kMin + 1) + " of " + (kMax - kMin + 1) + ")");
                span.report(0, null);
                KMeans.Fit fit;
                try {
                    fit = KMeans.fit(data, k, seed, KMeans.DEFAULT_MAX_ITERATIONS, span.sub(0, 0.9), pool);
                } catch (KMeansPlusPlus.TooFewDistinctRows e) {
                    if (scores.isEmpty()) throw e;
                    break; // no larger k can be fitted either: score the range that exists
                }
                span.checkCancelled();
                span.report(0.9, "scoring");
                double silhouette = Silhouette.sampled(x, fit.assignments(), k, silhouetteSample, seed);
                scores.add(new SegmentationResult.KScore(k, fit.inertia(), silhouette));
                fits.put(k, fit);
                done += k;
            }
        }
        progress.report(1, "Scored k = " + kMin + ".." + scores.get(scores.size() - 1).k());
        return new Scan(scores, choose(scores), fits);
    }

    /** The rule in the class comment. */
    static int choose(List<SegmentationResult.KScore> scores) {
        double best = Double.NEGATIVE_INFINITY;
        for (SegmentationResult.KScore s : scores) if (s.silhouette() > best) best = s.silhouette();
        if (best == Double.NEGATIVE_INFINITY) return scores.get(0).k(); // no silhouette at all (NaN everywhere)
        int elbow = elbow(scores);
        int chosen = -1;
        for (SegmentationResult.KScore s : scores) {
            if (!(s.silhouette() >= best - SILHOUETTE_TIE)) continue;
            if (chosen < 0 || Math.abs(s.k() - elbow) < Math.abs(chosen - elbow)) chosen = s.k();
        }
        return chosen;
    }

    /**
     * The elbow of the inertia curve: with k and inertia both scaled to 0..1, the k farthest below the straight line
     * from the first to the last point (the "kneedle" idea). The first k when there are fewer than three points.
     */
    public static int elbow(List<SegmentationResult.KScore> scores) {
        if (scores.size() < 3) return scores.get(0).k();
        SegmentationResult.KScore first = scores.get(0), last = scores.get(scores.size() - 1);
        double kSpan = last.k() - first.k(), inertiaSpan = first.inertia() - last.inertia();
        if (!(inertiaSpan > 0)) return first.k();
        int elbow = first.k();
        double farthest = 0;
        for (SegmentationResult.KScore s : scores) {
            double kx = (s.k() - first.k()) / kSpan;
            double drop = (first.inertia() - s.inertia()) / inertiaSpan; // 0 at the first k, 1 at the last
            double gap = drop - kx; // how far the curve has fallen ahead of the straight line
            if (gap > farthest) {
                farthest = gap;
                elbow = s.k();
            }
        }
        return elbow;
    }
}
