package com.mstudio.engine.creative.vae;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

import java.util.ArrayList;
import java.util.List;

/**
 * All weights of one network in a single flat float vector, with a gradient vector of the same layout and Adam's state.
 * Layers see their tensors as views into these vectors, so the optimiser is two native ops per step (the fused Adam
 * update and one subtraction) instead of two per tensor, and saving is one copy.
 */
final class Params {
    /** Collects the tensor shapes before anything is allocated. */
    static final class Layout {
        private final List<long[]> shapes = new ArrayList<>();
        private final List<Long> offsets = new ArrayList<>();
        private long total;

        int add(long... shape) {
            long n = 1;
            for (long d : shape) n *= d;
            shapes.add(shape.clone());
            offsets.add(total);
            total += n;
            return shapes.size() - 1;
        }

        long total() {
            return total;
        }
    }

    private final Layout layout;
    private final INDArray values;
    private final INDArray grads;
    private final INDArray adamState;
    private final GradientUpdater<?> adam;
    private final INDArray[] valueViews;
    private final INDArray[] gradViews;
    private int iteration;

    Params(Layout layout, double learningRate) {
        this.layout = layout;
        long n = layout.total();
        values = Nd4j.zeros(DataType.FLOAT, 1, n);
        grads = Nd4j.zeros(DataType.FLOAT, 1, n);
        Adam config = new Adam(learningRate);
        adamState = Nd4j.zeros(DataType.FLOAT, 1, config.stateSize(n));
        adam = config.instantiate(adamState, true);
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

    INDArray value(int index) {
        return valueViews[index];
    }

    INDArray grad(int index) {
        return gradViews[index];
    }

    int tensors() {
        return valueViews.length;
    }

    long count() {
        return layout.total();
    }

    int iteration() {
        return iteration;
    }

    /** Applies Adam to the gradients accumulated by the layers' backward passes. */
    void adamStep() {
        adam.applyUpdater(grads, iteration, 0); // turns the gradient into the update, in place
        values.subi(grads);
        iteration++;
    }

    float[] valuesCopy() {
        return values.toFloatVector();
    }

    float[] stateCopy() {
        return adamState.toFloatVector();
    }

    void restore(float[] weights, float[] state, int iterations) {
        if (weights.length != values.length() || state.length != adamState.length()) {
            throw new IllegalArgumentException("the saved network has " + weights.length + " weights, this one "
                    + values.length());
        }
        values.assign(Nd4j.createFromArray(weights).reshape(1, weights.length));
        adamState.assign(Nd4j.createFromArray(state).reshape(1, state.length));
        iteration = iterations;
    }
}
