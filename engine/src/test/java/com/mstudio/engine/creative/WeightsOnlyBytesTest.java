package com.mstudio.engine.creative;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.*;

/**
 * A model written without its optimiser state is a third of the size and restores to the same pixels; the classic
 * presets can train on from it. The DCGAN's is its averaged generator alone in float16 (a sixth): pixels within the
 * rounding, and it refuses to train (DcganAverageTest).
 */
class WeightsOnlyBytesTest {
    @Test
    void weightsOnlyBytesRestoreToTheSamePixelsForEveryPresetKind() {
        ImageSet images = ImageSamples.fashion(300);
        for (CreativePreset preset : new CreativePreset[] {CreativePreset.CLASSIC_GAN, CreativePreset.CLASSIC_VAE, CreativePreset.DCGAN}) {
            CreativeRequest request = CreativeRequest.defaults(preset).withConditional(true).withSeed(3);
            int classes = images.classes().size();
            GenerativeNetwork net = GenerativeNetworks.create(request, images.shape(), classes);
            int[] rows = new int[images.count()];
            for (int i = 0; i < rows.length; i++) rows[i] = i;
            ImageBatches batches = new ImageBatches(images, rows, 64, true, 3);
            batches.shuffle();
            for (int b = 0; b < 3; b++) {
                INDArray[] batch = batches.batch(b);
                net.step(batch[0], batch[1]);
            }
            float[][] latents = new float[12][];
            for (int i = 0; i < 12; i++) latents[i] = LatentMath.latent(100 + i, net.latentSize());
            INDArray z = Nd4j.createFromArray(latents);
            INDArray y = Nd4j.zeros(DataType.FLOAT, 12, classes);
            for (int i = 0; i < 12; i++) y.putScalar(i, i % classes, 1);
            INDArray expected = net.generate(z, y);

            byte[] full = net.toBytes(true);
            byte[] slim = net.toBytes(false);
            System.out.printf("%s: %,d bytes with the optimiser state, %,d without%n", preset, full.length, slim.length);
            assertTrue(slim.length < full.length / 2.5, preset + ": " + slim.length + " of " + full.length);
            GenerativeNetwork fromFull = GenerativeNetworks.restore(request, images.shape(), classes, full);
            GenerativeNetwork fromSlim = GenerativeNetworks.restore(request, images.shape(), classes, slim);
            assertArrayEquals(expected.ravel().toFloatVector(), fromFull.generate(z, y).ravel().toFloatVector(), preset.name());
            if (preset == CreativePreset.DCGAN) {
                assertTrue(expected.sub(fromSlim.generate(z, y)).amaxNumber().doubleValue() < 0.02, "float16 rounding");
                assertArrayEquals(slim, fromSlim.toBytes(false), "the same weights give the same bytes");
                continue;
            }
            assertArrayEquals(expected.ravel().toFloatVector(), fromSlim.generate(z, y).ravel().toFloatVector(), preset.name());
            assertArrayEquals(slim, fromSlim.toBytes(false), "the same weights give the same bytes");

            // Training goes on from the weights alone, the optimiser starting afresh.
            INDArray[] batch = batches.batch(3);
            assertTrue(fromSlim.step(batch[0], batch[1]).finite(), preset.name());
            assertFalse(java.util.Arrays.equals(expected.ravel().toFloatVector(), fromSlim.generate(z, y).ravel().toFloatVector()));
        }
    }
}
