package com.mstudio.engine.creative.vae;

import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.creative.nn.Dense;
import com.mstudio.engine.creative.nn.Kernels;
import com.mstudio.engine.creative.nn.Params;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.SplittableRandom;

/**
 * The brief's classic VAE: encoder 784→256→128→(μ, log σ²), decoder z→128→256→784 sigmoid, ReLU between. With classes,
 * the one-hot label joins the encoder's input and every decoder layer (a CVAE) through {@link Dense}'s side input:
 * with the label at the decoder's first layer only, the demo CVAE drew the requested class for 41 % of its images;
 * given to every layer, the class can shape the image directly (ClassRecognitionTest).
 */
final class MlpVae extends VaeNetwork {
    static final int[] ENCODER = {256, 128};
    static final int[] DECODER = {128, 256};

    private final Dense[] encoder = new Dense[ENCODER.length];
    private final Dense head;
    private final Dense[] decoder = new Dense[DECODER.length];
    private final Dense output;

    private final class MlpBatch extends Batch {
        final INDArray[] encoded = new INDArray[ENCODER.length];
        final INDArray[] encodedGrad = new INDArray[ENCODER.length];
        final INDArray[] decoded = new INDArray[DECODER.length];
        final INDArray[] decodedGrad = new INDArray[DECODER.length];

        MlpBatch(int size) {
            super(size, shape().size(), latentSize(), classCount());
            for (int i = 0; i < ENCODER.length; i++) {
                encoded[i] = floats(size, ENCODER[i]);
                encodedGrad[i] = floats(size, ENCODER[i]);
            }
            for (int i = 0; i < DECODER.length; i++) {
                decoded[i] = floats(size, DECODER[i]);
                decodedGrad[i] = floats(size, DECODER[i]);
            }
        }
    }

    private MlpVae(CreativeRequest request, ImageShape shape, int classes, Params.Layout layout, Dense[] encoder,
                   Dense head, Dense[] decoder, Dense output) {
        super(request, shape, classes, layout);
        System.arraycopy(encoder, 0, this.encoder, 0, encoder.length);
        this.head = head;
        System.arraycopy(decoder, 0, this.decoder, 0, decoder.length);
        this.output = output;
    }

    static MlpVae build(CreativeRequest request, ImageShape shape, int classes) {
        Params.Layout layout = new Params.Layout();
        Dense[] enc = new Dense[ENCODER.length];
        int width = shape.size();
        for (int i = 0; i < ENCODER.length; i++) {
            enc[i] = new Dense(layout, width, i == 0 ? classes : 0, ENCODER[i]);
            width = ENCODER[i];
        }
        Dense head = new Dense(layout, width, 0, 2 * request.latentSize());
        Dense[] dec = new Dense[DECODER.length];
        width = request.latentSize();
        for (int i = 0; i < DECODER.length; i++) {
            dec[i] = new Dense(layout, width, classes, DECODER[i]);
            width = DECODER[i];
        }
        Dense output = new Dense(layout, width, classes, shape.size());
        return new MlpVae(request, shape, classes, layout, enc, head, dec, output);
    }

    @Override
    void initWeights(SplittableRandom rng) {
        for (Dense d : encoder) d.init(params, rng, true);
        head.init(params, rng, false);
        for (Dense d : decoder) d.init(params, rng, true);
        output.init(params, rng, false);
    }

    @Override
    Batch newBatch(int size) {
        return new MlpBatch(size);
    }

    @Override
    void encoderForward(Batch batch) {
        MlpBatch b = (MlpBatch) batch;
        INDArray in = b.x;
        for (int i = 0; i < encoder.length; i++) {
            encoder[i].forward(params, in, i == 0 ? b.y : null, b.encoded[i]);
            Kernels.reluInPlace(b.encoded[i]);
            in = b.encoded[i];
        }
        head.forward(params, in, null, b.head);
    }

    @Override
    void decoderForward(Batch batch) {
        MlpBatch b = (MlpBatch) batch;
        INDArray in = b.z;
        for (int i = 0; i < decoder.length; i++) {
            decoder[i].forward(params, in, b.y, b.decoded[i]);
            Kernels.reluInPlace(b.decoded[i]);
            in = b.decoded[i];
        }
        output.forward(params, in, b.y, b.logits);
    }

    @Override
    void decoderBackward(Batch batch) {
        MlpBatch b = (MlpBatch) batch;
        int last = decoder.length - 1;
        output.backward(params, b.decoded[last], b.y, b.probabilities, b.decodedGrad[last]);
        for (int i = last; i >= 0; i--) {
            Kernels.reluBackward(b.decoded[i], b.decodedGrad[i]);
            INDArray in = i == 0 ? b.z : b.decoded[i - 1];
            INDArray gradIn = i == 0 ? b.gradZ : b.decodedGrad[i - 1];
            decoder[i].backward(params, in, b.y, b.decodedGrad[i], gradIn);
        }
    }

    @Override
    void encoderBackward(Batch batch) {
        MlpBatch b = (MlpBatch) batch;
        int last = encoder.length - 1;
        head.backward(params, b.encoded[last], null, b.gradHead, b.encodedGrad[last]);
        for (int i = last; i >= 0; i--) {
            Kernels.reluBackward(b.encoded[i], b.encodedGrad[i]);
            INDArray in = i == 0 ? b.x : b.encoded[i - 1];
            INDArray gradIn = i == 0 ? null : b.encodedGrad[i - 1]; // no gradient for the images themselves
            encoder[i].backward(params, in, i == 0 ? b.y : null, b.encodedGrad[i], gradIn);
        }
    }
}
