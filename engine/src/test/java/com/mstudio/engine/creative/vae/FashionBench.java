package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Manual benchmark, not a test: {@code java -cp ... FashionBench [images.idx3-ubyte.gz] [epochs] [preset] [threads]}.
 * Reads the IDX file with a minimal reader (the real importer belongs to the image-set code).
 */
public final class FashionBench {
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/usr/share/datasets/fashion-mnist/train-images-idx3-ubyte.gz");
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CreativePreset preset = args.length > 2 ? CreativePreset.valueOf(args[2]) : CreativePreset.CLASSIC_VAE;
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        Nd4j.getBackend();
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
        INDArray images = readIdx(file);
        VaeBenchmark.Result r = VaeBenchmark.run(CreativeRequest.defaults(preset), ImageShape.GREY_28, images, epochs);
        System.out.printf("%s threads=%d wall s/epoch=%s cpu s/epoch=%s img/s=%.0f losses=(%.2f, %.2f)%n", preset, threads,
                r.secondsPerEpoch(), r.cpuSecondsPerEpoch(), r.imagesPerSecond(), r.lastLosses()[0], r.lastLosses()[1]);
    }

    static INDArray readIdx(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
            if (in.readInt() != 0x803) throw new IOException(file + " is not an IDX image file");
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            byte[] raw = in.readNBytes(n * rows * cols);
            float[] v = new float[raw.length];
            for (int i = 0; i < v.length; i++) v[i] = (raw[i] & 0xff) / 255f;
            return Nd4j.createFromArray(v).reshape(n, rows * cols);
        }
    }
}
