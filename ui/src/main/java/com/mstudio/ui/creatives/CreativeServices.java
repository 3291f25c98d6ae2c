package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.ImageService;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the Creatives screen needs from the outside: the two engine services, where the shipped demo models are, and
 * the one-click sample image sets. The app's composition root builds it (it knows where assets/ and samples/ are).
 *
 * @param creatives    training, generation, favourites
 * @param images       importing image sets and writing PNGs
 * @param demoModels   the folder holding the pretrained demo models (assets/models), or null when there is none
 * @param imageSamples the sample image sets offered in one click, in the order shown
 */
public record CreativeServices(CreativeService creatives, ImageService images, Path demoModels,
                               List<ImageSample> imageSamples) {
    public CreativeServices {
        Objects.requireNonNull(creatives, "creatives");
        Objects.requireNonNull(images, "images");
        imageSamples = imageSamples == null ? List.of() : List.copyOf(imageSamples);
    }

    /** A sample set: a title, one line about it, and the folder (or IDX file) it is read from. */
    public record ImageSample(String title, String description, Path source) {}
}
