package com.mstudio.engine.creative.quality;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The score of a generative network end to end: the classifier is trained on the training part, the network is asked
 * for as many images as half the held-out set, with the held-out classes when it is conditional. The networks here
 * stand in for trained GANs/VAEs (which live on other branches): one replays unseen real images of the class it is
 * asked for, one paints noise.
 */
class ModelQualityTest {
    private static JobEngine engine;
    private static ImageSet fashion;

    @BeforeAll
    static void start() throws Exception {
        engine = new JobEngine(new JobEngine.Config(0, true, 1));
        engine.nativeSetup().get(120, TimeUnit.SECONDS);
        fashion = ImageSamples.fashion(1_400);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void aNetworkThatMakesRealLookingImagesOfTheAskedClassScoresNearTheFloorAndNoiseFarAbove() {
        ImageSet unseen = ImageSamples.fashionHeldOut(0);
        int[] heldOut = ImageSubsets.stratifiedIndices(fashion.labels(), 400, 5);
        Replay replay = new Replay(unseen, 10);
        CreativeQuality[] q = engine.submit("quality", ctx -> {
            ModelQuality quality = new ModelQuality(new QualityScorer(2));
            return new CreativeQuality[] {quality.measure(replay, fashion, heldOut, 5, ctx),
                    quality.measure(new Noise(), fashion, heldOut, 5, ctx)};
        }).await();
        System.out.println("replayed real: " + q[0].describe() + " · noise: " + q[1].describe());
        assertEquals(200, q[0].generated(), "as many as the floor's second half");
        assertEquals(400, q[0].real());
        assertEquals(q[0].floor(), q[1].floor(), 1e-9);
        assertTrue(q[0].fid() < 3 * q[0].floor(), q[0].describe());
        assertTrue(q[1].fid() > 20 * q[0].fid(), q[1].describe());
        // The conditional network was asked for the held-out images' own class mix: 20 of each class.
        int[] asked = new int[10];
        for (int c : replay.asked) asked[c]++;
        for (int c = 0; c < 10; c++) assertEquals(20, asked[c], "class " + c);
    }

    @Test
    void tooFewImagesAreRefusedInWords() {
        ImageSet tiny = ImageSubsets.limit(fashion, 10, 1);
        StudioException e = assertThrows(StudioException.class, () -> engine.submit("quality",
                ctx -> new ModelQuality().measure(new Noise(), tiny, new int[] {0, 1}, 1, ctx)).await());
        assertTrue(e.getMessage().contains("at least 20 real images"), e.getMessage());
    }

    /** Returns real images it was not trained on, of the class each row's one-hot label asks for. */
    static final class Replay extends Fixed {
        final ImageSet source;
        final int classes;
        final List<Integer> asked = new ArrayList<>();
        int next;

        Replay(ImageSet source, int classes) {
            this.source = source;
            this.classes = classes;
        }

        @Override public int classCount() { return classes; }

        @Override
        public INDArray generate(INDArray latents, INDArray labels) {
            int n = (int) latents.rows();
            float[][] out = new float[n][];
            float[][] all = FeatureExtractor.asInput(source).toFloatMatrix();
            for (int i = 0; i < n; i++) {
                int wanted = labels.getRow(i).argMax().getInt(0);
                asked.add(wanted);
                while (source.labels()[next % source.count()] != wanted) next++;
                out[i] = all[next++ % source.count()];
            }
            return Nd4j.create(out);
        }
    }

    static final class Noise extends Fixed {
        @Override
        public INDArray generate(INDArray latents, INDArray labels) {
            assertNull(labels, "an unconditional network gets no labels");
            return Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, latents.rows(), 784);
        }
    }

    /** The parts of the seam the score does not use. */
    abstract static class Fixed implements GenerativeNetwork {
        @Override public CreativePreset preset() { return CreativePreset.CLASSIC_GAN; }
        @Override public ImageShape shape() { return ImageShape.GREY_28; }
        @Override public int latentSize() { return 100; }
        @Override public int classCount() { return 0; }
        @Override public StepLosses step(INDArray images, INDArray labels) { throw new UnsupportedOperationException(); }
        @Override public byte[] toBytes() { throw new UnsupportedOperationException(); }
    }
}
