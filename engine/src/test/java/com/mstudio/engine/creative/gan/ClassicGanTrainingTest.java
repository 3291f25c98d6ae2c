package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A few hundred real steps on the Fashion-MNIST sample: the losses stay finite and move the way a working GAN's do. */
class ClassicGanTrainingTest {
    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    @Test
    void shortTrainingOnFashionMovesTheLossesAndTheImagesTowardsTheRealOnes() {
        CreativeRequest request = CreativeRequest.defaults(CreativePreset.CLASSIC_GAN).withConditional(true);
        GenerativeNetwork net = GenerativeNetworks.create(request, ImageShape.GREY_28, 10);
        INDArray z = ClassicGanTest.latents(200, 11);
        INDArray y = GanTestImages.labels(200, 0);
        INDArray realMean = GanTestImages.all().mean(0);
        double before = realMean.distance2(net.generate(z, y).mean(0));

        double firstD = 0;
        double lastD = 0;
        double firstG = 0;
        double lastG = 0;
        int steps = 400;
        for (int i = 0; i < steps; i++) {
            GenerativeNetwork.StepLosses loss = net.step(GanTestImages.batch(64, i), GanTestImages.labels(64, i));
            assertTrue(loss.finite(), "step " + i + ": " + loss);
            if (i < 20) {
                firstD += loss.first() / 20;
                firstG += loss.second() / 20;
            }
            if (i >= steps - 20) {
                lastD += loss.first() / 20;
                lastG += loss.second() / 20;
            }
        }
        double after = realMean.distance2(net.generate(z, y).mean(0));
        System.out.printf("classic GAN, 400 steps: D %.3f -> %.3f, G %.3f -> %.3f, mean-image distance %.2f -> %.2f%n",
                firstD, lastD, firstG, lastG, before, after);
        // At the start D cannot tell (2·ln 2 ≈ 1.39); once it can, its loss falls and the generator's rises above ln 2.
        assertTrue(lastD < firstD && lastD < 1.3, "D learns to tell real from fake: " + firstD + " -> " + lastD);
        assertTrue(lastG > 0.69, "G's loss shows a discriminator that wins more often than not: " + lastG);
        assertTrue(after < 0.75 * before, "the average generated image approaches the average real one: " + before + " -> " + after);
    }
}
