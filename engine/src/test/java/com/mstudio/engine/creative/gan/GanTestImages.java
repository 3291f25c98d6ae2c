package com.mstudio.engine.creative.gan;

import com.mstudio.engine.testsupport.ChurnData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Real Fashion-MNIST images from the shipped sample (samples/images/fashion_mnist_sample), read once. */
final class GanTestImages {
    static final Path SAMPLE = ChurnData.repoRoot().resolve("samples/images/fashion_mnist_sample");
    private static INDArray images;
    private static INDArray labels;

    private GanTestImages() {
    }

    static synchronized INDArray all() {
        load();
        return images;
    }

    static synchronized INDArray allLabels() {
        load();
        return labels;
    }

    /** {@code n} consecutive images starting at batch {@code index} (wrapping round the sample). */
    static INDArray batch(int n, int index) {
        INDArray all = all();
        long start = ((long) index * n) % (all.rows() - n);
        return all.get(NDArrayIndex.interval(start, start + n), NDArrayIndex.all()).dup();
    }

    /** Their one-hot labels, for batch {@code index} of {@code n}. */
    static INDArray labels(int n, int index) {
        INDArray all = allLabels();
        long start = ((long) index * n) % (all.rows() - n);
        return all.get(NDArrayIndex.interval(start, start + n), NDArrayIndex.all()).dup();
    }

    /** The first {@code n} shipped colour product icons at {@code shape}: {images 0..1, one-hot labels}, and the class count. */
    static INDArray[] icons(com.mstudio.engine.api.ImageShape shape, int n) {
        com.mstudio.engine.api.ImageSet set = com.mstudio.engine.testsupport.ImageSamples.icons(shape);
        int size = shape.size();
        float[] values = new float[n * size];
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, set.classes().size());
        // Every k-th icon, so that the few taken span the class folders.
        int stride = set.count() / n;
        for (int i = 0; i < n; i++) {
            int image = i * stride;
            for (int p = 0; p < size; p++) values[i * size + p] = (set.pixels()[image * size + p] & 0xFF) / 255f;
            y.putScalar(i, set.labels()[image], 1);
        }
        return new INDArray[] {Nd4j.create(values, new long[] {n, size}, DataType.FLOAT), y};
    }

    static INDArray oneClass(int n, int classes, int c) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, classes);
        y.getColumn(c).assign(1);
        return y;
    }

    private static void load() {
        if (images != null) return;
        Path dir = SAMPLE;
        try {
            images = IdxImages.images(dir.resolve("train-images-idx3-ubyte.gz"), 5000);
            labels = IdxImages.labels(dir.resolve("train-labels-idx1-ubyte.gz"), 5000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
