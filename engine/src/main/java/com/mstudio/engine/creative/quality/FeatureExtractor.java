package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.train.NetworkZip;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * The trained quality classifier, used for its features: the activations of its penultimate (dense) layer. Images go
 * in flat and 0..1 ({@code [n, shape.size()]}, NCHW per row), as everywhere in the creative engine. Engine thread only.
 */
public final class FeatureExtractor {
    private static final int BATCH = 256;
    private final MultiLayerNetwork net;
    private final ImageShape shape;
    private final int featureLayer;
    private final String labelSource;

    FeatureExtractor(MultiLayerNetwork net, ImageShape shape, int featureLayer, String labelSource) {
        this.net = net;
        this.shape = shape;
        this.featureLayer = featureLayer;
        this.labelSource = labelSource;
    }

    public ImageShape shape() {
        return shape;
    }

    public int featureSize() {
        return (int) net.getLayer(featureLayer).getParam("b").length();
    }

    /** What the classifier learned to tell apart: "the set's 10 classes" or "8 k-means clusters (the set has no classes)". */
    public String labelSource() {
        return labelSource;
    }

    /** One feature row per image. */
    public double[][] features(INDArray images) {
        if (images.rank() != 2 || images.columns() != shape.size()) {
            throw new IllegalArgumentException("images must be [n, " + shape.size() + "] for " + shape.describe()
                    + ", not " + java.util.Arrays.toString(images.shape()));
        }
        int n = (int) images.rows();
        double[][] out = new double[n][];
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            INDArray batch = images.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).castTo(DataType.FLOAT);
            // feedForwardToLayer lists the input first, so layer k's output sits at k + 1.
            INDArray activations = net.feedForwardToLayer(featureLayer, batch, false).get(featureLayer + 1);
            double[][] rows = activations.castTo(DataType.DOUBLE).toDoubleMatrix();
            System.arraycopy(rows, 0, out, from, rows.length);
        }
        return out;
    }

    /**
     * The class the classifier gives each image (its softmax's arg-max): lets a test or a report check that a
     * conditional model's images for class k look like class k. Only meaningful when {@link #labelSource()} is the
     * set's own classes, not k-means clusters.
     */
    public int[] classify(INDArray images) {
        if (images.rank() != 2 || images.columns() != shape.size()) {
            throw new IllegalArgumentException("images must be [n, " + shape.size() + "] for " + shape.describe()
                    + ", not " + java.util.Arrays.toString(images.shape()));
        }
        int n = (int) images.rows();
        int[] out = new int[n];
        for (int from = 0; from < n; from += BATCH) {
            int to = Math.min(n, from + BATCH);
            INDArray batch = images.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).castTo(DataType.FLOAT);
            INDArray best = net.output(batch, false).argMax(1);
            for (int k = 0; k < to - from; k++) out[from + k] = best.getInt(k);
        }
        return out;
    }

    public double[][] features(ImageSet set) {
        if (!set.shape().equals(shape)) {
            throw new IllegalArgumentException("the classifier was trained on " + shape.describe() + ", not " + set.shape().describe());
        }
        return features(asInput(set));
    }

    /** An image set as the flat 0..1 floats the networks take. */
    public static INDArray asInput(ImageSet set) {
        byte[] px = set.pixels();
        float[] values = new float[px.length];
        for (int i = 0; i < px.length; i++) values[i] = (px[i] & 0xFF) / 255f;
        return Nd4j.create(values, new long[] {set.count(), set.shape().size()}, 'c');
    }

    /** The classifier as bytes (weights only), to score again later without retraining. */
    public byte[] toBytes() {
        return NetworkZip.of(net);
    }

    /** @throws StudioException when the bytes are not a quality classifier for {@code shape} */
    public static FeatureExtractor fromBytes(byte[] bytes, ImageShape shape, String labelSource) {
        try {
            MultiLayerNetwork net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes), false);
            if (net.getnLayers() != QualityClassifier.LAYERS || net.layerInputSize(0) != shape.size()) {
                throw new StudioException("The quality classifier does not fit " + shape.describe() + " images.");
            }
            return new FeatureExtractor(net, shape, QualityClassifier.FEATURE_LAYER, labelSource);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StudioException se) throw se;
            throw new StudioException("The quality classifier is damaged and cannot be read.", e);
        }
    }
}
