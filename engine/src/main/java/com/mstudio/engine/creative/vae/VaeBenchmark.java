package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Times VAE training on images already in memory, the way the trainer feeds them (batches of consecutive rows, so the
 * figure is the network's cost, not the data pipeline's). Run it on the engine thread: that is where the app trains,
 * and ND4J's thread settings apply there.
 */
public final class VaeBenchmark {
    private VaeBenchmark() {
    }

    /**
     * @param secondsPerEpoch    wall time of each epoch, in order (later epochs show slowdowns such as denormals)
     * @param cpuSecondsPerEpoch CPU time of the calling thread in each epoch: with one native thread all the work runs
     *                           there, so on a busy machine this is closer to the quiet machine's wall time
     * @param imagesPerSecond    over all epochs, wall time
     * @param lastLosses         mean (reconstruction, KL) per image over the last epoch
     */
    public record Result(List<Double> secondsPerEpoch, List<Double> cpuSecondsPerEpoch, double imagesPerSecond,
                         double[] lastLosses) {
        public double meanSecondsPerEpoch() {
            return secondsPerEpoch.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        }
    }

    /**
     * Trains a fresh network of {@code request} for {@code epochs} passes over {@code images} ({@code [n, shape.size()]}
     * in 0..1), unconditional.
     */
    public static Result run(CreativeRequest request, ImageShape shape, INDArray images, int epochs) {
        GenerativeNetwork net = VaeNetworks.create(request, shape, 0);
        int n = (int) images.size(0);
        int batch = request.batchSize();
        List<Double> seconds = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] losses = new double[2];
        long start = System.nanoTime();
        for (int epoch = 0; epoch < epochs; epoch++) {
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            double rec = 0;
            double kl = 0;
            int steps = 0;
            for (int from = 0; from < n; from += batch) {
                INDArray rows = images.get(NDArrayIndex.interval(from, Math.min(n, from + batch)), NDArrayIndex.all());
                GenerativeNetwork.StepLosses l = net.step(rows, null);
                rec += l.first();
                kl += l.second();
                steps++;
            }
            seconds.add((System.nanoTime() - t0) / 1e9);
            cpuSeconds.add((cpu.getCurrentThreadCpuTime() - c0) / 1e9);
            losses = new double[]{rec / steps, kl / steps};
        }
        double total = (System.nanoTime() - start) / 1e9;
        return new Result(seconds, cpuSeconds, (double) n * epochs / total, losses);
    }
}
