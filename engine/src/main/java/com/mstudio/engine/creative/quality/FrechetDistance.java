package com.mstudio.engine.creative.quality;

import com.mstudio.engine.segment.SymmetricEigen;

/**
 * The Fréchet distance between two Gaussians fitted to feature vectors (the "FID" formula):
 * {@code |μ1 − μ2|² + Tr(C1 + C2 − 2·(C1^½ C2 C1^½)^½)}. The matrix square roots come from symmetric eigen
 * decompositions in double precision: C1^½ = V·diag(√λ)·Vᵀ, and the trace of (C1^½ C2 C1^½)^½ is the sum of the
 * square roots of that symmetric matrix's eigenvalues. Eigenvalues that rounding pushes slightly below zero count as
 * zero (covariances of fewer vectors than features are singular, and that is fine here).
 */
public final class FrechetDistance {
    private FrechetDistance() {}

    public static double between(GaussianStats a, GaussianStats b) {
        int d = a.dimensions();
        if (b.dimensions() != d) throw new IllegalArgumentException("feature sizes differ: " + d + " and " + b.dimensions());
        double meanTerm = 0;
        for (int j = 0; j < d; j++) {
            double diff = a.mean()[j] - b.mean()[j];
            meanTerm += diff * diff;
        }
        double trace = 0;
        for (int j = 0; j < d; j++) trace += a.covariance()[j * d + j] + b.covariance()[j * d + j];
        double[] rootA = sqrt(a.covariance(), d);
        double[] product = multiply(multiply(rootA, b.covariance(), d), rootA, d);
        symmetrise(product, d);
        double traceRoot = 0;
        for (double value : SymmetricEigen.of(product, d).values()) traceRoot += Math.sqrt(Math.max(0, value));
        return Math.max(0, meanTerm + trace - 2 * traceRoot);
    }

    /** The symmetric positive semi-definite square root of a symmetric matrix. */
    static double[] sqrt(double[] symmetric, int d) {
        SymmetricEigen eigen = SymmetricEigen.of(symmetric, d);
        double[] root = new double[d * d];
        for (int k = 0; k < d; k++) {
            double s = Math.sqrt(Math.max(0, eigen.values()[k]));
            if (s == 0) continue;
            for (int i = 0; i < d; i++) {
                double vi = eigen.vector(k, i) * s;
                for (int j = 0; j < d; j++) root[i * d + j] += vi * eigen.vector(k, j);
            }
        }
        return root;
    }

    static double[] multiply(double[] x, double[] y, int d) {
        double[] out = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                double xik = x[i * d + k];
                if (xik == 0) continue;
                for (int j = 0; j < d; j++) out[i * d + j] += xik * y[k * d + j];
            }
        }
        return out;
    }

    /** Rounding leaves a product of symmetric matrices very slightly asymmetric; Jacobi wants it exact. */
    private static void symmetrise(double[] m, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                double mean = (m[i * d + j] + m[j * d + i]) / 2;
                m[i * d + j] = mean;
                m[j * d + i] = mean;
            }
        }
    }
}
