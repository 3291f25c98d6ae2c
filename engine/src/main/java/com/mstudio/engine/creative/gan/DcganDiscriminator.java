package com.mstudio.engine.creative.gan;

import com.mstudio.engine.creative.nn.BatchNorm;
import com.mstudio.engine.creative.nn.Conv;
import com.mstudio.engine.creative.nn.Dense;
import com.mstudio.engine.creative.nn.Parallel;
import com.mstudio.engine.creative.nn.Params;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.SplittableRandom;

/**
 * The DCGAN's discriminator ({@link DcganArchitecture}) on {@code creative.nn}: stride-2 convolutions with LeakyReLU,
 * batch norm from the second on, a dense layer to one logit. A pass may hold real and fake images as one batch (real
 * on top): the convolutions then run as one product over both, while batch norm still normalises each half on its own
 * statistics, as PyTorch's DCGAN does when it shows D the two batches separately.
 */
final class DcganDiscriminator {
    private final DcganArchitecture arch;
    final Params params;
    private final Conv[] downs; // downs[i]: maps i → maps i+1
    private final BatchNorm[] norms; // norms[i] after downs[i]; none after the first
    private final Dense out;
    private final int[] channels;

    /** The arrays of one batch; index i runs over the convolutions. */
    final class Pass {
        final int size;
        final int halves;
        final INDArray in; // [n, image channels + label planes, s, s]
        final Conv.Work[] work;
        final INDArray[] pre; // convolution outputs
        final INDArray[] xhat; // null where no batch norm follows
        final INDArray[] act; // after batch norm and LeakyReLU (the first layer: pre itself)
        final INDArray[] grad; // gradient of act[i], then (in place) of the convolution's output
        final BatchNorm.Stats[][] stats; // [layer][half]
        final INDArray[][] preHalves; // [layer][half]: views of pre, xhat, act, grad per half, made once
        final INDArray[][] xhatHalves;
        final INDArray[][] actHalves;
        final INDArray[][] gradHalves;
        final INDArray features; // the last act as [n, F]
        final INDArray gradFeatures;
        final INDArray logits; // [n, 1]
        final INDArray delta; // dLoss/dlogits
        final INDArray gradIn; // dLoss/din, or null when the input's gradient is not wanted

        /**
         * @param in     the input array to read (the caller fills it; it may be a view of another pass's input)
         * @param halves 2 when {@code in} holds a real half on top of a fake half, else 1
         * @param loops  splits the loops around the products
         */
        Pass(INDArray in, int halves, boolean withInputGradient, Parallel loops) {
            this.in = in;
            this.halves = halves;
            size = (int) in.size(0);
            int u = downs.length;
            work = new Conv.Work[u];
            pre = new INDArray[u];
            xhat = new INDArray[u];
            act = new INDArray[u];
            grad = new INDArray[u];
            stats = new BatchNorm.Stats[u][];
            preHalves = new INDArray[u][];
            xhatHalves = new INDArray[u][];
            actHalves = new INDArray[u][];
            gradHalves = new INDArray[u][];
            for (int i = 0; i < u; i++) {
                long side = arch.discriminatorSide(i + 1);
                work[i] = downs[i].work(size, arch.discriminatorSide(i), loops);
                pre[i] = floats(size, channels[i + 1], side, side);
                grad[i] = floats(size, channels[i + 1], side, side);
                if (norms[i] == null) {
                    act[i] = pre[i];
                } else {
                    xhat[i] = floats(size, channels[i + 1], side, side);
                    act[i] = floats(size, channels[i + 1], side, side);
                    stats[i] = new BatchNorm.Stats[halves];
                    preHalves[i] = halves(pre[i]);
                    xhatHalves[i] = halves(xhat[i]);
                    actHalves[i] = halves(act[i]);
                    gradHalves[i] = halves(grad[i]);
                    for (int h = 0; h < halves; h++) stats[i][h] = norms[i].stats(loops);
                }
            }
            long flat = act[u - 1].length() / size;
            features = act[u - 1].reshape('c', size, flat);
            gradFeatures = grad[u - 1].reshape('c', size, flat);
            logits = floats(size, 1);
            delta = floats(size, 1);
            gradIn = withInputGradient ? floats(in.shape()) : null;
        }

        /** The halves of a [n, …] array of this pass, as contiguous views. */
        private INDArray[] halves(INDArray a) {
            if (halves == 1) return new INDArray[] {a};
            long rows = size / halves;
            INDArray[] views = new INDArray[halves];
            for (int h = 0; h < halves; h++) {
                INDArrayIndex[] index = new INDArrayIndex[a.rank()];
                index[0] = NDArrayIndex.interval(h * rows, (h + 1) * rows);
                for (int d = 1; d < index.length; d++) index[d] = NDArrayIndex.all();
                views[h] = a.get(index);
            }
            return views;
        }
    }

    DcganDiscriminator(DcganArchitecture arch, double learningRate) {
        this.arch = arch;
        channels = arch.discriminatorChannels();
        int u = arch.upsamplings();
        Params.Layout layout = new Params.Layout();
        downs = new Conv[u];
        norms = new BatchNorm[u];
        for (int i = 0; i < u; i++) {
            if (i == 0) {
                downs[i] = Conv.down(layout, channels[0], channels[1]);
            } else {
                downs[i] = Conv.withoutBias(layout, false, channels[i], channels[i + 1]);
                norms[i] = new BatchNorm(layout, channels[i + 1]);
            }
        }
        long side = arch.discriminatorSide(u);
        out = new Dense(layout, (int) (channels[u] * side * side), 0, 1);
        params = new Params(layout, learningRate, DcganArchitecture.ADAM_BETA1);
    }

    void init(SplittableRandom rng) {
        for (int i = 0; i < downs.length; i++) {
            downs[i].initNormal(params, rng, DcganArchitecture.INIT_STD);
            if (norms[i] != null) norms[i].init(params);
        }
        out.initNormal(params, rng, DcganArchitecture.INIT_STD, 0);
    }

    /** in → logits, training mode (batch norm on each half's own statistics). */
    void forward(Pass p) {
        INDArray x = p.in;
        for (int i = 0; i < downs.length; i++) {
            // without batch norm, LeakyReLU goes into the pass that lays the product out as maps
            downs[i].forward(params, p.work[i], x, p.pre[i], norms[i] == null ? DcganArchitecture.LEAK : 1f);
            if (norms[i] != null) { // batch norm and LeakyReLU in one pass
                for (int h = 0; h < p.halves; h++) {
                    norms[i].forwardTraining(params, p.preHalves[i][h], p.xhatHalves[i][h], p.actHalves[i][h],
                            p.stats[i][h], false, DcganArchitecture.LEAK);
                }
            }
            x = p.act[i];
        }
        out.forward(params, p.features, null, p.logits);
    }

    /**
     * Back from {@code p.delta} (dLoss/dlogits): with {@code withWeights} the weight gradients into {@link #params}
     * (D's own step); the input's gradient into {@code p.gradIn} if the pass has one (G's step, D unchanged).
     */
    void backward(Pass p, boolean withWeights) {
        if (withWeights) out.backward(params, p.features, null, p.delta, p.gradFeatures);
        else out.backwardInput(params, p.delta, p.gradFeatures);
        for (int i = downs.length - 1; i >= 0; i--) {
            if (norms[i] != null) { // LeakyReLU's and batch norm's backward in one pass
                for (int h = 0; h < p.halves; h++) {
                    INDArray g = p.gradHalves[i][h];
                    norms[i].backward(params, p.xhatHalves[i][h], p.actHalves[i][h], g, g, p.stats[i][h], h > 0,
                            DcganArchitecture.LEAK);
                }
            }
            INDArray gradIn = i > 0 ? p.grad[i - 1] : p.gradIn;
            if (gradIn == null && !withWeights) continue;
            if (norms[i] != null) downs[i].backward(params, p.work[i], p.grad[i], gradIn, withWeights);
            else downs[i].backward(params, p.work[i], p.grad[i], p.act[i], DcganArchitecture.LEAK, gradIn, withWeights);
        }
    }

    private static INDArray floats(long... shape) {
        return Nd4j.zeros(DataType.FLOAT, shape);
    }
}
