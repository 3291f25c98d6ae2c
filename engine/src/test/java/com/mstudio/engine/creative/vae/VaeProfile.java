package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.nn.Kernels;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.nio.file.Path;
import java.util.SplittableRandom;

/** Manual profile, not a test: where one training step's time goes, phase by phase. */
public final class VaeProfile {
    /** Thread CPU time, not wall time: the machine is shared, and with one native thread all work runs on this one. */
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        CreativePreset preset = args.length > 2 ? CreativePreset.valueOf(args[2]) : CreativePreset.CLASSIC_VAE;
        ImageShape shape = args.length > 3 ? new ImageShape(Integer.parseInt(args[3]), Integer.parseInt(args[3]), Integer.parseInt(args[4])) : ImageShape.GREY_28;
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        INDArray images = shape.equals(ImageShape.GREY_28)
                ? FashionBench.readIdx(Path.of("/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz"))
                : VaeTestData.randomImages(2048, shape, 1);
        VaeNetwork net = (VaeNetwork) VaeNetworks.create(CreativeRequest.defaults(preset), shape, 0);
        String[] names = {"copy-in", "encoder fwd", "noise+sample", "decoder fwd", "sigmoid", "nll", "kl", "bce grad",
                "decoder bwd", "latent bwd", "encoder bwd", "adam"};
        long[] t = new long[names.length];
        int batch = 128;
        int warmUp = steps / 5;
        int n = (int) images.size(0);
        for (int s = 0; s < steps; s++) {
            int from = (s * batch) % (n - batch);
            INDArray rows = images.get(NDArrayIndex.interval(from, from + batch), NDArrayIndex.all());
            VaeNetwork.Batch b = net.newBatchForProfile(batch);
            long c = CPU.getCurrentThreadCpuTime();
            int i = 0;
            b.x.assign(rows); c = lap(t, i++, c);
            net.encoderForward(b); c = lap(t, i++, c);
            Latent.fillNoise(b.eps, new SplittableRandom(s));
            Latent.sample(b.head, b.eps, b.z, net.latentSize()); c = lap(t, i++, c);
            net.decoderForward(b); c = lap(t, i++, c);
            Kernels.sigmoid(b.logits, b.probabilities); c = lap(t, i++, c);
            Kernels.bernoulliNll(b.logits, b.x, b.scratch); c = lap(t, i++, c);
            Latent.kl(b.head, net.latentSize()); c = lap(t, i++, c);
            Kernels.bernoulliGrad(b.probabilities, b.x, 1f / batch); c = lap(t, i++, c);
            net.decoderBackward(b); c = lap(t, i++, c);
            Latent.backward(b.head, b.eps, b.gradZ, b.gradHead, net.latentSize(), 1f / batch); c = lap(t, i++, c);
            net.encoderBackward(b); c = lap(t, i++, c);
            net.params.adamStep(); lap(t, i, c);
            if (s == warmUp - 1) java.util.Arrays.fill(t, 0); // warm-up
        }
        long total = 0;
        for (long v : t) total += v;
        int measured = steps - warmUp;
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-14s %8.3f ms  %5.1f%%%n", names[i], t[i] / 1e6 / measured, 100.0 * t[i] / total);
        }
        System.out.printf("step total     %8.3f ms  -> %.2f s per 469-step epoch%n", total / 1e6 / measured, total / 1e9 / measured * 469);
    }

    private static long lap(long[] t, int i, long since) {
        long now = CPU.getCurrentThreadCpuTime();
        t[i] += now - since;
        return now;
    }
}
