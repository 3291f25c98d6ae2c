package com.mstudio.engine.api;

import java.util.List;

/**
 * Images ready for a model: all of one {@link ImageShape}, as unsigned bytes (0..255) in channel-major layout per image
 * (image i, channel c, row y, column x at {@code i*size + c*h*w + y*w + x}, i.e. NCHW). Plain data: no ND4J type.
 *
 * @param name     what the user picked, for display ("fashion_mnist_sample", "my-products")
 * @param shape    the size every image was brought to
 * @param fit      how images of another size or aspect were brought to it
 * @param classes  class names in label order (subfolder names, or the set's own names); empty when unlabelled
 * @param labels   each image's class index into {@code classes}, or -1 when the set has no classes
 * @param pixels   {@code count * shape.size()} bytes
 * @param sources  each image's file (relative to the folder) or "file.idx#index", for naming problems and provenance
 * @param problems files that could not be used, each with the reason; they are skipped, never silently
 */
public record ImageSet(String name, ImageShape shape, ImageFit fit, List<String> classes, int[] labels, byte[] pixels,
                       List<String> sources, List<ImageProblem> problems) {
    public ImageSet {
        classes = List.copyOf(classes);
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
        if (pixels.length != (long) labels.length * shape.size()) {
            throw new IllegalArgumentException("pixels do not match " + labels.length + " images of " + shape.describe());
        }
        if (sources.size() != labels.length) throw new IllegalArgumentException("one source per image is needed");
    }

    public int count() {
        return labels.length;
    }

    public boolean labelled() {
        return !classes.isEmpty();
    }

    /** How the images were brought to the model's size (shown to the user). */
    public enum ImageFit {
        /** Scale the whole image into the square and pad the rest with the border/background colour. */
        PAD("Fit inside and pad"),
        /** Scale to cover the square and cut the overhang, centred. */
        CROP("Fill and crop the centre"),
        /** Scale each side independently (changes the aspect). */
        STRETCH("Stretch");

        private final String title;

        ImageFit(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** A file that was skipped: which and why, in plain words ("not a PNG or JPEG image", "truncated: …"). */
    public record ImageProblem(String source, String message) {}
}
