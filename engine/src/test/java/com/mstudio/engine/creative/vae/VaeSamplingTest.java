package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeQuality;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.creative.GenerativeNetwork;
import com.mstudio.engine.creative.GenerativeNetworks;
import com.mstudio.engine.creative.images.ImageSubsets;
import com.mstudio.engine.creative.quality.FeatureExtractor;
import com.mstudio.engine.creative.quality.QualityScorer;
import com.mstudio.engine.testsupport.ImageSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generation latents drawn from the Gaussian fitted to the training codes (ex-post density estimation), on a real
 * subset of the colour icons: better FID than the untrained model and than N(0, I) from the same weights, seeded,
 * saved with the model; and the format-1 bytes written before it still load (as N(0, I)).
 */
class VaeSamplingTest {
    private static final int TRAIN = 480, BATCH = 32, STEPS = 120;
    private static final CreativeRequest REQUEST = CreativeRequest.defaults(CreativePreset.CONV_VAE).withSeed(5);

    private static INDArray train;
    private static ImageSet heldOut;
    private static FeatureExtractor features;
    private static VaeNetwork net;
    private static double untrainedFid;

    @BeforeAll
    static void trainBriefly() {
        ImageSet icons = ImageSamples.icons(ImageShape.COLOUR_32);
        int[] order = VaeTestData.permutation(icons.count(), 11); // the folder is grouped by class
        ImageSet trainSet = ImageSubsets.select(icons, Arrays.copyOf(order, TRAIN));
        heldOut = ImageSubsets.select(icons, Arrays.copyOfRange(order, TRAIN, icons.count()));
        train = VaeTestData.floats(trainSet);
        features = new QualityScorer().train(trainSet, 7, new PlainJobContext());
        net = (VaeNetwork) GenerativeNetworks.create(REQUEST, ImageShape.COLOUR_32, 0);
        untrainedFid = fid(net).fid();
        VaeTrainingTest.train(net, train, null, BATCH, STEPS);
    }

    private static CreativeQuality fid(GenerativeNetwork g) {
        int n = heldOut.count() - heldOut.count() / 2; // as many as the held-out half that gives the floor
        return new QualityScorer().score(features, g.generate(VaeTestData.latents(n, REQUEST.latentSize(), 99), null),
                heldOut, 7);
    }

    private static void fitPrior(VaeNetwork target) {
        target.afterEpoch(i -> new INDArray[]{train.get(NDArrayIndex.interval(i * BATCH, (i + 1) * BATCH), NDArrayIndex.all()),
                null}, TRAIN / BATCH);
    }

    @Test
    void samplesFromTheFittedDensityBeatNormalSamplesAndTheUntrainedModel() {
        net.setPrior(LatentPrior.standard(REQUEST.latentSize(), 1));
        CreativeQuality normal = fid(net);
        fitPrior(net);
        assertFalse(net.prior().isStandard());
        CreativeQuality fitted = fid(net);
        System.out.printf(Locale.ROOT, "conv VAE, %d steps on %d icons: FID untrained %.1f, N(0,I) %.1f, fitted density %.1f "
                + "(floor %.1f)%n", STEPS, TRAIN, untrainedFid, normal.fid(), fitted.fid(), fitted.floor());
        assertTrue(fitted.fid() < normal.fid(), "fitted " + fitted.describe() + " vs N(0,I) " + normal.describe());
        assertTrue(fitted.fid() < untrainedFid, "fitted " + fitted.describe() + " vs untrained " + untrainedFid);
    }

    @Test
    void theFitIsSeededAndTravelsWithTheModel() {
        fitPrior(net);
        byte[] once = net.toBytes();
        fitPrior(net);
        assertArrayEquals(once, net.toBytes(), "the same images give the same density");
        INDArray z = VaeTestData.latents(6, REQUEST.latentSize(), 3);
        VaeNetwork copy = (VaeNetwork) GenerativeNetworks.restore(REQUEST, ImageShape.COLOUR_32, 0, once);
        assertFalse(copy.prior().isStandard());
        assertEquals(net.generate(z, null), copy.generate(z, null));
        VaeNetwork weightsOnly = (VaeNetwork) GenerativeNetworks.restore(REQUEST, ImageShape.COLOUR_32, 0, net.toBytes(false));
        assertEquals(net.generate(z, null), weightsOnly.generate(z, null));
        // encode gives the coordinates generate takes: decoding an encoded image reconstructs it as the raw decoder does
        INDArray x = train.get(NDArrayIndex.interval(0, 4), NDArrayIndex.all());
        INDArray viaPrior = net.generate(net.encode(x, null), null);
        INDArray means = net.encodeMeans(x, null);
        net.setPrior(LatentPrior.standard(REQUEST.latentSize(), 1));
        INDArray raw = net.generate(means, null);
        fitPrior(net);
        assertTrue(viaPrior.equalsWithEps(raw, 1e-3), "round trip through the standard coordinates");
    }

    @Test
    void formatOneBytesLoadAsNormalSamplingAndUnknownFormatsAreRefusedInWords() {
        fitPrior(net);
        byte[] current = net.toBytes(false);
        int priorBytes = 1 + 4 + 4 * (REQUEST.latentSize() + REQUEST.latentSize() * REQUEST.latentSize());
        byte[] formatOne = Arrays.copyOf(current, current.length - priorBytes);
        ByteBuffer.wrap(formatOne).putInt(4, 1);
        VaeNetwork old = (VaeNetwork) GenerativeNetworks.restore(REQUEST, ImageShape.COLOUR_32, 0, formatOne);
        assertTrue(old.prior().isStandard(), "a format-1 model samples N(0, I), as it always did");
        INDArray z = VaeTestData.latents(4, REQUEST.latentSize(), 4);
        assertNotEquals(net.generate(z, null), old.generate(z, null));

        byte[] future = current.clone();
        ByteBuffer.wrap(future).putInt(4, VaeBytes.VERSION + 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GenerativeNetworks.restore(REQUEST, ImageShape.COLOUR_32, 0, future));
        assertTrue(e.getMessage().contains("newer studio"), e.getMessage());
        byte[] cut = Arrays.copyOf(current, current.length - 10);
        assertThrows(IllegalArgumentException.class, () -> GenerativeNetworks.restore(REQUEST, ImageShape.COLOUR_32, 0, cut));
    }
}
