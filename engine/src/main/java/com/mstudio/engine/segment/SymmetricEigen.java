package com.mstudio.engine.segment;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations: simple, exact to rounding,
 * and plenty fast for the tens of features segmentation uses (and the 64 classifier features of the creative
 * quality score, {@code engine.creative.quality}).
 *
 * @param values  eigenvalues, descending
 * @param vectors row {@code i} of this row-major d × d array is the eigenvector of {@code values[i]} (unit length)
 */
public record SymmetricEigen(double[] values, double[] vectors, int d) {
    private static final int MAX_SWEEPS = 100;

    public double vector(int index, int component) {
        return vectors[index * d + component];
    }

    /** {@code matrix} is row-major d × d and symmetric; it is not modified. */
    public static SymmetricEigen of(double[] matrix, int d) {
        double[] a = matrix.clone();
        double[] v = new double[d * d]; // columns are the eigenvectors as they form
        for (int i = 0; i < d; i++) v[i * d + i] = 1;
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            double off = 0;
            for (int p = 0; p < d; p++) for (int q = p + 1; q < d; q++) off += a[p * d + q] * a[p * d + q];
            if (off < 1e-30) break;
            for (int p = 0; p < d; p++) {
                for (int q = p + 1; q < d; q++) {
                    double apq = a[p * d + q];
                    if (apq == 0) continue;
                    double theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1), s = t * c;
                    rotate(a, v, d, p, q, c, s);
                }
            }
        }
        Integer[] order = new Integer[d];
        for (int i = 0; i < d; i++) order[i] = i;
        double[] diagonal = new double[d];
        for (int i = 0; i < d; i++) diagonal[i] = a[i * d + i];
        java.util.Arrays.sort(order, (i, j) -> Double.compare(diagonal[j], diagonal[i]));
        double[] values = new double[d], vectors = new double[d * d];
        for (int i = 0; i < d; i++) {
            values[i] = diagonal[order[i]];
            for (int j = 0; j < d; j++) vectors[i * d + j] = v[j * d + order[i]];
        }
        return new SymmetricEigen(values, vectors, d);
    }

    /** A ← Jᵀ A J and V ← V J for the rotation J in the (p, q) plane. */
    private static void rotate(double[] a, double[] v, int d, int p, int q, double c, double s) {
        for (int k = 0; k < d; k++) {
            double akp = a[k * d + p], akq = a[k * d + q];
            a[k * d + p] = c * akp - s * akq;
            a[k * d + q] = s * akp + c * akq;
        }
        for (int k = 0; k < d; k++) {
            double apk = a[p * d + k], aqk = a[q * d + k];
            a[p * d + k] = c * apk - s * aqk;
            a[q * d + k] = s * apk + c * aqk;
        }
        for (int k = 0; k < d; k++) {
            double vkp = v[k * d + p], vkq = v[k * d + q];
            v[k * d + p] = c * vkp - s * vkq;
            v[k * d + q] = s * vkp + c * vkq;
        }
    }
}
