package com.mstudio.engine.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Image sets in and images out: importing folders and Fashion-MNIST IDX files, and writing PNGs. Reading and writing
 * run on the I/O lane ({@link Lane#IO}); nothing here touches ND4J.
 */
public interface ImageService {
    /** PNG text keys written by {@link #writePng}; the values are plain text. */
    String META_SEED = "Seed";
    String META_MODEL = "Model";
    String META_CREATED = "Creation Time";
    String META_SOFTWARE = "Software";

    /**
     * Reads {@code source} and brings every image to {@code shape} with {@code fit}:
     * <ul>
     * <li>a folder: PNG and JPEG files found recursively; the first level of subfolders names the classes (files
     * directly in the folder make the set unlabelled unless there are subfolders too; they are then reported and
     * skipped). Unreadable, empty, truncated or non-image files are reported by name in {@link ImageSet#problems()}.</li>
     * <li>an IDX image file ({@code *-images-idx3-ubyte}, optionally {@code .gz}): the matching
     * {@code *-labels-idx1-ubyte[.gz]} next to it gives the labels, and a {@code classes.txt} next to it (one name
     * per line) or the Fashion-MNIST names (10 classes) name them.</li>
     * </ul>
     * {@code limit} > 0 keeps at most that many images (a seeded, class-stratified choice), for quick runs.
     *
     * @throws StudioException (through the outcome) naming the file when nothing usable was found, the folder is
     *                         missing, or an IDX file is damaged (with the byte offset)
     */
    JobHandle<ImageSet> importImages(Path source, ImageShape shape, ImageSet.ImageFit fit, int limit,
                                     Executor events, JobListener<? super ImageSet> listener);

    /** Quick guess of a sensible shape for {@code source}: grey 28 for IDX/grey sets, colour 32 otherwise. */
    ImageShape suggestShape(Path source);

    /**
     * Writes one image (NCHW bytes of {@code shape}) as a PNG of {@code outputSize}×{@code outputSize} pixels, upscaled
     * smoothly (not blocky), with {@code metadata} as PNG text chunks. Atomic: a failed write leaves no partial file.
     */
    void writePng(byte[] pixels, ImageShape shape, int outputSize, Map<String, String> metadata, Path file);

    /**
     * Writes images as one grid PNG ({@code columns} per row, {@code tileSize} pixels per tile, a 2-pixel gap) with
     * {@code metadata}. Byte-identical for the same inputs.
     */
    void writeGridPng(List<byte[]> images, ImageShape shape, int columns, int tileSize, Map<String, String> metadata,
                      Path file);

    /** Upscales one image to {@code size}×{@code size} RGBA pixels (row-major, 0xAARRGGBB) for display or composing. */
    int[] toArgb(byte[] pixels, ImageShape shape, int size);
}
