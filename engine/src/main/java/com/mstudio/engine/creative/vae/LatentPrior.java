package com.mstudio.engine.creative.vae;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The density a VAE draws its generation latents from: one Gaussian (mean m, covariance C = L·Lᵀ) per class, or one for
 * an unconditional model, fitted after training to the encoded means μ of the training images ("ex-post density
 * estimation", Ghosh et al. 2019, "From variational to deterministic autoencoders").
 *
 * <p>Why: a VAE trained on a few hundred images leaves its aggregate posterior far from N(0, I) (the KL term is one
 * term among thousands of reconstruction nats), so latents drawn from N(0, I) land where the decoder has seen no image
 * and come out as colour blobs; drawn from the fitted Gaussian they land among the training images' codes.
 *
 * <p>The rest of the studio keeps handling standard-normal latents (a tile's seed, variations, interpolation, sliders in
 * standard deviations): the network maps u ~ N(0, I) to z = m + L·u just before decoding, and {@code encode} returns
 * u = L⁻¹(μ − m), so that decoding an encoded image still reconstructs it. The values are floats so that a model
 * restored from its bytes maps latents exactly as the one that wrote them. Pure Java, small (latent² per class).
 */
final class LatentPrior {
    /** Ridge added to the covariance's diagonal, relative to its mean variance: keeps L invertible when codes collapse. */
    static final double RIDGE = 1e-3;

    private final int latent;
    private final float[][] mean; // [group][latent]
    private final float[][] cholesky; // [group][latent·latent], lower triangular, row-major
    private final boolean standard;

    private LatentPrior(int latent, float[][] mean, float[][] cholesky, boolean standard) {
        this.latent = latent;
        this.mean = mean;
        this.cholesky = cholesky;
        this.standard = standard;
    }

    /** N(0, I) for every group: what a network samples from before it has been fitted (and what format-1 files had). */
    static LatentPrior standard(int latent, int groups) {
        float[][] m = new float[groups][latent];
        float[][] l = new float[groups][latent * latent];
        for (float[] g : l) for (int i = 0; i < latent; i++) g[i * latent + i] = 1f;
        return new LatentPrior(latent, m, l, true);
    }

    boolean isStandard() {
        return standard;
    }

    int groups() {
        return mean.length;
    }

    float[] mean(int group) {
        return mean[group].clone();
    }

    /** The standard deviation of each latent component under group {@code group}'s Gaussian. */
    double[] spread(int group) {
        double[] s = new double[latent];
        float[] l = cholesky[group];
        for (int i = 0; i < latent; i++) {
            double v = 0;
            for (int k = 0; k <= i; k++) v += (double) l[i * latent + k] * l[i * latent + k];
            s[i] = Math.sqrt(v);
        }
        return s;
    }

    /** z = m + L·u: a standard-normal latent to the network's own latent space. */
    float[] toModel(float[] u, int group) {
        if (standard) return u.clone();
        float[] l = cholesky[group], m = mean[group];
        float[] z = new float[latent];
        for (int i = 0; i < latent; i++) {
            double v = m[i];
            for (int k = 0; k <= i; k++) v += (double) l[i * latent + k] * u[k];
            z[i] = (float) v;
        }
        return z;
    }

    /** u = L⁻¹(z − m) by forward substitution: the inverse of {@link #toModel}. */
    float[] toStandard(float[] z, int group) {
        if (standard) return z.clone();
        float[] l = cholesky[group], m = mean[group];
        double[] u = new double[latent];
        float[] out = new float[latent];
        for (int i = 0; i < latent; i++) {
            double v = z[i] - m[i];
            for (int k = 0; k < i; k++) v -= l[i * latent + k] * u[k];
            u[i] = v / l[i * latent + i];
            out[i] = (float) u[i];
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeBoolean(standard);
        out.writeInt(groups());
        for (int g = 0; g < groups(); g++) {
            for (float v : mean[g]) out.writeFloat(v);
            for (float v : cholesky[g]) out.writeFloat(v);
        }
    }

    /** Reads what {@link #write} wrote for a network with {@code latent} and {@code groups}; IOException when it does not fit. */
    static LatentPrior read(DataInputStream in, int latent, int groups) throws IOException {
        boolean standard = in.readBoolean();
        int n = in.readInt();
        if (n != groups) throw new IOException("the latent density has " + n + " groups, the network " + groups);
        float[][] m = new float[groups][latent];
        float[][] l = new float[groups][latent * latent];
        for (int g = 0; g < groups; g++) {
            for (int i = 0; i < latent; i++) m[g][i] = in.readFloat();
            for (int i = 0; i < latent * latent; i++) l[g][i] = in.readFloat();
            for (int i = 0; i < latent; i++) {
                if (!(l[g][i * latent + i] > 0) || !Float.isFinite(l[g][i * latent + i])) throw new IOException("bad density");
            }
        }
        return new LatentPrior(latent, m, l, standard);
    }

    /** Accumulates encoded means, per group, in doubles, and fits the Gaussians. */
    static final class Fitter {
        private final int latent;
        private final double[][] sum;
        private final double[][] outer; // Σ μ·μᵀ, full matrix
        private final long[] count;

        Fitter(int latent, int groups) {
            this.latent = latent;
            sum = new double[groups][latent];
            outer = new double[groups][latent * latent];
            count = new long[groups];
        }

        void add(float[] mu, int group) {
            double[] s = sum[group], o = outer[group];
            for (int i = 0; i < latent; i++) {
                s[i] += mu[i];
                for (int k = 0; k <= i; k++) o[i * latent + k] += (double) mu[i] * mu[k];
            }
            count[group]++;
        }

        /**
         * One Gaussian per group. A class with few images borrows from the pooled covariance (shrunk towards it with
         * weight latent / (n + latent)): a full covariance from fewer images than dimensions is singular.
         */
        LatentPrior fit() {
            int groups = count.length;
            long total = Arrays.stream(count).sum();
            if (total < 2) return standard(latent, groups);
            double[] pooledSum = new double[latent], pooledOuter = new double[latent * latent];
            for (int g = 0; g < groups; g++) {
                for (int i = 0; i < latent; i++) pooledSum[i] += sum[g][i];
                for (int i = 0; i < latent * latent; i++) pooledOuter[i] += outer[g][i];
            }
            double[] pooledMean = scaled(pooledSum, 1.0 / total);
            double[] pooledCov = covariance(pooledOuter, pooledMean, total);
            float[][] m = new float[groups][];
            float[][] l = new float[groups][];
            for (int g = 0; g < groups; g++) {
                long n = count[g];
                double[] groupMean = n > 0 ? scaled(sum[g], 1.0 / n) : pooledMean;
                double[] cov = pooledCov;
                if (n >= 2 && groups > 1) {
                    double[] own = covariance(outer[g], groupMean, n);
                    double w = n / (double) (n + latent);
                    cov = new double[latent * latent];
                    for (int i = 0; i < cov.length; i++) cov[i] = w * own[i] + (1 - w) * pooledCov[i];
                }
                m[g] = toFloats(groupMean);
                l[g] = toFloats(cholesky(cov, latent));
            }
            return new LatentPrior(latent, m, l, false);
        }

        private double[] covariance(double[] outerSum, double[] mean, long n) {
            double[] c = new double[latent * latent];
            for (int i = 0; i < latent; i++) {
                for (int k = 0; k <= i; k++) {
                    double v = outerSum[i * latent + k] / n - mean[i] * mean[k];
                    c[i * latent + k] = v;
                    c[k * latent + i] = v;
                }
            }
            return c;
        }
    }

    /** Lower Cholesky factor of {@code cov} plus a ridge; the ridge grows until the matrix is positive definite. */
    static double[] cholesky(double[] cov, int d) {
        double meanVariance = 0;
        for (int i = 0; i < d; i++) meanVariance += cov[i * d + i];
        meanVariance = Math.max(meanVariance / d, 1e-8);
        for (double ridge = RIDGE * meanVariance; ; ridge *= 10) {
            double[] l = tryCholesky(cov, d, ridge);
            if (l != null) return l;
        }
    }

    private static double[] tryCholesky(double[] cov, int d, double ridge) {
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k <= i; k++) {
                double v = cov[i * d + k] + (i == k ? ridge : 0);
                for (int j = 0; j < k; j++) v -= l[i * d + j] * l[k * d + j];
                if (i == k) {
                    if (!(v > 0)) return null;
                    l[i * d + i] = Math.sqrt(v);
                } else {
                    l[i * d + k] = v / l[k * d + k];
                }
            }
        }
        return l;
    }

    private static double[] scaled(double[] v, double by) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * by;
        return out;
    }

    private static float[] toFloats(double[] v) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = (float) v[i];
        return out;
    }
}
