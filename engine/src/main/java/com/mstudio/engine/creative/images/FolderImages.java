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

    /**
     * Reads the folder. With {@code limit} > 0 only that many pictures are decoded: a class-stratified, seeded choice
     * made from the file paths first, topped up from the same class when a chosen file turns out unusable; files never
     * looked at are then not checked either.
     */
    ImageSet read(Path folder, int limit, long seed, JobContext ctx) {
        List<String> files = listFiles(folder);
        boolean sorted = files.stream().anyMatch(f -> f.contains("/"));
        List<ImageProblem> problems = new ArrayList<>();
        List<String> candidates = new ArrayList<>();
        for (String f : files) {
            if (sorted && f.indexOf('/') < 0) {
                problems.add(new ImageProblem(f, "outside the class folders: put it into one of the subfolders"));
            } else {
                candidates.add(f);
            }
        }
        List<Group> plan = plan(candidates, sorted, limit, seed);
        int target = plan.stream().mapToInt(Group::quota).sum();
        record Kept(int index, String path, byte[] pixels) {}
        List<Kept> kept = new ArrayList<>();
        int tried = 0;
        for (Group group : plan) {
            int got = 0;
            for (int k = 0; k < group.members().length && got < group.quota(); k++) {
                ctx.checkCancelled();
                if (tried % 16 == 0) ctx.progress(Math.min(1, (double) tried / target), "Reading image " + (tried + 1) + " of " + target);
                tried++;
                String relative = candidates.get(group.members()[k]);
                PictureDecoder.Decoded decoded = PictureDecoder.decode(folder.resolve(relative), Math.max(shape.width(), shape.height()));
                if (decoded.image() == null) {
                    problems.add(new ImageProblem(relative, decoded.problem()));
                    continue;
                }
                byte[] pixels = new byte[shape.size()];
                ImageFitter.fit(decoded.image(), shape, fit, pixels, 0);
                kept.add(new Kept(group.members()[k], relative, pixels));
                got++;
            }
        }
        ctx.progress(1, "Read " + kept.size() + " images");
        if (kept.isEmpty()) {
            String detail = problems.isEmpty() ? "it holds no PNG or JPEG files"
                    : "none of its " + problems.size() + " files could be used (first: " + problems.get(0).source()
                    + ": " + problems.get(0).message() + ")";
            throw new StudioException("No usable images in " + folder + ": " + detail + ".", folder, -1, null);
        }
        kept.sort(java.util.Comparator.comparingInt(Kept::index)); // path order, whatever order they were read in
        problems.sort(java.util.Comparator.comparing(ImageProblem::source));
        List<String> classes = sorted ? new ArrayList<>(new TreeSet<>(kept.stream().map(k -> classOf(k.path())).toList())) : List.of();
        int count = kept.size();
        int[] labels = new int[count];
        byte[] pixels = new byte[count * shape.size()];
        List<String> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Kept k = kept.get(i);
            labels[i] = sorted ? classes.indexOf(classOf(k.path())) : -1;
            System.arraycopy(k.pixels(), 0, pixels, i * shape.size(), shape.size());
            sources.add(k.path());
        }
        return new ImageSet(folder.getFileName() == null ? folder.toString() : folder.getFileName().toString(), shape, fit,
                classes, labels, pixels, sources, problems);
    }

    private static String classOf(String relative) {
        int slash = relative.indexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash);
    }

    /** Files of one class in the order to try them, and how many of them to keep. */
    private record Group(int[] members, int quota) {}

    /** Without a limit: everything, in path order. With one: per class, a seeded shuffle and its stratified share. */
    private static List<Group> plan(List<String> candidates, boolean sorted, int limit, long seed) {
        int n = candidates.size();
        if (limit <= 0 || limit >= n) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return List.of(new Group(all, n));
        }
        java.util.Map<String, List<Integer>> byClass = new java.util.TreeMap<>();
        for (int i = 0; i < n; i++) byClass.computeIfAbsent(sorted ? classOf(candidates.get(i)) : "", c -> new ArrayList<>()).add(i);
        List<List<Integer>> members = new ArrayList<>(byClass.values());
        int[] quotas = ImageSubsets.shares(members.stream().mapToInt(List::size).toArray(), limit);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Group> plan = new ArrayList<>();
        for (int g = 0; g < members.size(); g++) {
            int[] order = members.get(g).stream().mapToInt(Integer::intValue).toArray();
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            plan.add(new Group(order, quotas[g]));
        }
        return plan;
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
