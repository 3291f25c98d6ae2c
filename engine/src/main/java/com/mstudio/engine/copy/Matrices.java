package com.mstudio.engine.copy;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Arrays;

/**
 * The three matrix products the hand-written attention network needs, on row-major float arrays with offsets (the
 * weights live in one flat array). A large product goes to ND4J's BLAS gemm, copying its operands in and the result
 * out: measured on a 640 × 64 × 192 product (a batch of 64 subject lines, the query/key/value projection) the JIT's
 * loop ran at 1.8 GFLOP/s (Java 17 does not vectorise it), gemm in about a tenth of that time, copies included.
 * A small product (the dense and output layers, a few thousand multiply-adds) stays in Java, where ND4J's fixed cost
 * per op (12–35 µs, TOOLCHAIN.md) would outweigh the arithmetic.
 */
final class Matrices {
    /** Multiply-adds from which a product goes to gemm. */
    static final long NATIVE_FROM = 32_768;

    private Matrices() {}

    /** {@code c[m×n] = a[m×k] · b[k×n]} (or {@code +=} with {@code accumulate}). */
    static void mul(float[] a, int aOff, float[] b, int bOff, float[] c, int cOff, int m, int k, int n, boolean accumulate) {
        if ((long) m * k * n >= NATIVE_FROM) {
            gemm(a, aOff, m, k, false, b, bOff, k, n, false, c, cOff, accumulate);
            return;
        }
        if (!accumulate) Arrays.fill(c, cOff, cOff + m * n, 0f);
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
        if ((long) m * k * n >= NATIVE_FROM) {
            gemm(a, aOff, m, k, true, b, bOff, m, n, false, c, cOff, true);
            return;
        }
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
        if ((long) m * k * n >= NATIVE_FROM) {
            gemm(a, aOff, m, n, false, b, bOff, k, n, true, c, cOff, false);
            return;
        }
        float[] bt = new float[n * k]; // bᵀ, so that the inner loop runs along rows again
        for (int p = 0; p < k; p++) for (int j = 0; j < n; j++) bt[j * k + p] = b[bOff + p * n + j];
        mul(a, aOff, bt, 0, c, cOff, m, n, k, false);
    }

    /** {@code c = op(a) · op(b) (+ c)} through ND4J; {@code a} is stored [aRows × aCols], {@code b} [bRows × bCols]. */
    private static void gemm(float[] a, int aOff, int aRows, int aCols, boolean transposeA, float[] b, int bOff, int bRows,
                             int bCols, boolean transposeB, float[] c, int cOff, boolean accumulate) {
        int m = transposeA ? aCols : aRows, n = transposeB ? bRows : bCols;
        INDArray x = copy(0, a, aOff, aRows, aCols), y = copy(1, b, bOff, bRows, bCols);
        INDArray z = accumulate ? copy(2, c, cOff, m, n) : scratch(2, m, n);
        Nd4j.gemm(x, y, z, transposeA, transposeB, 1.0, accumulate ? 1.0 : 0.0);
        z.data().asNioFloat().get(c, cOff, m * n);
    }

    /**
     * Native arrays reused from product to product, three per thread (a, b, c), grown when a product needs more:
     * allocating and zeroing fresh native arrays for every product cost about as much time as the gemm itself (JFR,
     * {@code OpaqueDataBuffer.allocateDataBuffer} next to {@code NativeOpExecutioner.exec}). A few megabytes at review
     * lengths; kept for the thread's life (the engine thread).
     */
    private static final ThreadLocal<INDArray[]> SCRATCH = ThreadLocal.withInitial(() -> new INDArray[3]);

    /** Scratch array {@code slot} as a [rows × cols] view starting at its first float. */
    private static INDArray scratch(int slot, int rows, int cols) {
        INDArray[] arrays = SCRATCH.get();
        long size = (long) rows * cols;
        if (arrays[slot] == null || arrays[slot].length() < size) {
            long grown = arrays[slot] == null ? size : Math.max(size, arrays[slot].length() * 3 / 2);
            arrays[slot] = Nd4j.create(DataType.FLOAT, grown);
        }
        return arrays[slot].get(NDArrayIndex.interval(0, size)).reshape('c', rows, cols);
    }

    /** {@code rows × cols} floats from {@code data[off..]} in scratch array {@code slot}, in one bulk copy. */
    private static INDArray copy(int slot, float[] data, int off, int rows, int cols) {
        INDArray x = scratch(slot, rows, cols);
        x.data().asNioFloat().put(data, off, rows * cols);
        return x;
    }
}
