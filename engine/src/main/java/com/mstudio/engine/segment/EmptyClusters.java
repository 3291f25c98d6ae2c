package com.mstudio.engine.segment;

/**
 * Gives every cluster that lost all its rows a new centre: the row farthest from its own centroid (ties to the
 * lowest row), then the next farthest for the next empty cluster, so the choice is deterministic and each new
 * centre starts where the current model fits worst.
 */
final class EmptyClusters {
    private EmptyClusters() {}

    /**
     * @param counts    rows per cluster from the last assignment
     * @param distances each row's squared distance to its centroid; rows taken as new centres are marked with -1
     * @param centroids row-major k × dims, updated in place for the empty clusters
     * @return whether any cluster was re-seeded
     */
    static boolean reseed(ColumnMajor data, long[] counts, float[] distances, double[] centroids) {
        boolean any = false;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) continue;
            int farthest = 0;
            for (int r = 1; r < distances.length; r++) if (distances[r] > distances[farthest]) farthest = r;
            distances[farthest] = -1;
            System.arraycopy(data.row(farthest), 0, centroids, c * data.dims, data.dims);
            any = true;
        }
        return any;
    }
}
