package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.creative.nn.Params;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A DCGAN's bytes in {@link GanBytes} format 2. Three layouts, told apart by their number of arrays:
 * <ul>
 * <li>with training state (7): G's weights and Adam state, D's weights and Adam state, G's batch-norm running
 * averages, then the averaged generator's weights ({@link GeneratorAverage}) and its standing statistics;
 * counters: G's and D's Adam steps. Training goes on from it exactly as it would have.</li>
 * <li>generating only (2, the weights-only file since the average): the averaged generator's weights in float16
 * ({@link HalfPrecision}) and its statistics. No D: such a model generates but cannot train. float16 halves the file (the shipped demo's budget);
 * the rounding moved FID and the clear-image share by less than their run-to-run noise (docs/benchmarks.md).</li>
 * <li>older files, before the average (3: G, D, G's statistics; or 5 with both Adam states): they open as they were,
 * the average being G's own weights.</li>
 * </ul>
 */
final class DcganBytes {
    private static final CreativePreset PRESET = CreativePreset.DCGAN;
    private static final int WITH_STATE = 7, GENERATING_ONLY = 2, OLD_WEIGHTS = 3, OLD_WITH_STATE = 5;

    private DcganBytes() {
    }

    static byte[] write(Dcgan gan, boolean withState) {
        DcganArchitecture a = gan.architecture();
        GeneratorAverage average = gan.average();
        DcganGenerator averaged = average.current(); // brings its statistics up to date
        List<INDArray> arrays = new ArrayList<>();
        int[] counters = {0, 0};
        if (withState && !gan.generationOnly()) { // a generating-only model has nothing more to keep
            Params g = gan.generator().params;
            Params d = gan.discriminator().params;
            for (Params p : new Params[] {g, d}) {
                arrays.add(Nd4j.createFromArray(p.valuesCopy()));
                arrays.add(Nd4j.createFromArray(p.stateCopy()));
            }
            arrays.add(Nd4j.createFromArray(gan.generator().running()));
            arrays.add(Nd4j.createFromArray(average.weights()));
            counters = new int[] {g.iteration(), d.iteration()};
        } else {
            arrays.add(HalfPrecision.pack(average.weights()));
        }
        arrays.add(Nd4j.createFromArray(averaged.running()));
        return GanBytes.write(PRESET, a.shape(), a.latentSize(), a.classCount(), new GanBytes.Content(counters, arrays));
    }

    /** The inverse of {@link #write}; an older weights-only file restores with Adam starting afresh. */
    static void restore(Dcgan gan, byte[] bytes) {
        DcganArchitecture a = gan.architecture();
        GanBytes.Content content = GanBytes.read(bytes, PRESET, a.shape(), a.latentSize(), a.classCount());
        List<INDArray> arrays = content.arrays();
        int n = arrays.size();
        if (content.counters().length != 2 || (n != WITH_STATE && n != GENERATING_ONLY && n != OLD_WEIGHTS
                && n != OLD_WITH_STATE)) {
            throw GanBytes.damaged(PRESET, "it holds " + n + " arrays where 2, 3, 5 or 7 belong");
        }
        if (n == GENERATING_ONLY) {
            float[] weights;
            try {
                weights = HalfPrecision.unpack(arrays.get(0));
            } catch (IllegalArgumentException e) {
                throw GanBytes.damaged(PRESET, "its generator's weights are not stored as half precision");
            }
            float[] running = running(gan, arrays.get(1));
            restoreNetwork(gan.generator().params, weights, null, 0, 1);
            gan.generator().restoreRunning(running);
            gan.average().restore(weights, running);
            gan.markGenerationOnly();
            return;
        }
        boolean withState = n == WITH_STATE || n == OLD_WITH_STATE;
        int per = withState ? 2 : 1;
        Params[] nets = {gan.generator().params, gan.discriminator().params};
        for (int i = 0; i < nets.length; i++) {
            float[] state = withState ? floats(arrays.get(per * i + 1)) : null;
            restoreNetwork(nets[i], floats(arrays.get(per * i)), state, content.counters()[i], i + 1);
        }
        float[] running = running(gan, arrays.get(2 * per));
        gan.generator().restoreRunning(running);
        if (n == WITH_STATE) {
            float[] averaged = floats(arrays.get(5));
            if (averaged.length != nets[0].count()) {
                throw GanBytes.damaged(PRESET, "its averaged generator has " + averaged.length + " weights where "
                        + nets[0].count() + " belong");
            }
            gan.average().restore(averaged, running(gan, arrays.get(6)));
        } else {
            gan.average().restore(floats(arrays.get(0)), running); // before the average: G itself
        }
    }

    private static void restoreNetwork(Params net, float[] weights, float[] state, int counter, int which) {
        if (weights.length != net.count()) {
            throw GanBytes.damaged(PRESET, "its network " + which + " has " + weights.length + " weights where "
                    + net.count() + " belong");
        }
        try {
            net.restore(weights, state == null ? new float[2 * weights.length] : state, counter);
        } catch (IllegalArgumentException e) {
            throw GanBytes.damaged(PRESET, "its network " + which + "'s optimiser state has the wrong size");
        }
    }

    private static float[] running(Dcgan gan, INDArray saved) {
        float[] running = floats(saved);
        if (running.length != gan.generator().runningCount()) {
            throw GanBytes.damaged(PRESET, "it holds " + running.length / 2 + " batch-norm statistics where "
                    + gan.generator().runningCount() / 2 + " belong");
        }
        return running;
    }

    private static float[] floats(INDArray a) {
        return a.ravel().castTo(DataType.FLOAT).toFloatVector();
    }
}
