package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.nativeblas.NativeOpsHolder;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Path;

/**
 * Local benchmark on the full Fashion-MNIST (not a test; needs the Debian dataset): {@code java ... GanBenchMain
 * PRESET EPOCHS [LIMIT] [conditional]}. The app's bench command calls {@link GanBenchmark} on its engine thread instead.
 */
public final class GanBenchMain {
    public static void main(String[] args) throws Exception {
        CreativePreset preset = CreativePreset.valueOf(args[0]);
        int epochs = Integer.parseInt(args[1]);
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : 60000;
        boolean conditional = args.length > 3 && args[3].equals("conditional");
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(Integer.getInteger("threads", 1));
        Nd4j.factory().blas().setMaxThreads(Integer.getInteger("threads", 1));
        Path dir = Path.of("/usr/share/datasets/fashion-mnist");
        INDArray images = IdxImages.images(dir.resolve("train-images-idx3-ubyte.gz"), limit);
        INDArray labels = IdxImages.labels(dir.resolve("train-labels-idx1-ubyte.gz"), limit);
        CreativeRequest request = CreativeRequest.defaults(preset).withConditional(conditional);
        GanBenchmark.Result r;
        if (Boolean.getBoolean("profile")) {
            try (StackSampler ignored = new StackSampler(Thread.currentThread())) {
                r = GanBenchmark.run(request, ImageShape.GREY_28, images, labels, epochs);
            }
        } else {
            r = GanBenchmark.run(request, ImageShape.GREY_28, images, labels, epochs);
        }
        double ref = preset == CreativePreset.DCGAN ? GanBenchmark.PYTORCH_DCGAN_SECONDS : GanBenchmark.PYTORCH_CLASSIC_SECONDS;
        // PyTorch's figure is for 60,000 images: scale a shorter run's epoch to that size before comparing.
        double scale = 60000.0 / images.rows();
        System.out.printf("%s%s: %.2f s/epoch (CPU %.2f s) on %d images, %.0f img/s, %d steps, last losses D %.3f G %.3f;"
                        + " per 60k: %.1f s (CPU %.1f s), PyTorch %.1f s (ratio %.2f wall, %.2f CPU)%n",
                preset, conditional ? " conditional" : "", r.secondsPerEpoch(), r.cpuSecondsPerEpoch(), images.rows(),
                r.imagesPerSecond(), r.steps(), r.lastLosses().first(), r.lastLosses().second(), r.secondsPerEpoch() * scale,
                r.cpuSecondsPerEpoch() * scale, ref, r.secondsPerEpoch() * scale / ref, r.cpuSecondsPerEpoch() * scale / ref);
    }
}
