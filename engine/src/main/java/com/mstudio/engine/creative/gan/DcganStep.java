package com.mstudio.engine.creative.gan;

import com.mstudio.engine.creative.nn.Kernels;
import com.mstudio.engine.creative.nn.Parallel;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.FloatBuffer;

/**
 * Every array of one DCGAN step for a batch of b, allocated once: G's pass, D's pass over [real; fake] (2b images, one
 * product per convolution), and D's pass over the fakes alone for G's step, which reads the lower half of the same input.
 */
final class DcganStep {
    final int size;
    final DcganGenerator.Pass g;
    final DcganDiscriminator.Pass both;
    final DcganDiscriminator.Pass fakes;
    private final int imageChannels;
    private final int planes; // label planes after the image channels of D's input
    private final int pixels; // per channel
    private final INDArray fakeGrad; // dLoss/dfakes without the label planes; null when there are none

    DcganStep(DcganArchitecture arch, DcganGenerator generator, DcganDiscriminator discriminator, int b, Parallel loops) {
        size = b;
        imageChannels = arch.shape().channels();
        planes = arch.classCount();
        int side = arch.shape().width();
        pixels = side * side;
        g = generator.pass(b, loops);
        INDArray in = Nd4j.zeros(DataType.FLOAT, 2L * b, imageChannels + planes, side, side);
        both = discriminator.new Pass(in, 2, false, loops);
        fakes = discriminator.new Pass(Dcgan.rows(in, b, 2L * b), 1, true, loops);
        fakeGrad = planes > 0 ? Nd4j.zeros(DataType.FLOAT, b, imageChannels, side, side) : null;
    }

    /** Real images 0..1 → −1..1 (G's tanh range) into D's upper half; the labels into G's input and D's label planes. */
    void load(INDArray images, INDArray labels) {
        if (images.columns() != (long) imageChannels * pixels || images.rows() != size) {
            throw new IllegalArgumentException("images must be [" + size + ", " + imageChannels * pixels + "]");
        }
        INDArray x = images.dataType() == DataType.FLOAT && Shape.hasDefaultStridesForShape(images) ? images
                : images.castTo(DataType.FLOAT).dup('c');
        FloatBuffer from = Kernels.floats(x);
        FloatBuffer to = Kernels.floats(both.in);
        int image = imageChannels * pixels;
        int stride = (imageChannels + planes) * pixels;
        for (int n = 0; n < size; n++) {
            for (int i = 0; i < image; i++) to.put(n * stride + i, 2 * from.get(n * image + i) - 1);
        }
        if (planes == 0) return;
        g.y.assign(labels);
        FloatBuffer y = Kernels.floats(g.y);
        for (int n = 0; n < 2 * size; n++) {
            for (int k = 0; k < planes; k++) {
                float v = y.get((n % size) * planes + k); // the fakes are drawn for the same labels as the real half
                int at = n * stride + (imageChannels + k) * pixels;
                for (int i = 0; i < pixels; i++) to.put(at + i, v);
            }
        }
    }

    /** G's output into D's lower half. */
    void loadFakes() {
        FloatBuffer from = Kernels.floats(g.out);
        FloatBuffer to = Kernels.floats(both.in);
        int image = imageChannels * pixels;
        int stride = (imageChannels + planes) * pixels;
        for (int n = 0; n < size; n++) {
            int at = (size + n) * stride;
            for (int i = 0; i < image; i++) to.put(at + i, from.get(n * image + i));
        }
    }

    /** dLoss/dfakes: D's input gradient without the label planes' part. */
    INDArray fakeGradient() {
        if (fakeGrad == null) return fakes.gradIn;
        FloatBuffer from = Kernels.floats(fakes.gradIn);
        FloatBuffer to = Kernels.floats(fakeGrad);
        int image = imageChannels * pixels;
        int stride = (imageChannels + planes) * pixels;
        for (int n = 0; n < size; n++) {
            for (int i = 0; i < image; i++) to.put(n * image + i, from.get(n * stride + i));
        }
        return fakeGrad;
    }
}
