package com.mstudio.engine.segment;

import com.mstudio.engine.runtime.ProgressSpan;

import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.PlainJobContext;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The k-means benchmark: {@code rows × dims} standardised Gaussian blobs (fixed seed; k centres uniform in
 * [-10, 10]^dims as in scikit-learn's make_blobs, spread {@link #SPREAD}), clustered with k-means++ then Lloyd to
 * convergence. One short warm-up fit first, so the figures are for JIT-compiled code as in a running studio.
 */
public final class KMeansBenchmark {
    public static final long SEED = 42;
    /**
     * Blob spread: at 6 (centres in [-10, 10]) the blobs overlap, so Lloyd needs tens of iterations as on real
     * customer data; well-separated blobs converge in two or three and would say little about an iteration's cost.
     */
    public static final double SPREAD = 6.0;

    /**
     * @param prepareSeconds checking and transposing the matrix (once per fit)
     * @param initSeconds    k-means++ seeding
     * @param lloydSeconds   the Lloyd iterations (including the final assignment)
     * @param lloydCpuSeconds the process's CPU time over the Lloyd iterations
     * @param cpuSeconds     the process's CPU time over the whole fit (all threads, GC and JIT included): on a shared
     *                       machine it shows the work done when the wall-clock time is inflated by other processes
     */
    public record Result(int rows, int dims, int k, int threads, double prepareSeconds, double initSeconds,
                         double lloydSeconds, int iterations, boolean converged, double inertia, double cpuSeconds,
                         double lloydCpuSeconds) {
        public double secondsPerIteration() {
            return lloydSeconds / iterations;
        }

        /** CPU time per Lloyd iteration, all threads together: what an iteration costs when nothing else runs. */
        public double cpuSecondsPerIteration() {
            return lloydCpuSeconds / iterations;
        }

        /** The whole fit, as {@link KMeans#fit} does it: prepare + init + Lloyd to convergence. */
        public double seconds() {
            return prepareSeconds + initSeconds + lloydSeconds;
        }
    }

    /** Generated data with the blob each row was drawn from. */
    public record Blobs(FeatureMatrix matrix, int[] truth) {}

    private KMeansBenchmark() {}

    /** Generates the data once, warms up, then measures {@code repeat} full fits. */
    public static List<Result> run(int rows, int dims, int k, int repeat) {
        FeatureMatrix x = blobs(rows, dims, k, SPREAD, SEED).matrix();
        ProgressSpan quiet = new ProgressSpan(new PlainJobContext(), 0, 1);
        List<Result> results = new ArrayList<>();
        try (RowPool pool = RowPool.open(rows)) {
            ColumnMajor warm = ColumnMajor.of(x, pool);
            KMeans.lloyd(warm, KMeansPlusPlus.seed(warm, k, SEED + 1, pool, quiet), k, 5, quiet, pool);
            for (int i = 0; i < repeat; i++) {
                long cpu0 = processCpuNanos(), t0 = System.nanoTime();
                ColumnMajor data = ColumnMajor.of(x, pool);
                long t1 = System.nanoTime();
                double[] init = KMeansPlusPlus.seed(data, k, SEED, pool, quiet);
                long t2 = System.nanoTime(), cpu2 = processCpuNanos();
                KMeans.Fit fit = KMeans.lloyd(data, init, k, KMeans.DEFAULT_MAX_ITERATIONS, quiet, pool);
                long t3 = System.nanoTime(), cpu1 = processCpuNanos();
                results.add(new Result(rows, dims, k, pool.threads(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                        fit.iterations(), fit.converged(), fit.inertia(), (cpu1 - cpu0) / 1e9, (cpu1 - cpu2) / 1e9));
            }
        }
        return results;
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    /** {@code k} Gaussian blobs (standard deviation {@code spread}, centres uniform in [-10, 10]^dims), each column then standardised. */
    public static Blobs blobs(int rows, int dims, int k, double spread, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] centres = new double[k * dims];
        for (int i = 0; i < centres.length; i++) centres[i] = random.nextDouble(-10, 10);
        double[] raw = new double[rows * dims];
        int[] truth = new int[rows];
        for (int r = 0; r < rows; r++) {
            truth[r] = random.nextInt(k);
            for (int j = 0; j < dims; j++) raw[r * dims + j] = centres[truth[r] * dims + j] + spread * random.nextGaussian();
        }
        float[] values = new float[rows * dims];
        for (int j = 0; j < dims; j++) {
            double sum = 0, squares = 0;
            for (int r = 0; r < rows; r++) sum += raw[r * dims + j];
            double mean = sum / rows;
            for (int r = 0; r < rows; r++) squares += (raw[r * dims + j] - mean) * (raw[r * dims + j] - mean);
            double sd = Math.sqrt(squares / rows);
            for (int r = 0; r < rows; r++) values[r * dims + j] = (float) ((raw[r * dims + j] - mean) / (sd > 0 ? sd : 1));
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < dims; j++) names.add("x" + (j + 1));
        int[] source = new int[rows];
        for (int r = 0; r < rows; r++) source[r] = r;
        return new Blobs(new FeatureMatrix(values, rows, dims, names, source), truth);
    }
}
