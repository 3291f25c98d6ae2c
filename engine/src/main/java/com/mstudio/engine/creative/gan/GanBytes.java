package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The GAN presets' bytes: a header naming the preset, image shape, latent size and classes (checked on restore, so a
 * file for another model is refused in words), a few counters (e.g. Adam's step count), then the arrays in ND4J's format.
 */
final class GanBytes {
    private static final int MAGIC = 0x4D534741; // "MSGA"
    /** The newest format this version reads; which one a preset writes is {@link #version}. */
    private static final int NEWEST = 2;

    /** What a file holds besides its header. */
    record Content(int[] counters, List<INDArray> arrays) {
    }

    private GanBytes() {
    }

    static byte[] write(CreativePreset preset, ImageShape shape, int latentSize, int classCount, Content content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(version(preset));
            out.writeUTF(preset.name());
            out.writeInt(shape.width());
            out.writeInt(shape.height());
            out.writeInt(shape.channels());
            out.writeInt(latentSize);
            out.writeInt(classCount);
            out.writeInt(content.counters().length);
            for (int c : content.counters()) out.writeInt(c);
            out.writeInt(content.arrays().size());
            for (INDArray a : content.arrays()) Nd4j.write(a, out);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }

    static Content read(byte[] data, CreativePreset preset, ImageShape shape, int latentSize, int classCount) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            if (data.length < 8 || in.readInt() != MAGIC) throw damaged(preset, "it does not start like one");
            int version = in.readInt();
            if (version > NEWEST) throw newer(preset, version);
            String savedPreset = in.readUTF();
            ImageShape savedShape = new ImageShape(in.readInt(), in.readInt(), in.readInt());
            int savedLatent = in.readInt();
            int savedClasses = in.readInt();
            if (!savedPreset.equals(preset.name()) || !savedShape.equals(shape) || savedLatent != latentSize
                    || savedClasses != classCount) {
                throw new StudioException("These weights are for a " + savedPreset + " at " + savedShape.describe()
                        + " with latent size " + savedLatent + " and " + savedClasses + " classes, not a " + preset.name()
                        + " at " + shape.describe() + " with latent size " + latentSize + " and " + classCount + " classes.");
            }
            if (version > version(preset)) throw newer(preset, version);
            if (version < version(preset)) {
                throw new StudioException("This " + preset.title() + " was made by an older version of the studio; train it again.");
            }
            int[] counters = new int[in.readInt()];
            for (int i = 0; i < counters.length; i++) counters[i] = in.readInt();
            int n = in.readInt();
            if (n < 0 || n > 1000) throw damaged(preset, "it lists " + n + " arrays");
            List<INDArray> arrays = new ArrayList<>(n);
            for (int i = 0; i < n; i++) arrays.add(Nd4j.read(in));
            return new Content(counters, arrays);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StudioException se) throw se;
            throw damaged(preset, "it ends early or is damaged (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The layout version a preset writes: the DCGAN's networks are written by hand since format 2 (format 1 held DL4J
     * layers' parameters, which the hand-written layers cannot read); the classic GAN has not changed since 1.
     */
    static int version(CreativePreset preset) {
        return preset == CreativePreset.DCGAN ? 2 : 1;
    }

    private static StudioException newer(CreativePreset preset, int version) {
        return new StudioException("The " + preset.title() + " weights were written by a newer version (format "
                + version + "); this version reads format " + version(preset) + ".");
    }

    static StudioException damaged(CreativePreset preset, String why) {
        return new StudioException("The " + preset.title() + " weights cannot be read: " + why + ".");
    }

    /**
     * The parameters (and, {@code withState}, the Adam state) of hand-written networks, in order, for {@link Content}:
     * per network its weights, then its state when kept. Without the state the counters are 0: the optimiser starts afresh.
     */
    static Content of(boolean withState, FlatParameters... nets) {
        int[] counters = new int[nets.length];
        List<INDArray> arrays = new ArrayList<>();
        for (int i = 0; i < nets.length; i++) {
            counters[i] = withState ? nets[i].iteration() : 0;
            arrays.add(nets[i].params());
            if (withState) arrays.add(nets[i].adamState());
        }
        return new Content(counters, arrays);
    }

    /** Whether {@code content} for {@code networks} networks holds their optimiser state (two arrays each) or only weights. */
    static boolean withState(Content content, int networks, CreativePreset preset) {
        int n = content.arrays().size();
        if (content.counters().length != networks || (n != networks && n != 2 * networks)) {
            throw damaged(preset, "it holds " + n + " arrays where " + networks + " or " + 2 * networks + " belong");
        }
        return n == 2 * networks;
    }

    /** The inverse of {@link #of}: puts the saved weights (and Adam state, or a fresh one) back, checking the sizes. */
    static void restore(Content content, CreativePreset preset, FlatParameters... nets) {
        boolean withState = withState(content, nets.length, preset);
        int per = withState ? 2 : 1;
        for (int i = 0; i < nets.length; i++) {
            INDArray p = content.arrays().get(per * i);
            INDArray s = withState ? content.arrays().get(per * i + 1) : Nd4j.zeros(nets[i].adamState().dataType(),
                    nets[i].adamState().shape());
            if (p.length() != nets[i].params().length() || s.length() != nets[i].adamState().length()) {
                throw damaged(preset, "its network " + (i + 1) + " has " + p.length() + " weights where "
                        + nets[i].params().length() + " belong");
            }
            nets[i].restore(p.castTo(nets[i].params().dataType()), s.castTo(nets[i].params().dataType()), content.counters()[i]);
        }
    }
}
