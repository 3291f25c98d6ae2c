package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.ImageShape;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A short real DCGAN training on the Fashion-MNIST sample: finite losses, a discriminator that learns, and each
 * network's Adam step lowering its own loss on the batch it was computed on (the hand-driven update goes downhill).
 */
class DcganTrainingTest {
    private static final int BATCH = 16;

    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    @Test
    void shortTrainingOnFashionLowersTheLossesItSteps() {
        Dcgan gan = new Dcgan(new DcganArchitecture(ImageShape.GREY_28, 100, 0, DcganArchitecture.REFERENCE_WIDTH), 2e-4,
                42);
        INDArray z = ClassicGanTest.latents(BATCH, 11);
        INDArray untrained = gan.generate(z, null);
        double firstD = 0;
        double lastD = 0;
        int steps = 20;
        for (int i = 0; i < steps; i++) {
            var loss = gan.step(GanTestImages.batch(BATCH, i), null);
            assertTrue(loss.finite(), "step " + i + ": " + loss);
            if (i < 3) firstD += loss.first() / 3;
            if (i >= steps - 3) lastD += loss.first() / 3;
        }
        System.out.printf("DCGAN, %d steps of %d: D loss %.3f -> %.3f%n", steps, BATCH, firstD, lastD);
        assertTrue(lastD < firstD, "D learns to tell real from fake: " + firstD + " -> " + lastD);
        assertNotEquals(untrained, gan.generate(z, null));

        // One more step of each network, measured on its own batch before and after its update.
        DcganStep s = gan.stepFor(BATCH);
        s.load(GanTestImages.batch(BATCH, 99), null);
        s.g.z.assign(z);
        gan.generatorForward(s);
        double dBefore = gan.discriminatorGradients(s);
        gan.discriminator().params.adamStep();
        double dAfter = gan.discriminatorGradients(s);
        gan.generatorForward(s);
        double gBefore = gan.generatorGradients(s);
        gan.generator().params.adamStep();
        gan.generatorForward(s);
        double gAfter = gan.generatorGradients(s);
        System.out.printf("one Adam step: D %.4f -> %.4f, G %.4f -> %.4f%n", dBefore, dAfter, gBefore, gAfter);
        assertTrue(dAfter < dBefore, "D's step lowers D's loss: " + dBefore + " -> " + dAfter);
        assertTrue(gAfter < gBefore, "G's step lowers G's loss through D: " + gBefore + " -> " + gAfter);
    }

}
