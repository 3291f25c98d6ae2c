package com.mstudio.engine.creative.quality;

/**
 * The mean and covariance of a set of feature vectors, in double precision: what the Fréchet distance compares.
 *
 * @param mean       d values
 * @param covariance d × d, row-major, symmetric (sample covariance, divided by n − 1)
 * @param count      vectors it was computed from
 */
public record GaussianStats(double[] mean, double[] covariance, int count) {
    public int dimensions() {
        return mean.length;
    }

    /** {@code rows[i]} is one feature vector; all have the same length; at least two rows. */
    public static GaussianStats of(double[][] rows) {
        if (rows.length < 2) throw new IllegalArgumentException("a covariance needs at least two feature vectors, not " + rows.length);
        int d = rows[0].length, n = rows.length;
        double[] mean = new double[d];
        for (double[] row : rows) for (int j = 0; j < d; j++) mean[j] += row[j];
        for (int j = 0; j < d; j++) mean[j] /= n;
        double[] cov = new double[d * d];
        double[] centred = new double[d];
        for (double[] row : rows) {
            for (int j = 0; j < d; j++) centred[j] = row[j] - mean[j];
            for (int a = 0; a < d; a++) {
                double ca = centred[a];
                if (ca == 0) continue;
                for (int b = a; b < d; b++) cov[a * d + b] += ca * centred[b];
            }
        }
        for (int a = 0; a < d; a++) {
            for (int b = a; b < d; b++) {
                cov[a * d + b] /= n - 1;
                cov[b * d + a] = cov[a * d + b];
            }
        }
        return new GaussianStats(mean, cov, n);
    }
}
