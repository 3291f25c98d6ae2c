package com.mstudio.engine.creative.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * All parameters of one hand-written network in one flat array, with a gradient array of the same layout and one Adam
 * state for both. Layers get views into them, so an optimisation step is a single native Adam op plus one subtraction
 * for the whole network instead of a few ops per parameter (ND4J costs 12-35 µs per op whatever its size).
 */
final class FlatParameters {
    private final INDArray params;
    private final INDArray gradients;
    private final INDArray adamState;
    private final GradientUpdater<?> adam;
    private long next;
    private int iteration;

    /** @param total how many parameters the layers will {@link #take}; the arrays are allocated now. */
    FlatParameters(long total, DataType type, Adam config) {
        params = Nd4j.create(type, 1, total);
        gradients = Nd4j.create(type, 1, total);
        adamState = Nd4j.create(type, 1, 2 * total);
        adam = config.instantiate(adamState, true);
    }

    /** The next {@code rows × cols} block as a pair of views (parameters, gradients), row-major. */
    INDArray[] take(long rows, long cols) {
        long n = rows * cols;
        if (next + n > params.length()) throw new IllegalStateException("more parameters taken than allocated");
        INDArray p = params.get(NDArrayIndex.point(0),
                NDArrayIndex.interval(next, next + n)).reshape('c', rows, cols);
        INDArray g = gradients.get(NDArrayIndex.point(0),
                NDArrayIndex.interval(next, next + n)).reshape('c', rows, cols);
        next += n;
        return new INDArray[] {p, g};
    }

    /** Fills a block with U(-1/√fanIn, 1/√fanIn), PyTorch's default for linear layers, from the network's own generator. */
    static void initUniform(INDArray block, long fanIn, Random rng) {
        initWithin(block, 1 / Math.sqrt(fanIn), rng);
    }

    /** Fills a block with U(-bound, bound). */
    static void initWithin(INDArray block, double bound, Random rng) {
        Nd4j.rand(block, rng); // 0..1 in place
        block.muli(2 * bound).subi(bound);
    }

    /** One Adam step with the gradients the layers wrote: turns them into the update, in place, and applies it. */
    void step() {
        adam.applyUpdater(gradients, iteration, 0);
        params.subi(gradients);
        iteration++;
    }

    INDArray params() {
        return params;
    }

    INDArray gradients() {
        return gradients;
    }

    INDArray adamState() {
        return adamState;
    }

    int iteration() {
        return iteration;
    }

    /** For a restore: the weights, Adam's moments and its step count exactly as saved. */
    void restore(INDArray savedParams, INDArray savedState, int savedIteration) {
        params.assign(savedParams.reshape(params.shape()));
        adamState.assign(savedState.reshape(adamState.shape()));
        iteration = savedIteration;
    }
}
