package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Times GAN training the way the training job runs it (shuffled batches pulled from an in-memory image matrix, one
 * {@link GenerativeNetwork#step} each), for the bench command. Call it on the engine thread, where the app trains.
 */
public final class GanBenchmark {
    /** PyTorch's tuned CPU figures on Fashion-MNIST 60k, batch 128, 2 cores (issue #5), to print ratios against. */
    public static final double PYTORCH_CLASSIC_SECONDS = 1.9;
    public static final double PYTORCH_DCGAN_SECONDS = 84;

    /**
     * @param secondsPerEpoch  wall time of the timed epochs divided by their count (the first, warm-up epoch excluded
     *                         when {@code epochs > 1})
     * @param imagesPerSecond  training images per second over the timed epochs
     * @param cpuSecondsPerEpoch the engine thread's CPU time per timed epoch: on a busy machine closer to what a quiet one
     *                         would take than the wall time (with one OpenMP thread the native work runs on this thread)
     * @param lastLosses       the last step's losses, to show that it trained
     */
    public record Result(double secondsPerEpoch, double imagesPerSecond, double cpuSecondsPerEpoch, int steps,
                         GenerativeNetwork.StepLosses lastLosses) {
    }

    private GanBenchmark() {
    }

    /**
     * Trains fresh networks for {@code epochs} passes over {@code images} ({@code [n, shape.size()]}, 0..1).
     *
     * @param labels one-hot {@code [n, classes]} for a conditional request, else null
     */
    public static Result run(CreativeRequest request, ImageShape shape, INDArray images, INDArray labels, int epochs) {
        int classes = request.conditional() && labels != null ? (int) labels.columns() : 0;
        GenerativeNetwork net = GenerativeNetworks.create(request, shape, classes);
        INDArray x = images.dataType() == DataType.FLOAT ? images : images.castTo(DataType.FLOAT);
        INDArray y = classes > 0 ? labels.castTo(DataType.FLOAT) : null;
        int n = (int) x.rows();
        int batch = Math.min(request.batchSize(), n);
        Random shuffle = new Random(request.seed());
        int[] order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long timedNanos = 0;
        long timedCpuNanos = 0;
        int timedEpochs = 0;
        int steps = 0;
        GenerativeNetwork.StepLosses last = null;
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, shuffle);
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            for (int start = 0; start < n; start += batch) {
                int[] rows = java.util.Arrays.copyOfRange(order, start, Math.min(n, start + batch));
                INDArray bx = Nd4j.pullRows(x, 1, rows);
                INDArray by = y == null ? null : Nd4j.pullRows(y, 1, rows);
                last = net.step(bx, by);
                steps++;
            }
            long elapsed = System.nanoTime() - t0;
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            if (epochs == 1 || epoch > 0) {
                timedNanos += elapsed;
                timedCpuNanos += cpu;
                timedEpochs++;
            }
        }
        double seconds = timedNanos / 1e9 / timedEpochs;
        return new Result(seconds, n / seconds, timedCpuNanos / 1e9 / timedEpochs, steps, last);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
