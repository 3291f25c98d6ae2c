package com.mstudio.engine.api;

/** The generative models a user picks from. */
public enum CreativePreset {
    /** The brief's GAN: G z100→128 ReLU→784 tanh; D 784→128 ReLU→1 sigmoid; Adam 1e-4; BCE. 28×28 grey only. */
    CLASSIC_GAN(Family.GAN, "Classic GAN", false),
    /** The brief's VAE: 784→256→128→(μ, log σ²) of 64; decoder 64→128→256→784 sigmoid; reconstruction + KL. 28×28 grey only. */
    CLASSIC_VAE(Family.VAE, "Classic VAE", false),
    /** DCGAN-style: transposed convolutions with batch norm, LeakyReLU 0.2, kernel 4, Adam 2e-4 β1 0.5. 28, 32 or 64. */
    DCGAN(Family.GAN, "Convolutional GAN", true),
    /** Convolutional encoder and decoder; grey 28 or colour 32/64. */
    CONV_VAE(Family.VAE, "Convolutional VAE", true);

    public enum Family { GAN, VAE }

    private final Family family;
    private final String title;
    private final boolean convolutional;

    CreativePreset(Family family, String title, boolean convolutional) {
        this.family = family;
        this.title = title;
        this.convolutional = convolutional;
    }

    public Family family() {
        return family;
    }

    public String title() {
        return title;
    }

    public boolean convolutional() {
        return convolutional;
    }

    /** Whether the preset can work at {@code shape}: the classic ones need 28×28 grey, the others 28, 32 or 64 square. */
    public boolean supports(ImageShape shape) {
        if (!convolutional) return shape.equals(ImageShape.GREY_28);
        return shape.width() == shape.height() && (shape.width() == 28 || shape.width() == 32 || shape.width() == 64);
    }
}
