package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.nn.Conv;
import com.mstudio.engine.creative.nn.Dense;
import com.mstudio.engine.creative.nn.Kernels;
import com.mstudio.engine.creative.nn.Params;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * The convolutional VAE for 28×28 grey and 32×32 / 64×64 colour. Encoder: 4×4 stride-2 convolutions (32, 64 channels;
 * a third of 128 at 64×64) with ReLU, then a dense head to (μ, log σ²). Decoder: dense z → the last feature map with
 * ReLU, then transposed convolutions back up to the image's channels, sigmoid. With classes, the one-hot label joins the
 * encoder's features and the decoder's z.
 */
final class ConvVae extends VaeNetwork {
    private final int[] channels; // image channels, then each encoder stage's
    private final int[] sides; // image side, then each encoder stage's
    private final Conv[] encoder;
    private final Dense head;
    private final Dense project;
    private final Conv[] decoder;

    private final class ConvBatch extends Batch {
        final INDArray image; // x seen as [b, c, s, s]
        final Conv.Work[] encoderWork;
        final Conv.Work[] decoderWork;
        final INDArray[] encoded;
        final INDArray[] encodedGrad;
        final INDArray features; // last encoded map as [b, F]
        final INDArray featuresGrad;
        final INDArray projected; // decoder's dense output [b, F]
        final INDArray projectedGrad;
        final INDArray[] decoded; // decoder stage outputs as maps; the last one is the logits
        final INDArray[] decodedGrad;

        ConvBatch(int size) {
            super(size, shape().size(), latentSize(), classCount());
            int stages = encoder.length;
            image = x.reshape('c', size, channels[0], sides[0], sides[0]);
            encoderWork = new Conv.Work[stages];
            decoderWork = new Conv.Work[stages];
            for (int i = 0; i < stages; i++) {
                encoderWork[i] = encoder[i].work(size, sides[i]);
                decoderWork[i] = decoder[i].work(size, sides[i + 1]);
            }
            encoded = new INDArray[stages];
            encodedGrad = new INDArray[stages];
            for (int i = 0; i < stages; i++) {
                encoded[i] = floats(size, channels[i + 1], sides[i + 1], sides[i + 1]);
                encodedGrad[i] = floats(size, channels[i + 1], sides[i + 1], sides[i + 1]);
            }
            int flat = featureSize();
            features = encoded[stages - 1].reshape('c', size, flat);
            featuresGrad = encodedGrad[stages - 1].reshape('c', size, flat);
            projected = floats(size, flat);
            projectedGrad = floats(size, flat);
            decoded = new INDArray[stages + 1];
            decodedGrad = new INDArray[stages + 1];
            decoded[stages] = projected.reshape('c', size, channels[stages], sides[stages], sides[stages]);
            decodedGrad[stages] = projectedGrad.reshape('c', size, channels[stages], sides[stages], sides[stages]);
            for (int i = stages - 1; i >= 1; i--) {
                decoded[i] = floats(size, channels[i], sides[i], sides[i]);
                decodedGrad[i] = floats(size, channels[i], sides[i], sides[i]);
            }
            decoded[0] = logits.reshape('c', size, channels[0], sides[0], sides[0]);
            decodedGrad[0] = probabilities.reshape('c', size, channels[0], sides[0], sides[0]); // holds dLoss/dlogits
        }
    }

    private ConvVae(CreativeRequest request, ImageShape shape, int classes, Params.Layout layout, int[] channels,
                    int[] sides, Conv[] encoder, Dense head, Dense project, Conv[] decoder) {
        super(request, shape, classes, layout);
        this.channels = channels;
        this.sides = sides;
        this.encoder = encoder;
        this.head = head;
        this.project = project;
        this.decoder = decoder;
    }

    static ConvVae build(CreativeRequest request, ImageShape shape, int classes) {
        int[] stageChannels = shape.width() >= 64 ? new int[]{32, 64, 128} : new int[]{32, 64};
        int stages = stageChannels.length;
        int[] channels = new int[stages + 1];
        int[] sides = new int[stages + 1];
        channels[0] = shape.channels();
        sides[0] = shape.width();
        for (int i = 0; i < stages; i++) {
            channels[i + 1] = stageChannels[i];
            sides[i + 1] = sides[i] / 2;
        }
        Params.Layout layout = new Params.Layout();
        Conv[] encoder = new Conv[stages];
        for (int i = 0; i < stages; i++) encoder[i] = Conv.down(layout, channels[i], channels[i + 1]);
        int flat = channels[stages] * sides[stages] * sides[stages];
        Dense head = new Dense(layout, flat, classes, 2 * request.latentSize());
        Dense project = new Dense(layout, request.latentSize(), classes, flat);
        Conv[] decoder = new Conv[stages]; // decoder[i] maps stage i+1 back to stage i
        for (int i = stages - 1; i >= 0; i--) decoder[i] = Conv.up(layout, channels[i + 1], channels[i]);
        return new ConvVae(request, shape, classes, layout, channels, sides, encoder, head, project, decoder);
    }

    private int featureSize() {
        int last = encoder.length;
        return channels[last] * sides[last] * sides[last];
    }

    @Override
    void initWeights(SplittableRandom rng) {
        for (Conv c : encoder) c.init(params, rng);
        head.init(params, rng, false);
        project.init(params, rng, true);
        for (int i = decoder.length - 1; i >= 0; i--) decoder[i].init(params, rng);
    }

    @Override
    Batch newBatch(int size) {
        return new ConvBatch(size);
    }

    @Override
    void encoderForward(Batch batch) {
        ConvBatch b = (ConvBatch) batch;
        INDArray in = b.image;
        for (int i = 0; i < encoder.length; i++) {
            encoder[i].forward(params, b.encoderWork[i], in, b.encoded[i]);
            Kernels.reluInPlace(b.encoded[i]);
            in = b.encoded[i];
        }
        head.forward(params, b.features, b.y, b.head);
    }

    @Override
    void decoderForward(Batch batch) {
        ConvBatch b = (ConvBatch) batch;
        project.forward(params, b.z, b.y, b.projected);
        Kernels.reluInPlace(b.projected);
        for (int i = decoder.length - 1; i >= 0; i--) {
            decoder[i].forward(params, b.decoderWork[i], b.decoded[i + 1], b.decoded[i]);
            if (i > 0) Kernels.reluInPlace(b.decoded[i]);
        }
    }

    @Override
    void decoderBackward(Batch batch) {
        ConvBatch b = (ConvBatch) batch;
        for (int i = 0; i < decoder.length; i++) {
            decoder[i].backward(params, b.decoderWork[i], b.decodedGrad[i], b.decodedGrad[i + 1]);
            Kernels.reluBackward(b.decoded[i + 1], b.decodedGrad[i + 1]);
        }
        project.backward(params, b.z, b.y, b.projectedGrad, b.gradZ);
    }

    @Override
    void encoderBackward(Batch batch) {
        ConvBatch b = (ConvBatch) batch;
        head.backward(params, b.features, b.y, b.gradHead, b.featuresGrad);
        for (int i = encoder.length - 1; i >= 0; i--) {
            Kernels.reluBackward(b.encoded[i], b.encodedGrad[i]);
            INDArray gradIn = i == 0 ? null : b.encodedGrad[i - 1]; // no gradient for the images themselves
            encoder[i].backward(params, b.encoderWork[i], b.encodedGrad[i], gradIn);
        }
    }
}
