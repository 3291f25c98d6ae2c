package com.mstudio.engine.creative.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * All weights of one network in a single flat native float vector, with a gradient vector of the same layout. Layers see
 * their tensors as views into these vectors, so the optimiser is one pass over two bulk copies instead of a few ops per
 * tensor, and saving is one copy. The native vectors themselves have no offset, so their NIO buffers cover exactly the
 * weights.
 */
public final class Params {
    /** Collects the tensor shapes before anything is allocated. */
    public static final class Layout {
        private final List<long[]> shapes = new ArrayList<>();
        private final List<Long> offsets = new ArrayList<>();
        private long total;

        public int add(long... shape) {
            long n = 1;
            for (long d : shape) n *= d;
            shapes.add(shape.clone());
            offsets.add(total);
            total += n;
            return shapes.size() - 1;
        }

        public long total() {
            return total;
        }
    }

    private final Layout layout;
    private final INDArray values;
    private final INDArray grads;
    private final Adam adam;
    private final float[] weights;
    private final float[] gradients;
    private final INDArray[] valueViews;
    private final INDArray[] gradViews;
    private int iteration;

    public Params(Layout layout, double learningRate) {
        this(layout, learningRate, 0.9);
    }

    public Params(Layout layout, double learningRate, double beta1) {
        this.layout = layout;
        long n = layout.total();
        values = Nd4j.zeros(DataType.FLOAT, 1, n);
        grads = Nd4j.zeros(DataType.FLOAT, 1, n);
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("too many weights: " + n);
        adam = new Adam(learningRate, beta1, (int) n);
        weights = new float[(int) n];
        gradients = new float[(int) n];
        valueViews = new INDArray[layout.shapes.size()];
        gradViews = new INDArray[layout.shapes.size()];
        for (int i = 0; i < valueViews.length; i++) {
            valueViews[i] = view(values, i);
            gradViews[i] = view(grads, i);
        }
    }

    private INDArray view(INDArray flat, int index) {
        long[] shape = layout.shapes.get(index);
        long from = layout.offsets.get(index);
        long n = 1;
        for (long d : shape) n *= d;
        return flat.get(NDArrayIndex.point(0), NDArrayIndex.interval(from, from + n)).reshape('c', shape);
    }

    public INDArray value(int index) {
        return valueViews[index];
    }

    public INDArray grad(int index) {
        return gradViews[index];
    }

    public int tensors() {
        return valueViews.length;
    }

    public long count() {
        return layout.total();
    }

    public int iteration() {
        return iteration;
    }

    /**
     * Applies Adam to the gradients the layers' backward passes left in the native gradient vector: two bulk copies
     * (2 MB each for the classic VAE, a tenth of a millisecond) around a vectorised Java loop.
     */
    public void adamStep() {
        grads.data().asNioFloat().get(gradients);
        values.data().asNioFloat().get(weights);
        adam.update(weights, gradients, iteration);
        values.data().asNioFloat().put(weights);
        iteration++;
    }

    /** Called after the layers initialised the native values. */
    public float[] valuesCopy() {
        return values.toFloatVector();
    }

    /** The weights, in the order of {@link #valuesCopy()}, into {@code out} (no allocation: for per-step readers). */
    public void valuesInto(float[] out) {
        if (out.length != weights.length) throw new IllegalArgumentException("room for " + out.length + " of " + weights.length);
        Kernels.floats(values).get(0, out, 0, out.length);
    }

    /** Adam's first then second moments. */
    public float[] stateCopy() {
        float[] state = new float[2 * weights.length];
        System.arraycopy(adam.m, 0, state, 0, weights.length);
        System.arraycopy(adam.v, 0, state, weights.length, weights.length);
        return state;
    }

    public void restore(float[] saved, float[] state, int iterations) {
        if (saved.length != weights.length || state.length != 2 * weights.length) {
            throw new IllegalArgumentException("the saved network has " + saved.length + " weights, this one "
                    + weights.length);
        }
        values.data().asNioFloat().put(saved);
        System.arraycopy(state, 0, adam.m, 0, weights.length);
        System.arraycopy(state, weights.length, adam.v, 0, weights.length);
        iteration = iterations;
    }
}
