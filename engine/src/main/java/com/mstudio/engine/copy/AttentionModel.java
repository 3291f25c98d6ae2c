package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest.AttentionSettings;
import com.mstudio.engine.api.StudioException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The self-attention classifier: token embedding + learned position embedding → {@code blocks} × (multi-head
 * self-attention with a residual connection) → masked mean pooling → dense ReLU → softmax; Adam, L2 on the weights,
 * dropout on each attention block's input and on the output layer's input. The forward and backward passes are
 * written by hand ({@link AttentionPass}) on plain float arrays.
 *
 * <p>Why not DL4J: the same network as a ComputationGraph (two embedding layers, the SameDiff-backed
 * {@code SelfAttentionLayer}, pooling, dense, output) spent about 27 ms per batch of 64 subject lines, almost all of it
 * in per-op and per-layer overhead (SameDiff's session bookkeeping, workspaces, array allocation, masks passed through
 * the vertices) on matrices of a few hundred rows. The hand-written pass does the same arithmetic several times faster,
 * and exposes its attention matrices ({@link AttentionWeights}) instead of hiding them in a SameDiff graph.
 * Deterministic for a seed: the weights and the dropout masks come from seeded generators. Engine thread only.
 */
final class AttentionModel implements CopyNetwork {
    /**
     * L2 on the weights: nearly all of them sit in the token embedding (vocabulary × embedding), which otherwise
     * memorises rare words within two or three epochs on a few thousand texts.
     */
    static final double L2 = 1e-4;
    /** The zip entry that holds the saved network. */
    static final String ENTRY = "attention-network.bin";
    /** The first bytes of a saved network: "MSAT". */
    static final int MAGIC = 0x4D534154;
    /** The layout of the saved network; a different one is refused. */
    static final int BYTES_VERSION = 1;

    /** Texts per forward pass when only probabilities are wanted. */
    static final int EVALUATION_TEXTS = 128;

    final AttentionShape shape;
    final AttentionParameters parameters;
    private final double dropout;
    private final double learningRate;
    private final SplittableRandom random;

    private AttentionModel(AttentionShape shape, double dropout, double learningRate, long seed) {
        this.shape = shape;
        this.parameters = new AttentionParameters(shape);
        this.dropout = dropout;
        this.learningRate = learningRate;
        this.random = new SplittableRandom(seed * 31 + 7);
    }

    static AttentionModel create(int vocabularySize, int maxLength, int classes, AttentionSettings s, long seed) {
        AttentionModel m = new AttentionModel(new AttentionShape(vocabularySize, maxLength, classes, s.embedding(), s.heads(),
                s.blocks()), s.dropout(), s.learningRate(), seed);
        m.parameters.initialise(seed);
        return m;
    }

    /** One Adam step on a batch (dropout on, masks drawn from the model's seeded generator). */
    void fit(TokenBatch batch) {
        gradient(batch, random.nextLong());
        parameters.adam(learningRate);
    }

    /** Writes the gradient of {@link #score} into the parameters' gradient array. */
    void gradient(TokenBatch batch, long dropoutSeed) {
        parameters.zeroGradients();
        new AttentionPass(parameters, batch, dropout, new SplittableRandom(dropoutSeed)).backward();
        parameters.addL2(L2);
    }

    /** What a step minimises: mean cross-entropy with the dropout masks of {@code dropoutSeed}, plus the L2 penalty. */
    double score(TokenBatch batch, long dropoutSeed) {
        return new AttentionPass(parameters, batch, dropout, new SplittableRandom(dropoutSeed)).loss()
                + parameters.l2Penalty(L2);
    }

    /** The forward pass with dropout off: probabilities and every block's attention. */
    AttentionPass evaluate(TokenBatch batch) {
        return new AttentionPass(parameters, batch, 0, null);
    }

    @Override
    public void fit(CopyBatches data, int[] order, int from, int to) {
        fit(((CopyBatches.Tokens) data).tokens(order, from, to));
    }

    /**
     * In passes of at most {@link #EVALUATION_TEXTS} texts: a pass keeps texts × heads × length² attention weights per
     * block, 170 MB for 512 reviews of 144 tokens, and the per-op cost is already shared at this size.
     */
    @Override
    public double[][] probabilities(CopyBatches data, int[] order, int from, int to) {
        int k = shape.classes();
        double[][] out = new double[to - from][k];
        for (int start = from; start < to; start += EVALUATION_TEXTS) {
            int end = Math.min(to, start + EVALUATION_TEXTS);
            AttentionPass pass = evaluate(((CopyBatches.Tokens) data).tokens(order, start, end));
            for (int i = 0; i < pass.n; i++) for (int c = 0; c < k; c++) out[start - from + i][c] = pass.probabilities[i * k + c];
        }
        return out;
    }

    @Override
    public INDArray params() {
        return Nd4j.create(parameters.w.clone(), new long[] {1, parameters.count()}, 'c');
    }

    @Override
    public void setParams(INDArray params) {
        float[] saved = params.dup('c').data().asFloat();
        if (saved.length != parameters.count()) throw new IllegalArgumentException("not this network's weights");
        System.arraycopy(saved, 0, parameters.w, 0, saved.length);
    }

    /**
     * The sizes and the weights as the one entry {@value #ENTRY} of a zip (a zip because the model file's checks
     * expect its network part to be one, as DL4J's are); the training state (Adam's moments) is not kept.
     */
    @Override
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(zip))) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            out.writeInt(MAGIC);
            out.writeInt(BYTES_VERSION);
            AttentionShape s = shape;
            for (int v : new int[] {s.vocabulary(), s.maxLength(), s.classes(), s.embedding(), s.heads(), s.blocks()}) out.writeInt(v);
            out.writeDouble(dropout);
            out.writeDouble(learningRate);
            out.writeInt(parameters.count());
            for (float f : parameters.w) out.writeFloat(f);
        } catch (IOException e) {
            throw new StudioException("Could not pack the trained network: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** @throws StudioException when the bytes are not a network this version wrote (damaged or foreign) */
    static AttentionModel fromBytes(byte[] bytes, long seed) {
        if (bytes == null || bytes.length == 0) throw new StudioException("The model holds no network.");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes));
             DataInputStream in = new DataInputStream(new BufferedInputStream(zip))) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) throw new IOException("no " + ENTRY + " entry");
            if (in.readInt() != MAGIC) throw new IOException("not an attention network");
            int version = in.readInt();
            if (version != BYTES_VERSION) {
                throw new StudioException("The model's attention network has layout " + version + ", which this version "
                        + "of Marketing Studio cannot read. Train the model again.");
            }
            AttentionShape shape = new AttentionShape(in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                    in.readInt());
            AttentionModel m = new AttentionModel(shape, in.readDouble(), in.readDouble(), seed);
            int count = in.readInt();
            if (count != m.parameters.count()) throw new IOException("the weights do not fit the sizes");
            for (int i = 0; i < count; i++) m.parameters.w[i] = in.readFloat();
            if (in.read() != -1 || zip.getNextEntry() != null) throw new IOException("bytes after the weights");
            return m;
        } catch (IOException | IllegalArgumentException e) {
            throw new StudioException("The model's network is damaged and cannot be read.", e);
        }
    }
}
