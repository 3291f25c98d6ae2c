package com.mstudio.engine.creative.images;

import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageSet.ImageProblem;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads a folder of PNG/JPEG pictures into an {@link ImageSet}. The first level of subfolders names the classes
 * (pictures deeper down belong to their first-level folder). Files are read in sorted relative-path order, so the
 * same folder always gives the same set. Every file that cannot be used is reported with its reason; hidden files
 * (".DS_Store", "._photo.jpg", a ".git" folder) are the operating system's and are passed over.
 */
final class FolderImages {
    private final ImageShape shape;
    private final ImageFit fit;

    FolderImages(ImageShape shape, ImageFit fit) {
        this.shape = shape;
        this.fit = fit;
    }

    ImageSet read(Path folder, JobContext ctx) {
        List<String> files = listFiles(folder);
        boolean sorted = files.stream().anyMatch(f -> f.contains("/"));
        List<ImageProblem> problems = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> keptClass = new ArrayList<>();
        byte[] pixels = new byte[Math.max(1, Math.min(files.size(), 1024)) * shape.size()];
        int count = 0;
        for (int i = 0; i < files.size(); i++) {
            ctx.checkCancelled();
            if (i % 16 == 0) ctx.progress((double) i / files.size(), "Reading image " + (i + 1) + " of " + files.size());
            String relative = files.get(i);
            int slash = relative.indexOf('/');
            if (sorted && slash < 0) {
                problems.add(new ImageProblem(relative, "outside the class folders: put it into one of the subfolders"));
                continue;
            }
            PictureDecoder.Decoded decoded = PictureDecoder.decode(folder.resolve(relative), Math.max(shape.width(), shape.height()));
            if (decoded.image() == null) {
                problems.add(new ImageProblem(relative, decoded.problem()));
                continue;
            }
            if ((count + 1) * shape.size() > pixels.length) pixels = java.util.Arrays.copyOf(pixels, pixels.length * 2);
            ImageFitter.fit(decoded.image(), shape, fit, pixels, count * shape.size());
            kept.add(relative);
            keptClass.add(slash < 0 ? null : relative.substring(0, slash));
            count++;
        }
        ctx.progress(1, "Read " + count + " images");
        if (count == 0) {
            String detail = problems.isEmpty() ? "it holds no PNG or JPEG files"
                    : "none of its " + problems.size() + " files could be used (first: " + problems.get(0).source()
                    + ": " + problems.get(0).message() + ")";
            throw new StudioException("No usable images in " + folder + ": " + detail + ".", folder, -1, null);
        }
        List<String> classes = sorted ? new ArrayList<>(new TreeSet<>(keptClass)) : List.of();
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) labels[i] = sorted ? classes.indexOf(keptClass.get(i)) : -1;
        byte[] exact = count * shape.size() == pixels.length ? pixels : java.util.Arrays.copyOf(pixels, count * shape.size());
        return new ImageSet(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(), shape, fit,
                classes, labels, exact, kept, problems);
    }

    /** Regular, non-hidden files under {@code folder} as '/'-separated relative paths, sorted. */
    static List<String> listFiles(Path folder) {
        if (!Files.isDirectory(folder)) throw new StudioException("The folder " + folder + " does not exist.", folder, -1, null);
        TreeMap<String, Path> found = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isRegularFile).forEach(p -> {
                Path rel = folder.relativize(p);
                for (Path part : rel) if (part.toString().startsWith(".")) return;
                StringBuilder name = new StringBuilder();
                for (Path part : rel) name.append(name.length() == 0 ? "" : "/").append(part);
                found.put(name.toString(), p);
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StudioException("The folder " + folder + " cannot be read: " + PictureDecoder.reason(e), folder, -1, null);
        }
        return new ArrayList<>(found.keySet());
    }
}
