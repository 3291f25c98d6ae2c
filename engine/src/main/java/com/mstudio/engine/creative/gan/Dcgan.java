package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.GenerativeNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.List;

/**
 * The convolutional GAN (see {@link DcganArchitecture}), trained like PyTorch's DCGAN example: D on a real batch and on a
 * fake batch (separately, for batch norm), one Adam step; then G through the updated D with the non-saturating loss.
 * A class-conditional model gets the one-hot label appended to z and as constant planes to D's input.
 */
final class Dcgan implements GenerativeNetwork {
    private final DcganArchitecture architecture;
    private final DataType type;
    private final NetworkSteps generator;
    private final NetworkSteps discriminator;
    private final Random rng;
    private final long noiseSeed;

    Dcgan(DcganArchitecture architecture, double learningRate, long seed, DataType type) {
        this.architecture = architecture;
        this.type = type;
        generator = new NetworkSteps(architecture.generator(learningRate, seed, type));
        discriminator = new NetworkSteps(architecture.discriminator(learningRate, seed + 1, type));
        noiseSeed = seed ^ 0x5DEECE66DL;
        rng = Nd4j.getRandomFactory().getNewRandomInstance(noiseSeed);
    }

    @Override
    public CreativePreset preset() {
        return CreativePreset.DCGAN;
    }

    @Override
    public ImageShape shape() {
        return architecture.shape();
    }

    @Override
    public int latentSize() {
        return architecture.latentSize();
    }

    @Override
    public int classCount() {
        return architecture.classCount();
    }

    @Override
    public StepLosses step(INDArray images, INDArray labels) {
        int b = (int) images.rows();
        INDArray y = GanChecks.labels(labels, b, classCount(), type);
        rng.setSeed(noiseSeed + 1_000_003L * generator.net().getIterationCount());
        INDArray z = Nd4j.create(type, b, latentSize());
        Nd4j.randn(z, rng);
        INDArray fake = generator.forwardTraining(generatorInput(z, y)); // [b, c, h, w] in −1..1
        INDArray real = images.castTo(type).reshape('c', b, shape().channels(), shape().height(), shape().width())
                .mul(2).subi(1);
        double dLoss = discriminatorGradients(real, fake, y);
        discriminator.update(b);
        double gLoss = generatorGradientsFromFakes(fake, y);
        generator.update(b);
        return new StepLosses(dLoss, gLoss);
    }

    /** L_D = mean softplus(−D(x)) + mean softplus(D(G(z))); each half through D on its own (batch norm statistics). */
    double discriminatorGradients(INDArray real, INDArray fake, INDArray y) {
        INDArray realLogit = discriminator.forwardTraining(discriminatorInput(real, y));
        double loss = LogitLoss.loss(realLogit, true);
        discriminator.backward(LogitLoss.error(realLogit, true));
        discriminator.holdGradients();
        INDArray fakeLogit = discriminator.forwardTraining(discriminatorInput(fake, y));
        loss += LogitLoss.loss(fakeLogit, false);
        discriminator.backward(LogitLoss.error(fakeLogit, false));
        discriminator.addHeldGradients();
        return loss;
    }

    /** G's forward pass and its gradients, for the gradient check. */
    double generatorGradients(INDArray z, INDArray y) {
        return generatorGradientsFromFakes(generator.forwardTraining(generatorInput(z, y)), y);
    }

    /**
     * L_G = mean softplus(−D(G(z))) through D (its own gradients are computed but not applied) back into G, whose
     * last training-mode forward pass produced {@code fake}.
     */
    private double generatorGradientsFromFakes(INDArray fake, INDArray y) {
        INDArray logit = discriminator.forwardTraining(discriminatorInput(fake, y));
        double loss = LogitLoss.loss(logit, true);
        INDArray inputError = discriminator.backward(LogitLoss.error(logit, true));
        INDArray fakeError = classCount() == 0 ? inputError
                : inputError.get(NDArrayIndex.all(), NDArrayIndex.interval(0, shape().channels())).dup();
        generator.backward(fakeError);
        return loss;
    }

    @Override
    public INDArray generate(INDArray latents, INDArray labels) {
        GanChecks.requireLatents(latents, latentSize());
        INDArray y = GanChecks.labels(labels, latents.rows(), classCount(), type);
        INDArray out = generator.forwardInference(generatorInput(latents.castTo(type), y));
        return out.reshape('c', latents.rows(), shape().size()).add(1).muli(0.5);
    }

    private INDArray generatorInput(INDArray z, INDArray y) {
        return y == null ? z : Nd4j.hstack(z, y);
    }

    /** Images [b, c, h, w], with one constant plane per class appended for a conditional model. */
    private INDArray discriminatorInput(INDArray images, INDArray y) {
        if (y == null) return images;
        long b = images.size(0);
        INDArray planes = Nd4j.create(type, b, classCount(), shape().height(), shape().width());
        planes.addi(y.reshape(b, classCount(), 1, 1));
        return Nd4j.concat(1, images, planes);
    }

    @Override
    public byte[] toBytes() {
        return toBytes(true);
    }

    @Override
    public byte[] toBytes(boolean withTrainingState) {
        List<INDArray> arrays = withTrainingState
                ? List.of(generator.net().params(), generator.net().getUpdater().getStateViewArray(),
                        discriminator.net().params(), discriminator.net().getUpdater().getStateViewArray())
                : List.of(generator.net().params(), discriminator.net().params());
        int[] counters = withTrainingState
                ? new int[] {generator.net().getIterationCount(), discriminator.net().getIterationCount()} : new int[] {0, 0};
        return GanBytes.write(CreativePreset.DCGAN, shape(), latentSize(), classCount(), new GanBytes.Content(counters, arrays));
    }

    void restore(byte[] bytes) {
        GanBytes.Content content = GanBytes.read(bytes, CreativePreset.DCGAN, shape(), latentSize(), classCount());
        boolean withState = GanBytes.withState(content, 2, CreativePreset.DCGAN);
        int per = withState ? 2 : 1;
        restore(generator, content.arrays().get(0), withState ? content.arrays().get(1) : null, content.counters()[0]);
        restore(discriminator, content.arrays().get(per), withState ? content.arrays().get(per + 1) : null,
                content.counters()[1]);
    }

    /** {@code state} null: weights only, the updater starts afresh. */
    private void restore(NetworkSteps steps, INDArray params, INDArray state, int iteration) {
        var net = steps.net();
        INDArray stateView = net.getUpdater().getStateViewArray();
        if (state == null) state = Nd4j.zeros(stateView.dataType(), stateView.shape());
        if (params.length() != net.params().length() || state.length() != stateView.length()) {
            throw new StudioException("The " + CreativePreset.DCGAN.title() + " weights cannot be read: a network has "
                    + params.length() + " weights where " + net.params().length() + " belong.");
        }
        net.params().assign(params.reshape(net.params().shape()).castTo(type));
        stateView.assign(state.reshape(stateView.shape()).castTo(type));
        net.setIterationCount(iteration);
    }

    NetworkSteps generatorSteps() {
        return generator;
    }

    NetworkSteps discriminatorSteps() {
        return discriminator;
    }
}
