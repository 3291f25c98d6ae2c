package com.mstudio.app;

import com.mstudio.ui.creatives.CreativeServices;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the Creatives screen's files are: the sample image sets (samples/images/…) and the pretrained demo models
 * (assets/models). Both are folders in a checkout next to app/target; {@code -Dstudio.samples} and
 * {@code -Dstudio.assets} point elsewhere (an installed app). A folder that is not there is simply not offered.
 */
final class CreativeAssets {
    private CreativeAssets() {}

    static CreativeServices services(StudioServices services) {
        return new CreativeServices(services.creatives(), services.images(), models(), samples());
    }

    static List<CreativeServices.ImageSample> samples() {
        List<CreativeServices.ImageSample> out = new ArrayList<>();
        Path images = folder("studio.samples", "samples");
        if (images == null) return out;
        images = images.resolve("images");
        Path fashion = images.resolve("fashion_mnist_sample");
        Path icons = images.resolve("product_icons");
        if (Files.isDirectory(fashion)) {
            out.add(new CreativeServices.ImageSample("Fashion products",
                    "5,000 Fashion-MNIST product photos (28×28 grey) in 10 classes", fashion));
        }
        if (Files.isDirectory(icons)) {
            out.add(new CreativeServices.ImageSample("Product icons",
                    "639 colour icons (food, nature, objects, activities)", icons));
        }
        return out;
    }

    /** assets/models, or null when there is none. */
    static Path models() {
        Path assets = folder("studio.assets", "assets");
        Path models = assets == null ? null : assets.resolve("models");
        return models != null && Files.isDirectory(models) ? models : null;
    }

    /** {@code -D<property>}, else the checkout's {@code name}/ above app/target, else ./{@code name}. */
    private static Path folder(String property, String name) {
        String prop = System.getProperty(property);
        if (prop != null && Files.isDirectory(Path.of(prop))) return Path.of(prop);
        try {
            Path code = Path.of(CreativeAssets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // app/target/studio.jar (or app/target/classes) → the checkout
            Path target = code.getParent();
            Path checkout = target == null || target.getParent() == null ? null : target.getParent().getParent();
            if (checkout != null && Files.isDirectory(checkout.resolve(name))) return checkout.resolve(name);
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source: try the working directory
        }
        Path here = Path.of(name).toAbsolutePath();
        return Files.isDirectory(here) ? here : null;
    }
}
