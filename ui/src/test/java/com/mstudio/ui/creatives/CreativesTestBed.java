package com.mstudio.ui.creatives;

import com.mstudio.engine.creative.DefaultCreativeService;
import com.mstudio.engine.creative.images.DefaultImageService;
import com.mstudio.ui.support.DatasetTestBed;
import com.mstudio.ui.support.TestData;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The real parts the Creatives screen runs on: the job engine with ND4J, a workspace in a temp folder, the real image
 * service and creative service, and the repository's sample image sets.
 */
public final class CreativesTestBed extends DatasetTestBed {
    static final Duration TRAINING = Duration.ofMinutes(3);

    public final DefaultImageService images = new DefaultImageService(engine);
    public final DefaultCreativeService creatives = new DefaultCreativeService(engine, images);

    CreativesTestBed(Path dir) {
        super(dir, true);
    }

    /** The sample sets the app offers, from the checkout's samples/images. */
    public static List<CreativeServices.ImageSample> samples() {
        Path root = TestData.repoRoot().resolve("samples").resolve("images");
        return List.of(
                new CreativeServices.ImageSample("Fashion products", "6,000 Fashion-MNIST photos, 10 classes",
                        root.resolve("fashion_mnist_sample")),
                new CreativeServices.ImageSample("Product icons", "639 colour icons in 4 classes", root.resolve("product_icons")));
    }

    public static Path demoModels() {
        return TestData.repoRoot().resolve("assets").resolve("models");
    }

    CreativesViewModel viewModel() {
        return new CreativesViewModel(new CreativeServices(creatives, images, demoModels(), samples()), engine, workspace, bridge);
    }
}
