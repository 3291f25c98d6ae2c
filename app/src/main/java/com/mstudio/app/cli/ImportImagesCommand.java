package com.mstudio.app.cli;

import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageSet.ImageFit;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code import-images SOURCE [--size 28|32|64] [--fit pad|crop|stretch] [--limit N] [--json]}: reads a folder of
 * PNG/JPEG pictures (subfolders = classes) or a Fashion-MNIST IDX file and says what a model would get: the count,
 * the shape, each class's count and every file that was skipped, with the reason.
 */
final class ImportImagesCommand implements Command {
    private static final int HUMAN_PROBLEMS_SHOWN = 50;
    private final ImageService images;

    ImportImagesCommand(ImageService images) {
        this.images = images;
    }

    @Override public String name() { return "import-images"; }

    @Override
    public String usage() {
        return "import-images SOURCE [--size 28|32|64] [--fit pad|crop|stretch] [--limit N] [--json]";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json", "debug"), Set.of("size", "fit", "limit"));
        Path source = ImportCommand.singleFile(args, name());
        ImageShape shape = shape(args.option("size"), source);
        ImageFit fit = fit(args.option("fit"));
        int limit = args.intOption("limit", 0);
        if (limit < 0) throw new StudioException("Option --limit needs a number of images of 0 or more (0 keeps all).");
        long start = System.nanoTime();
        ImageSet set = images.importImages(source, shape, fit, limit, Runnable::run, new TerminalProgress<>(err)).await();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (args.flag("json")) out.println(Json.write(toJson(set, seconds)));
        else printHuman(set, seconds, out);
        return 0;
    }

    /** 28 is grey (Fashion-MNIST's size), 32 and 64 colour; without --size the source's look decides. */
    private ImageShape shape(String size, Path source) {
        if (size == null) return images.suggestShape(source);
        return switch (size.strip()) {
            case "28" -> ImageShape.GREY_28;
            case "32" -> ImageShape.COLOUR_32;
            case "64" -> ImageShape.COLOUR_64;
            default -> throw new StudioException("Option --size is 28 (grey), 32 or 64 (colour), not '" + size + "'.");
        };
    }

    static ImageFit fit(String value) {
        if (value == null) return ImageFit.PAD;
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "pad" -> ImageFit.PAD;
            case "crop" -> ImageFit.CROP;
            case "stretch" -> ImageFit.STRETCH;
            default -> throw new StudioException("Option --fit is pad, crop or stretch, not '" + value + "'.");
        };
    }

    static Map<String, Object> toJson(ImageSet set, double seconds) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("images", set.count());
        json.put("width", set.shape().width());
        json.put("height", set.shape().height());
        json.put("channels", set.shape().channels());
        json.put("fit", set.fit().name().toLowerCase(Locale.ROOT));
        List<Map<String, Object>> classes = new ArrayList<>();
        int[] counts = counts(set);
        for (int c = 0; c < set.classes().size(); c++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", set.classes().get(c));
            m.put("images", counts[c]);
            classes.add(m);
        }
        json.put("classes", classes);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ImageSet.ImageProblem p : set.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.source());
            m.put("reason", p.message());
            problems.add(m);
        }
        json.put("problems", problems);
        json.put("seconds", Json.number(seconds));
        return json;
    }

    private static int[] counts(ImageSet set) {
        int[] counts = new int[set.classes().size()];
        for (int label : set.labels()) if (label >= 0) counts[label]++;
        return counts;
    }

    private static void printHuman(ImageSet set, double seconds, PrintStream out) {
        out.printf(Locale.ROOT, "%s: %,d images as %s (%s), %,d skipped (%.2f s)%n", set.name(), set.count(),
                set.shape().describe(), set.fit().title().toLowerCase(Locale.ROOT), set.problems().size(), seconds);
        if (set.labelled()) {
            out.println();
            out.printf("  %-28s %8s%n", "class", "images");
            int[] counts = counts(set);
            for (int c = 0; c < counts.length; c++) out.printf(Locale.ROOT, "  %-28s %,8d%n", set.classes().get(c), counts[c]);
        } else {
            out.println("No classes (no subfolders): the set is unlabelled.");
        }
        if (!set.problems().isEmpty()) {
            out.println();
            out.printf(Locale.ROOT, "Skipped (%,d):%n", set.problems().size());
            set.problems().stream().limit(HUMAN_PROBLEMS_SHOWN).forEach(p -> out.printf("  %s: %s%n", p.source(), p.message()));
            if (set.problems().size() > HUMAN_PROBLEMS_SHOWN) {
                out.printf(Locale.ROOT, "  ... and %,d more (use --json for all)%n", set.problems().size() - HUMAN_PROBLEMS_SHOWN);
            }
        }
    }
}
