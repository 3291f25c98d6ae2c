package com.mstudio.engine.creative.gan;

import com.mstudio.engine.api.ImageShape;

/**
 * The DCGAN of issue #5, sized for an image shape; every convolution is 4×4, stride 2, padding 1 ({@code creative.nn.Conv}):
 * <ul>
 * <li>G: [z, one-hot] → dense projection to base×base×{@code width·2} → BN ReLU → transposed conv {@code width}
 * → BN ReLU → … → transposed conv to the image's channels, tanh. base = size/4 (7 for 28, 8 for 32); 64 gets one
 * more up-sampling from 8 (and starts at {@code width·4}).</li>
 * <li>D: [image channels + one constant label plane per class] → conv {@code width} LeakyReLU 0.2 → conv
 * {@code width·2} → BN LeakyReLU 0.2 → (64: one more) → dense → 1 logit.</li>
 * </ul>
 * At 28×28 grey and width 64 this is the reference architecture PyTorch's 84 s per epoch was measured on.
 *
 * @param width channels of G's last hidden and D's first layer (64 in the reference architecture; tests use less)
 */
record DcganArchitecture(ImageShape shape, int latentSize, int classCount, int width) {
    static final int REFERENCE_WIDTH = 64;
    /** The DCGAN paper's choices: LeakyReLU slope, weight init N(0, 0.02²), Adam β1 0.5. */
    static final float LEAK = 0.2f;
    static final double INIT_STD = 0.02;
    static final double ADAM_BETA1 = 0.5;

    /** How many stride-2 steps bring the base grid to the image size. */
    int upsamplings() {
        return shape.width() == 64 ? 3 : 2;
    }

    int base() {
        return shape.width() >> upsamplings();
    }

    /** G's channels from the projection (index 0) to the image (index {@link #upsamplings()}). */
    int[] generatorChannels() {
        int u = upsamplings();
        int[] c = new int[u + 1];
        for (int i = 0; i < u; i++) c[i] = width << (u - 1 - i);
        c[u] = shape.channels();
        return c;
    }

    /** The side of G's maps at index i: base·2^i. */
    int generatorSide(int i) {
        return base() << i;
    }

    /** D's channels from its input (index 0: image channels and label planes) to its last convolution's. */
    int[] discriminatorChannels() {
        int u = upsamplings();
        int[] c = new int[u + 1];
        c[0] = shape.channels() + classCount;
        for (int i = 1; i <= u; i++) c[i] = width << (i - 1);
        return c;
    }

    /** The side of D's maps at index i: size/2^i. */
    int discriminatorSide(int i) {
        return shape.width() >> i;
    }
}
