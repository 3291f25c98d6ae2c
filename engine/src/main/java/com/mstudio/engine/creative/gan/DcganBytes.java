package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.creative.nn.Params;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

/**
 * A DCGAN's bytes in {@link GanBytes} format 2: counters (G's and D's Adam steps), then G's weights [and Adam state],
 * D's weights [and Adam state], and G's batch-norm running averages (generation needs them; D's are never used).
 */
final class DcganBytes {
    private static final CreativePreset PRESET = CreativePreset.DCGAN;

    private DcganBytes() {
    }

    static byte[] write(Dcgan gan, boolean withState) {
        Params g = gan.generator().params;
        Params d = gan.discriminator().params;
        List<INDArray> arrays = new ArrayList<>();
        for (Params p : new Params[] {g, d}) {
            arrays.add(Nd4j.createFromArray(p.valuesCopy()));
            if (withState) arrays.add(Nd4j.createFromArray(p.stateCopy()));
        }
        arrays.add(Nd4j.createFromArray(gan.generator().running()));
        int[] counters = withState ? new int[] {g.iteration(), d.iteration()} : new int[] {0, 0};
        DcganArchitecture a = gan.architecture();
        return GanBytes.write(PRESET, a.shape(), a.latentSize(), a.classCount(), new GanBytes.Content(counters, arrays));
    }

    /** The inverse of {@link #write}; a weights-only file restores with Adam starting afresh. */
    static void restore(Dcgan gan, byte[] bytes) {
        DcganArchitecture a = gan.architecture();
        GanBytes.Content content = GanBytes.read(bytes, PRESET, a.shape(), a.latentSize(), a.classCount());
        List<INDArray> arrays = content.arrays();
        if (content.counters().length != 2 || (arrays.size() != 3 && arrays.size() != 5)) {
            throw GanBytes.damaged(PRESET, "it holds " + arrays.size() + " arrays where 3 or 5 belong");
        }
        boolean withState = arrays.size() == 5;
        int per = withState ? 2 : 1;
        Params[] nets = {gan.generator().params, gan.discriminator().params};
        for (int i = 0; i < nets.length; i++) {
            float[] weights = floats(arrays.get(per * i));
            float[] state = withState ? floats(arrays.get(per * i + 1)) : new float[2 * weights.length];
            if (weights.length != nets[i].count()) {
                throw GanBytes.damaged(PRESET, "its network " + (i + 1) + " has " + weights.length + " weights where "
                        + nets[i].count() + " belong");
            }
            try {
                nets[i].restore(weights, state, content.counters()[i]);
            } catch (IllegalArgumentException e) {
                throw GanBytes.damaged(PRESET, "its network " + (i + 1) + "'s optimiser state has the wrong size");
            }
        }
        float[] running = floats(arrays.get(2 * per));
        if (running.length != gan.generator().runningCount()) {
            throw GanBytes.damaged(PRESET, "it holds " + running.length / 2 + " batch-norm statistics where "
                    + gan.generator().runningCount() / 2 + " belong");
        }
        gan.generator().restoreRunning(running);
    }

    private static float[] floats(INDArray a) {
        return a.ravel().toFloatVector();
    }
}
