package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.StudioException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * {@link ImageService} for the UI and the CLI. Imports run as {@link Lane#IO} jobs with progress and cancel; PNG
 * writing and upscaling are plain calls (the caller picks the thread; they touch no ND4J).
 *
 * <p>A folder that holds IDX files and no pictures (like {@code samples/images/fashion_mnist_sample}) is read as
 * IDX: its {@code train-images-idx3-ubyte[.gz]} when there is one, else the first IDX image file by name.
 */
public final class DefaultImageService implements ImageService {
    /** The seed of the stratified choice behind {@code limit}: fixed, so "the first 1,000" is the same 1,000 each time. */
    public static final long LIMIT_SEED = 20_251_130L;
    /** The gap between grid tiles, in pixels. */
    public static final int GRID_GAP = 2;
    private static final int GAP_COLOUR = 0xFFFFFFFF;

    private final JobRunner jobs;

    public DefaultImageService(JobRunner jobs) {
        this.jobs = Objects.requireNonNull(jobs);
    }

    @Override
    public JobHandle<ImageSet> importImages(Path source, ImageShape shape, ImageFit fit, int limit, Executor events,
                                            JobListener<? super ImageSet> listener) {
        Objects.requireNonNull(source);
        Objects.requireNonNull(shape);
        ImageFit f = fit == null ? ImageFit.PAD : fit;
        String name = "Import images from " + (source.getFileName() == null ? source : source.getFileName());
        return jobs.submit(name, Lane.IO, ctx -> read(source, shape, f, limit, ctx), events, listener);
    }

    /** The import itself, synchronously (the job above, tests and the CLI's quick paths). */
    public static ImageSet read(Path source, ImageShape shape, ImageFit fit, int limit, JobContext ctx) {
        Path idx = idxImagesFile(source);
        ImageSet set;
        if (idx != null) {
            set = IdxImages.read(idx, shape, fit, ctx);
        } else if (Files.isDirectory(source)) {
            set = new FolderImages(shape, fit).read(source, limit, LIMIT_SEED, ctx);
        } else if (Files.isRegularFile(source)) {
            throw new StudioException("This is neither a folder of images nor an IDX image file (…-images-idx3-ubyte[.gz]).",
                    source, -1, null);
        } else {
            throw new StudioException("The folder or file " + source + " does not exist.", source, -1, null);
        }
        return ImageSubsets.limit(set, limit, LIMIT_SEED);
    }

    /** The IDX image file {@code source} stands for (itself, its labels' partner, or the one in its folder), or null. */
    static Path idxImagesFile(Path source) {
        if (Files.isRegularFile(source)) {
            if (IdxImages.isImageFile(source)) return source;
            String name = source.getFileName().toString();
            if (name.contains(IdxImages.LABELS_MARK)) {
                String images = name.replace(IdxImages.LABELS_MARK, IdxImages.IMAGES_MARK);
                for (String candidate : List.of(images, images.replace(".gz", ""), images + ".gz")) {
                    if (Files.isRegularFile(source.resolveSibling(candidate))) return source.resolveSibling(candidate);
                }
            }
            return null;
        }
        if (!Files.isDirectory(source)) return null;
        try (var files = Files.list(source)) {
            List<Path> entries = files.sorted().toList();
            boolean pictures = entries.stream().anyMatch(p -> Files.isDirectory(p) || isPictureName(p));
            if (pictures) return null;
            List<Path> idx = entries.stream().filter(IdxImages::isImageFile).toList();
            return idx.stream().filter(p -> p.getFileName().toString().startsWith("train")).findFirst()
                    .orElse(idx.isEmpty() ? null : idx.get(0));
        } catch (java.io.IOException e) {
            return null; // the folder reader words the problem
        }
    }

    private static boolean isPictureName(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg");
    }

    @Override
    public ImageShape suggestShape(Path source) {
        return ShapeGuess.suggest(source, idxImagesFile(source) != null);
    }

    @Override
    public void writePng(byte[] pixels, ImageShape shape, int outputSize, Map<String, String> metadata, Path file) {
        PngFiles.write(Upscaler.toArgb(pixels, shape, outputSize), outputSize, outputSize, metadata, file);
    }

    @Override
    public void writeGridPng(List<byte[]> images, ImageShape shape, int columns, int tileSize, Map<String, String> metadata,
                             Path file) {
        if (images.isEmpty()) throw new IllegalArgumentException("a grid needs at least one image");
        if (columns < 1) throw new IllegalArgumentException("a grid needs at least one column");
        int cols = Math.min(columns, images.size());
        int rows = (images.size() + cols - 1) / cols;
        int width = cols * tileSize + (cols - 1) * GRID_GAP;
        int height = rows * tileSize + (rows - 1) * GRID_GAP;
        int[] grid = new int[width * height];
        java.util.Arrays.fill(grid, GAP_COLOUR);
        for (int i = 0; i < images.size(); i++) {
            int[] tile = Upscaler.toArgb(images.get(i), shape, tileSize);
            int left = (i % cols) * (tileSize + GRID_GAP), top = (i / cols) * (tileSize + GRID_GAP);
            for (int y = 0; y < tileSize; y++) System.arraycopy(tile, y * tileSize, grid, (top + y) * width + left, tileSize);
        }
        PngFiles.write(grid, width, height, metadata, file);
    }

    @Override
    public int[] toArgb(byte[] pixels, ImageShape shape, int size) {
        return Upscaler.toArgb(pixels, shape, size);
    }
}
