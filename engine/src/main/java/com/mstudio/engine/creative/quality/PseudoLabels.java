package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.runtime.ProgressSpan;
import com.mstudio.engine.segment.KMeans;

import java.util.ArrayList;
import java.util.List;

/**
 * Labels for a set that has none (or only one class): k-means clusters of small thumbnails. A classifier trained to
 * tell these clusters apart learns the set's main visual groupings (shape, colour, brightness), which is what its
 * features then compare. This is weaker than real classes, and the score says which labels it used; it is still
 * honest, because the same features measure the real-vs-real floor next to it.
 */
final class PseudoLabels {
    static final int MAX_CLUSTERS = 10;
    /** Thumbnails at most this many pixels a side: enough for shape and colour, small enough for quick k-means. */
    static final int THUMB = 12;

    private PseudoLabels() {}

    /** How many clusters a set of {@code count} images gets: about one per 50 images, 2..10. */
    static int clusters(int count) {
        return Math.max(2, Math.min(MAX_CLUSTERS, count / 50));
    }

    static int[] of(ImageSet set, long seed, JobContext ctx) {
        FeatureMatrix thumbs = thumbnails(set);
        int k = Math.min(clusters(set.count()), distinctRows(thumbs));
        if (k < 2) return new int[set.count()];
        return KMeans.fit(thumbs, k, seed, 50, new ProgressSpan(ctx, 0, 0.1)).assignments();
    }

    /** Block-averaged thumbnails, 0..1, all channels. */
    static FeatureMatrix thumbnails(ImageSet set) {
        int w = set.shape().width(), h = set.shape().height(), c = set.shape().channels();
        int block = Math.max(1, (Math.max(w, h) + THUMB - 1) / THUMB);
        int tw = (w + block - 1) / block, th = (h + block - 1) / block;
        int d = c * tw * th;
        float[] values = new float[set.count() * d];
        byte[] px = set.pixels();
        for (int i = 0; i < set.count(); i++) {
            int base = i * set.shape().size();
            for (int ch = 0; ch < c; ch++) {
                for (int ty = 0; ty < th; ty++) {
                    for (int tx = 0; tx < tw; tx++) {
                        double sum = 0;
                        int n = 0;
                        for (int y = ty * block; y < Math.min(h, (ty + 1) * block); y++) {
                            for (int x = tx * block; x < Math.min(w, (tx + 1) * block); x++) {
                                sum += px[base + ch * w * h + y * w + x] & 0xFF;
                                n++;
                            }
                        }
                        values[i * d + ch * tw * th + ty * tw + tx] = (float) (sum / n / 255);
                    }
                }
            }
        }
        List<String> names = new ArrayList<>(d);
        for (int j = 0; j < d; j++) names.add("t" + j);
        int[] rows = new int[set.count()];
        for (int i = 0; i < rows.length; i++) rows[i] = i;
        return new FeatureMatrix(values, set.count(), d, names, rows);
    }

    private static int distinctRows(FeatureMatrix x) {
        java.util.Set<java.util.List<Float>> seen = new java.util.HashSet<>();
        for (int r = 0; r < x.rows() && seen.size() <= MAX_CLUSTERS; r++) {
            List<Float> row = new ArrayList<>(x.columns());
            for (int j = 0; j < x.columns(); j++) row.add(x.get(r, j));
            seen.add(row);
        }
        return seen.size();
    }
}
