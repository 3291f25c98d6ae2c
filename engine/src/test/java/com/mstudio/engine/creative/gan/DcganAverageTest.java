package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The DCGAN's generator average ({@link GeneratorAverage}): the warm-up formula, generation from the average with its
 * own batch-norm statistics, seeded bytes that resume exactly, files from before the average, and the generating-only
 * (float16, no discriminator) weights-only file.
 */
class DcganAverageTest {
    private static final CreativeRequest REQUEST = CreativeRequest.defaults(CreativePreset.DCGAN);

    @BeforeAll
    static void oneNativeThread() {
        OneNativeThread.ensure();
    }

    @Test
    void theAverageFollowsTheWarmUpFormulaAndGenerationUsesIt() {
        Dcgan gan = (Dcgan) GenerativeNetworks.create(REQUEST, ImageShape.GREY_28, 0);
        float[] start = gan.generator().params.valuesCopy();
        assertArrayEquals(start, gan.average().weights(), "the average starts at G's initial weights");
        gan.step(GanTestImages.batch(8, 0), null);
        float[] w1 = gan.generator().params.valuesCopy();
        float[] avg1 = gan.average().weights();
        float rate = (float) (1 - Math.min(GeneratorAverage.DECAY, 2.0 / 11)); // t = 1 after the first step
        for (int i = 0; i < start.length; i += 997) {
            assertEquals(start[i] + rate * (w1[i] - start[i]), avg1[i], 1e-7, "weight " + i);
        }
        assertFalse(java.util.Arrays.equals(w1, avg1));
        INDArray z = ClassicGanTest.latents(4, 5);
        assertNotEquals(gan.generateFromLastWeights(z, null), gan.generate(z, null), "generation comes from the average");
        // a tile does not depend on the tiles drawn with it: the average's own statistics, not the batch's
        assertEquals(gan.generate(z, null).getRow(2), gan.generate(z.getRows(2, 3), null).getRow(0));
    }

    @Test
    void standingStatisticsAreTheAveragedGeneratorsOwnBatchStatistics() {
        Dcgan gan = trained(REQUEST, 3);
        DcganGenerator averaged = gan.average().current();
        float[] running = averaged.running();
        // The same generator, one fresh training-mode pass over other noise: its first batch norm's input statistics.
        DcganGenerator.Pass p = averaged.pass(256);
        Nd4j.getRandom().setSeed(99);
        p.z.assign(Nd4j.randn(org.nd4j.linalg.api.buffer.DataType.FLOAT, 256, 100));
        averaged.forward(p, true);
        INDArray pre = p.pre[0]; // [b, 128, 7, 7]
        double[] mean = pre.mean(0, 2, 3).toDoubleVector();
        double[] variance = pre.var(false, 0, 2, 3).toDoubleVector();
        int channels = mean.length;
        double worstMean = 0, worstVar = 0;
        for (int c = 0; c < channels; c++) {
            worstMean = Math.max(worstMean, Math.abs(mean[c] - running[c]) / Math.sqrt(variance[c]));
            worstVar = Math.max(worstVar, Math.abs(variance[c] / running[channels + c] - 1));
        }
        System.out.printf("standing statistics vs a fresh pass: worst mean gap %.3f σ, worst variance ratio gap %.3f%n",
                worstMean, worstVar);
        assertTrue(worstMean < 0.1, "means within a tenth of a standard deviation: " + worstMean);
        assertTrue(worstVar < 0.2, "variances within 20%: " + worstVar);
        assertFalse(java.util.Arrays.equals(running, gan.generator().running()), "not G's own running averages");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndARestoredModelResumesExactly() {
        Dcgan a = trained(REQUEST, 2);
        assertArrayEquals(a.toBytes(), trained(REQUEST, 2).toBytes(), "seeded: identical bytes");
        GenerativeNetwork copy = GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, a.toBytes());
        INDArray z = ClassicGanTest.latents(3, 8);
        assertEquals(a.generate(z, null), copy.generate(z, null));
        a.step(GanTestImages.batch(8, 5), null);
        copy.step(GanTestImages.batch(8, 5), null);
        assertArrayEquals(a.toBytes(), copy.toBytes(), "the average and its statistics go on exactly as they would have");
    }

    @Test
    void aFileFromBeforeTheAverageOpensWithGsOwnWeights() {
        Dcgan a = trained(REQUEST, 2);
        DcganArchitecture arch = a.architecture();
        // The layout written before the average existed: G's weights, D's weights, G's running averages.
        byte[] old = GanBytes.write(CreativePreset.DCGAN, arch.shape(), arch.latentSize(), arch.classCount(),
                new GanBytes.Content(new int[] {0, 0}, List.of(Nd4j.createFromArray(a.generator().params.valuesCopy()),
                        Nd4j.createFromArray(a.discriminator().params.valuesCopy()), Nd4j.createFromArray(a.generator().running()))));
        GenerativeNetwork restored = GenerativeNetworks.restore(REQUEST, ImageShape.GREY_28, 0, old);
        INDArray z = ClassicGanTest.latents(3, 4);
        assertEquals(a.generateFromLastWeights(z, null), restored.generate(z, null), "generates as it always did");
        assertTrue(restored.step(GanTestImages.batch(8, 3), null).finite(), "and trains on");
    }

    @Test
    void theWeightsOnlyFileIsTheAverageInHalfPrecisionAndRefusesToTrain() {
        Dcgan a = trained(REQUEST.withConditional(true), 2, 10);
        byte[] slim = a.toBytes(false);
        byte[] full = a.toBytes(true);
        System.out.printf("DCGAN bytes: %,d with training state, %,d generating only%n", full.length, slim.length);
        // G alone in 2 bytes a weight: about a sixth of the float32 G and D with Adam's state
        assertTrue(slim.length < 2.2 * a.generator().params.count() && slim.length < full.length / 6, slim.length + " bytes");
        CreativeRequest conditional = REQUEST.withConditional(true);
        GenerativeNetwork back = GenerativeNetworks.restore(conditional, ImageShape.GREY_28, 10, slim);
        INDArray z = ClassicGanTest.latents(6, 2);
        INDArray y = GanTestImages.oneClass(6, 10, 3);
        INDArray expected = a.generate(z, y), got = back.generate(z, y);
        double worst = expected.sub(got).amaxNumber().doubleValue();
        System.out.printf("largest pixel change from float16 weights: %.5f (of 0..1)%n", worst);
        assertTrue(worst < 0.02, "float16 rounding moves pixels by " + worst);
        assertArrayEquals(slim, back.toBytes(false), "the same weights give the same bytes");
        StudioException e = assertThrows(StudioException.class, () -> back.step(GanTestImages.batch(8, 1),
                GanTestImages.labels(8, 1)));
        assertTrue(e.getMessage().contains("cannot train further"), e.getMessage());
        assertArrayEquals(slim, back.toBytes(), "no training state to keep: the same generating-only bytes");
    }

    private static Dcgan trained(CreativeRequest request, int steps) {
        return trained(request, steps, 0);
    }

    private static Dcgan trained(CreativeRequest request, int steps, int classes) {
        Dcgan net = (Dcgan) GenerativeNetworks.create(request, ImageShape.GREY_28, classes);
        for (int i = 0; i < steps; i++) net.step(GanTestImages.batch(8, i), classes > 0 ? GanTestImages.labels(8, i) : null);
        return net;
    }
}
