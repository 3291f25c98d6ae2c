package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The brief's GAN, written out by hand: G z→128 ReLU→784 tanh, D 784→128 ReLU→1 sigmoid, Adam, BCE with the
 * non-saturating generator loss. With classes, the one-hot label is a side input of both of G's layers and of D's first
 * layer, and D adds a projection term {@code ⟨h, V[y]⟩} to its logit ({@link LabelProjection}): the label alone at the
 * inputs was too weak a signal for the model to follow (see {@link Dense#init} and ClassRecognitionTest).
 * <p>
 * WHY by hand: DL4J's GAN pattern (fit D, copy its weights into a combined net with frozen D layers, fit that, copy G back)
 * spends about 21 ms per fit in framework overhead and parameter copies; the arithmetic of a step is under 1 ms. Here a
 * step is ~40 native ops on preallocated arrays (gemm, one op per activation, one Adam op per network), so the time
 * goes to the matrix products. The gradients are checked against finite differences in {@code ClassicGanGradientTest}.
 */
final class ClassicGan implements GenerativeNetwork {
    static final int HIDDEN = 128;

    private final ImageShape shape;
    private final int latentSize;
    private final int classCount;
    private final DataType type;
    private final Random rng;
    private final long noiseSeed;
    private final FlatParameters generatorParams;
    private final FlatParameters discriminatorParams;
    private final Dense g1;
    private final Dense g2;
    private final Dense d1;
    private final Dense d2;
    private final LabelProjection projection;
    private final Map<Integer, ClassicGanScratch> scratch = new HashMap<>();

    ClassicGan(ImageShape shape, int latentSize, int classCount, double learningRate, long seed, DataType type) {
        this.shape = shape;
        this.latentSize = latentSize;
        this.classCount = classCount;
        this.type = type;
        int pixels = shape.size();
        Adam adam = new Adam(learningRate);
        generatorParams = new FlatParameters(Dense.parameterCount(latentSize, classCount, HIDDEN)
                + Dense.parameterCount(HIDDEN, classCount, pixels), type, adam);
        g1 = new Dense(generatorParams, latentSize, classCount, HIDDEN);
        g2 = new Dense(generatorParams, HIDDEN, classCount, pixels);
        discriminatorParams = new FlatParameters(Dense.parameterCount(pixels, classCount, HIDDEN)
                + Dense.parameterCount(HIDDEN, 0, 1) + LabelProjection.parameterCount(classCount, HIDDEN), type, adam);
        d1 = new Dense(discriminatorParams, pixels, classCount, HIDDEN);
        d2 = new Dense(discriminatorParams, HIDDEN, 0, 1);
        projection = classCount > 0 ? new LabelProjection(discriminatorParams, classCount, HIDDEN) : null;
        Random init = Nd4j.getRandomFactory().getNewRandomInstance(seed);
        for (Dense layer : List.of(g1, g2, d1, d2)) layer.init(init);
        if (projection != null) projection.init(init);
        noiseSeed = seed ^ 0x5DEECE66DL;
        rng = Nd4j.getRandomFactory().getNewRandomInstance(noiseSeed);
    }

    @Override
    public CreativePreset preset() {
        return CreativePreset.CLASSIC_GAN;
    }

    @Override
    public ImageShape shape() {
        return shape;
    }

    @Override
    public int latentSize() {
        return latentSize;
    }

    @Override
    public int classCount() {
        return classCount;
    }

    @Override
    public StepLosses step(INDArray images, INDArray labels) {
        ClassicGanScratch s = scratchFor((int) images.rows());
        s.loadReal(images, labels);
        // Each step's noise is seeded by the step number, so that a restored model goes on exactly as the original would.
        rng.setSeed(noiseSeed + 1_000_003L * generatorParams.iteration());
        Nd4j.randn(s.z, rng);
        generatorForward(s);
        double dLoss = discriminatorGradients(s);
        discriminatorParams.step();
        double gLoss = generatorGradients(s);
        generatorParams.step();
        return new StepLosses(dLoss, gLoss);
    }

    /** z → fake images in −1..1, written into the lower half of the discriminator's batch. */
    void generatorForward(ClassicGanScratch s) {
        g1.forward(s.z, s.yReal, s.gPre1);
        Ops.relu(s.gPre1, s.gAct1);
        g2.forward(s.gAct1, s.yReal, s.gPre2);
        Ops.tanh(s.gPre2, s.fake);
    }

    /** L_D = mean −log D(x) + mean −log(1 − D(G(z))) on [real; fake] in one pass; fills D's gradients. */
    double discriminatorGradients(ClassicGanScratch s) {
        d1.forward(s.xAll, s.yAll, s.dPre1);
        Ops.relu(s.dPre1, s.dAct1);
        d2.forward(s.dAct1, null, s.dLogit);
        if (projection != null) projection.forward(s.dAct1, s.yAll, s.dEmbedded, s.dLogit);
        // BCE of a logit a with target t: softplus(−a) for t=1, softplus(a) for t=0, i.e. softplus(sign·a).
        s.dLogit.mul(s.sign, s.dTmp);
        Ops.softPlus(s.dTmp, s.dTmp);
        double loss = s.dTmp.sumNumber().doubleValue() / s.batch;
        Ops.sigmoid(s.dLogit, s.dDelta);
        s.dDelta.subi(s.target).divi(s.batch);
        d2.backward(s.dAct1, null, s.dDelta, s.dGrad1);
        if (projection != null) projection.backward(s.dAct1, s.yAll, s.dEmbedded, s.dDelta, s.dGrad1, true);
        Ops.reluBackward(s.dPre1, s.dGrad1, s.dGrad1);
        d1.backward(s.xAll, s.yAll, s.dGrad1, null);
        return loss;
    }

    /** L_G = mean −log D(G(z)) with the updated D, back through D (its weights untouched) into G; fills G's gradients. */
    double generatorGradients(ClassicGanScratch s) {
        d1.forward(s.fake, s.yReal, s.fPre1);
        Ops.relu(s.fPre1, s.fAct1);
        d2.forward(s.fAct1, null, s.fLogit);
        if (projection != null) projection.forward(s.fAct1, s.yReal, s.fEmbedded, s.fLogit);
        s.fLogit.mul(-1, s.fTmp);
        Ops.softPlus(s.fTmp, s.fTmp);
        double loss = s.fTmp.sumNumber().doubleValue() / s.batch;
        Ops.sigmoid(s.fLogit, s.fDelta);
        s.fDelta.subi(1).divi(s.batch);
        d2.backwardInput(s.fDelta, s.fGrad1);
        if (projection != null) projection.backward(s.fAct1, s.yReal, s.fEmbedded, s.fDelta, s.fGrad1, false);
        Ops.reluBackward(s.fPre1, s.fGrad1, s.fGrad1);
        d1.backwardInput(s.fGrad1, s.fakeGrad);
        // tanh' = 1 − tanh²: three cheap products on the fakes at hand beat ND4J's tanh_bp, which recomputes tanh (~4× slower).
        s.fakeGrad.mul(s.fake, s.gGrad2).muli(s.fake);
        s.fakeGrad.sub(s.gGrad2, s.gGrad2);
        g2.backward(s.gAct1, s.yReal, s.gGrad2, s.gGrad1);
        Ops.reluBackward(s.gPre1, s.gGrad1, s.gGrad1);
        g1.backward(s.z, s.yReal, s.gGrad1, null);
        return loss;
    }

    @Override
    public INDArray generate(INDArray latents, INDArray labels) {
        GanChecks.requireLatents(latents, latentSize);
        INDArray y = GanChecks.labels(labels, latents.rows(), classCount, type);
        INDArray z = latents.castTo(type);
        long n = z.rows();
        INDArray h = g1.forward(z, y, Nd4j.create(type, n, HIDDEN));
        Ops.relu(h, h);
        INDArray out = g2.forward(h, y, Nd4j.create(type, n, shape.size()));
        Ops.tanh(out, out);
        return out.addi(1).muli(0.5);
    }

    @Override
    public byte[] toBytes() {
        return toBytes(true);
    }

    @Override
    public byte[] toBytes(boolean withTrainingState) {
        return GanBytes.write(CreativePreset.CLASSIC_GAN, shape, latentSize, classCount,
                GanBytes.of(withTrainingState, generatorParams, discriminatorParams));
    }

    void restore(byte[] bytes) {
        GanBytes.restore(GanBytes.read(bytes, CreativePreset.CLASSIC_GAN, shape, latentSize, classCount),
                CreativePreset.CLASSIC_GAN, generatorParams, discriminatorParams);
    }

    FlatParameters generatorParams() {
        return generatorParams;
    }

    FlatParameters discriminatorParams() {
        return discriminatorParams;
    }

    /** Buffers for a batch of {@code b}; the last, smaller batch of an epoch gets its own set, kept for the next epoch. */
    ClassicGanScratch scratchFor(int b) {
        if (scratch.size() > 4) scratch.clear(); // only ever the full and the last batch size in practice
        return scratch.computeIfAbsent(b, size -> new ClassicGanScratch(size, latentSize, classCount, shape.size(), HIDDEN, type));
    }
}
