package com.mstudio.engine.testsupport;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.creative.images.DefaultImageService;

import java.nio.file.Path;

/**
 * The image samples shipped under samples/images (so they are there on every checkout), read with the real importer:
 * Fashion-MNIST 5,000 training + 1,000 held-out images (10 classes, 28×28 grey), and 639 colour product icons in four
 * class folders.
 */
public final class ImageSamples {
    public static final Path FASHION = ChurnData.repoRoot().resolve("samples/images/fashion_mnist_sample");
    public static final Path FASHION_TEST = FASHION.resolve("test-images-idx3-ubyte.gz");
    public static final Path ICONS = ChurnData.repoRoot().resolve("samples/images/product_icons");

    private ImageSamples() {}

    /** The Fashion-MNIST training subset, {@code limit} images (stratified; 0 = all 5,000). */
    public static ImageSet fashion(int limit) {
        return DefaultImageService.read(FASHION, ImageShape.GREY_28, ImageSet.ImageFit.PAD, limit, new PlainJobContext());
    }

    /** The held-out Fashion-MNIST images (1,000, 100 per class), {@code limit} of them (0 = all). */
    public static ImageSet fashionHeldOut(int limit) {
        return DefaultImageService.read(FASHION_TEST, ImageShape.GREY_28, ImageSet.ImageFit.PAD, limit, new PlainJobContext());
    }

    public static ImageSet icons(ImageShape shape) {
        return DefaultImageService.read(ICONS, shape, ImageSet.ImageFit.PAD, 0, new PlainJobContext());
    }
}
