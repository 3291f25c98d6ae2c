package com.mstudio.engine.copy;

/**
 * The three matrix products the hand-written attention network needs, on row-major float arrays with offsets (the
 * weights live in one flat array). Plain Java on purpose: the matrices are small (a batch of 64 subject lines is about
 * 600 token rows × 64), where ND4J's fixed cost per op (12–35 µs, TOOLCHAIN.md) and its array copies outweigh the
 * arithmetic. Every inner loop runs over contiguous memory, so the JIT vectorises it.
 */
final class Matrices {
    private Matrices() {}

    /** {@code c[m×n] = a[m×k] · b[k×n]} (or {@code +=} with {@code accumulate}). */
    static void mul(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        if (!accumulate) java.util.Arrays.fill(c, cOff, cOff + m * n, 0f);
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * n, ai = aOff + i * k;
            for (int p = 0; p < k; p++) {
                float av = a[ai + p];
                if (av == 0f) continue;
                int bp = bOff + p * n;
                for (int j = 0; j < n; j++) c[ci + j] += av * b[bp + j];
            }
        }
    }

    /** {@code c[k×n] += a[m×k]ᵀ · b[m×n]}: a weight gradient from a layer's input and its output gradient. */
    static void mulTransposedAAdd(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n) {
        for (int i = 0; i < m; i++) {
            int ai = aOff + i * k, bi = bOff + i * n;
            for (int p = 0; p < k; p++) {
                float av = a[ai + p];
                if (av == 0f) continue;
                int cp = cOff + p * n;
                for (int j = 0; j < n; j++) c[cp + j] += av * b[bi + j];
            }
        }
    }

    /** {@code c[m×k] = a[m×n] · b[k×n]ᵀ}: an input gradient from an output gradient and the weights. */
    static void mulTransposedB(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int n, int k) {
        float[] bt = new float[n * k]; // bᵀ, so that the inner loop runs along rows again
        for (int p = 0; p < k; p++) for (int j = 0; j < n; j++) bt[j * k + p] = b[bOff + p * n + j];
        mul(a, aOff, bt, 0, c, cOff, m, n, k, false);
    }
}
