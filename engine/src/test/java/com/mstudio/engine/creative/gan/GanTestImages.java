package com.mstudio.engine.creative.gan;

import com.mstudio.engine.testsupport.ChurnData;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    static INDArray oneClass(int n, int classes, int c) {
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, classes);
        y.getColumn(c).assign(1);
        return y;
    }

    private static void load() {
        if (images != null) return;
        Path dir = SAMPLE;
        // TEMPORARY until the img-data branch with the sample is merged: the Debian dataset on the dev machine.
        if (!Files.isDirectory(dir)) dir = Path.of("/usr/share/datasets/fashion-mnist");
        try {
            images = IdxImages.images(dir.resolve("train-images-idx3-ubyte.gz"), 5000);
            labels = IdxImages.labels(dir.resolve("train-labels-idx1-ubyte.gz"), 5000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
