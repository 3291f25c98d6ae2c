package com.mstudio.engine.creative.vae;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A VAE's bytes: a small header that says what network they belong to, then the weights and Adam's state as raw floats.
 * The header is checked on restore so that bytes of another preset, shape or class count are refused in words instead
 * of silently filling the wrong tensors.
 */
final class VaeBytes {
    private static final int MAGIC = 0x4D535641; // "MSVA"
    /**
     * 2 added the fitted generation density ({@link LatentPrior}) after Adam's state. Format 1 is still read: its
     * networks were trained and sampled with N(0, I), which is what they get.
     */
    static final int VERSION = 2;
    private static final int FIRST_VERSION_WITHOUT_PRIOR = 1;

    private VaeBytes() {
    }

    /** What the header says. */
    record Header(String preset, int width, int height, int channels, int latent, int classes, int iterations) {}

    /** {@code withState} false: the weights only (for generating), with no Adam state and an iteration count of 0. */
    static byte[] write(VaeNetwork net, boolean withState) {
        float[] weights = net.params.valuesCopy();
        float[] state = withState ? net.params.stateCopy() : new float[0];
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 4 * (weights.length + state.length));
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeUTF(net.preset().name());
            out.writeInt(net.shape().width());
            out.writeInt(net.shape().height());
            out.writeInt(net.shape().channels());
            out.writeInt(net.latentSize());
            out.writeInt(net.classCount());
            out.writeInt(withState ? net.iterations() : 0);
            writeFloats(out, weights);
            writeFloats(out, state);
            net.prior().write(out);
        } catch (IOException e) {
            throw new IllegalStateException(e); // in-memory stream
        }
        return bytes.toByteArray();
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length);
        buffer.asFloatBuffer().put(values);
        out.write(buffer.array());
    }

    /** Fills {@code net} from {@code bytes}, after checking that they were written by the same kind of network. */
    static void read(byte[] bytes, VaeNetwork net) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != MAGIC) throw new IllegalArgumentException("these bytes are not a VAE network");
            int version = in.readInt();
            if (version != VERSION && version != FIRST_VERSION_WITHOUT_PRIOR) {
                throw new IllegalArgumentException("the VAE network is format " + version + ", this version of the "
                        + "studio reads formats " + FIRST_VERSION_WITHOUT_PRIOR + " and " + VERSION
                        + (version > VERSION ? ": it was saved by a newer studio." : "."));
            }
            Header h = new Header(in.readUTF(), in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt());
            Header expected = new Header(net.preset().name(), net.shape().width(), net.shape().height(),
                    net.shape().channels(), net.latentSize(), net.classCount(), h.iterations());
            if (!h.equals(expected)) {
                throw new IllegalArgumentException("the saved VAE is " + describe(h) + ", not " + describe(expected));
            }
            float[] weights = readFloats(in);
            float[] state = readFloats(in);
            // An empty state is a weights-only file: Adam starts afresh (zero moments, count 0, as the header says).
            if (state.length == 0) state = new float[2 * weights.length];
            LatentPrior prior = version == FIRST_VERSION_WITHOUT_PRIOR
                    ? LatentPrior.standard(net.latentSize(), Math.max(1, net.classCount()))
                    : LatentPrior.read(in, net.latentSize(), Math.max(1, net.classCount()));
            net.params.restore(weights, state, h.iterations());
            net.setPrior(prior);
        } catch (IOException e) {
            throw new IllegalArgumentException("the VAE network bytes are cut short or damaged", e);
        }
    }

    private static String describe(Header h) {
        return h.preset() + " " + h.width() + "×" + h.height() + "×" + h.channels() + ", latent " + h.latent()
                + ", " + h.classes() + " classes";
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available() / 4) throw new IOException("bad length " + n);
        byte[] raw = in.readNBytes(4 * n);
        float[] values = new float[n];
        ByteBuffer.wrap(raw).asFloatBuffer().get(values);
        return values;
    }
}
