package com.mstudio.engine.creative.gan;

import com.mstudio.engine.creative.nn.BatchNorm;
import com.mstudio.engine.creative.nn.Conv;
import com.mstudio.engine.creative.nn.Dense;
import com.mstudio.engine.creative.nn.Kernels;
import com.mstudio.engine.creative.nn.Parallel;
import com.mstudio.engine.creative.nn.Params;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

/**
 * The DCGAN's generator ({@link DcganArchitecture}) on the hand-written layers of {@code creative.nn}: a dense projection,
 * then per up-sampling batch norm, ReLU and a transposed convolution; tanh at the end. Forward and backward passes write
 * into the arrays of a {@link Pass}, allocated once per batch size.
 */
final class DcganGenerator {
    /** ReLU as the batch norm's activation: max(v, 0·v). */
    private static final float RELU = 0f;
    private final DcganArchitecture arch;
    final Params params;
    private final Dense project;
    private final BatchNorm[] norms; // norms[i] normalises maps i, before ups[i]
    private final Conv[] ups; // ups[i]: maps i → maps i+1
    private final int[] channels;

    /** The arrays of one batch size. Index i runs over G's maps, 0 (the projection) to u (the image). */
    final class Pass {
        final int size;
        final INDArray z;
        final INDArray y; // one-hot labels, or null
        final INDArray projected; // pre[0] as [b, F]
        final INDArray gradProjected;
        final INDArray[] pre; // input of norms[i]; pre[u] is the last convolution's output, before tanh
        final INDArray[] xhat;
        final INDArray[] act; // after batch norm and ReLU: the input of ups[i]
        final INDArray[] grad; // gradient of act[i], then (in place) of pre[i]; grad[u] of pre[u]
        final BatchNorm.Stats[] stats;
        final Conv.Work[] work;
        final INDArray out; // tanh(pre[u]): images in −1..1, [b, c, s, s]

        Pass(int size, Parallel loops) {
            this.size = size;
            int u = ups.length;
            z = floats(size, arch.latentSize());
            y = arch.classCount() > 0 ? floats(size, arch.classCount()) : null;
            pre = new INDArray[u + 1];
            xhat = new INDArray[u];
            act = new INDArray[u];
            grad = new INDArray[u + 1];
            stats = new BatchNorm.Stats[u];
            work = new Conv.Work[u];
            for (int i = 0; i <= u; i++) {
                long side = arch.generatorSide(i);
                pre[i] = floats(size, channels[i], side, side);
                grad[i] = floats(size, channels[i], side, side);
                if (i < u) {
                    xhat[i] = floats(size, channels[i], side, side);
                    act[i] = floats(size, channels[i], side, side);
                    stats[i] = norms[i].stats(loops);
                    work[i] = ups[i].work(size, (int) side, loops);
                }
            }
            long flat = pre[0].length() / size;
            projected = pre[0].reshape('c', size, flat);
            gradProjected = grad[0].reshape('c', size, flat);
            out = floats(size, channels[u], arch.generatorSide(u), arch.generatorSide(u));
        }
    }

    DcganGenerator(DcganArchitecture arch, double learningRate) {
        this.arch = arch;
        channels = arch.generatorChannels();
        int u = arch.upsamplings();
        Params.Layout layout = new Params.Layout();
        int base = arch.base();
        project = new Dense(layout, arch.latentSize(), arch.classCount(), channels[0] * base * base);
        norms = new BatchNorm[u];
        ups = new Conv[u];
        for (int i = 0; i < u; i++) {
            norms[i] = new BatchNorm(layout, channels[i]);
            boolean last = i == u - 1;
            ups[i] = last ? Conv.up(layout, channels[i], channels[i + 1])
                    : Conv.withoutBias(layout, true, channels[i], channels[i + 1]);
        }
        params = new Params(layout, learningRate, DcganArchitecture.ADAM_BETA1);
    }

    /**
     * N(0, 0.02²) weights as in the DCGAN paper. The label weights start at the spread z's hundred inputs give a unit
     * together (0.02·√latent): at 0.02 a one-hot label would move each unit ten times less than z does.
     */
    void init(SplittableRandom rng) {
        project.initNormal(params, rng, DcganArchitecture.INIT_STD,
                DcganArchitecture.INIT_STD * Math.sqrt(arch.latentSize()));
        for (int i = 0; i < ups.length; i++) {
            norms[i].init(params);
            ups[i].initNormal(params, rng, DcganArchitecture.INIT_STD);
        }
    }

    /** Arrays for generation: its loops run on the calling thread. */
    Pass pass(int size) {
        return new Pass(size, Parallel.SERIAL);
    }

    /** Arrays for training, with the loops around the products split over {@code loops}. */
    Pass pass(int size, Parallel loops) {
        return new Pass(size, loops);
    }

    /**
     * z (and y) → {@code p.out}. {@code training}: batch norm on the batch's statistics, moving the running averages;
     * otherwise on the running averages (generation).
     */
    void forward(Pass p, boolean training) {
        project.forward(params, p.z, p.y, p.projected);
        for (int i = 0; i < ups.length; i++) {
            // batch norm and ReLU in one pass
            if (training) norms[i].forwardTraining(params, p.pre[i], p.xhat[i], p.act[i], p.stats[i], true, RELU);
            else norms[i].forwardInference(params, p.pre[i], p.act[i], RELU);
            ups[i].forward(params, p.work[i], p.act[i], p.pre[i + 1]);
        }
        Ops.tanh(p.pre[ups.length], p.out);
    }

    /** From dLoss/dout ({@code gradOut}, [b, c, s, s]) to the gradients of every weight, in {@link #params}. */
    void backward(Pass p, INDArray gradOut) {
        int u = ups.length;
        tanhBackward(p.out, gradOut, p.grad[u]);
        for (int i = u - 1; i >= 0; i--) {
            ups[i].backward(params, p.work[i], p.grad[i + 1], p.grad[i]);
            norms[i].backward(params, p.xhat[i], p.act[i], p.grad[i], p.grad[i], p.stats[i], false, RELU);
        }
        project.backward(params, p.z, p.y, p.gradProjected, null);
    }

    /** grad = gradOut·(1 − tanh²), from the tanh outputs at hand (ND4J's tanh_bp would compute tanh again). */
    private static void tanhBackward(INDArray out, INDArray gradOut, INDArray grad) {
        FloatBuffer t = Kernels.floats(out);
        FloatBuffer g = Kernels.floats(gradOut);
        FloatBuffer r = Kernels.floats(grad);
        for (int i = 0, n = r.limit(); i < n; i++) {
            float v = t.get(i);
            r.put(i, g.get(i) * (1 - v * v));
        }
    }

    /** Every batch norm's running mean and variance, one after the other. */
    float[] running() {
        int total = 0;
        for (BatchNorm n : norms) total += 2 * n.channels;
        float[] all = new float[total];
        int at = 0;
        for (BatchNorm n : norms) {
            float[] r = n.running();
            System.arraycopy(r, 0, all, at, r.length);
            at += r.length;
        }
        return all;
    }

    void restoreRunning(float[] all) {
        int at = 0;
        for (BatchNorm n : norms) {
            float[] r = new float[2 * n.channels];
            System.arraycopy(all, at, r, 0, r.length);
            n.restoreRunning(r);
            at += r.length;
        }
    }

    int runningCount() {
        return running().length;
    }

    private static INDArray floats(long... shape) {
        return Nd4j.zeros(DataType.FLOAT, shape);
    }
}
