package com.mstudio.app.cli;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.GeneratedImage;
import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code generate MODEL.zip [--n 100] [--seed S] [--class C] --grid OUT.png [--tile 64] [--json]}: a grid of fresh
 * images, tile i made from seed S + i. The PNG holds the seed and the model's name but no date, so the same model and
 * seed give a byte-identical file.
 */
final class GenerateCommand implements Command {
    static final long DEFAULT_SEED = 42;
    private final ImageService images;
    private final CreativeService creatives;

    GenerateCommand(ImageService images, CreativeService creatives) {
        this.images = images;
        this.creatives = creatives;
    }

    @Override public String name() { return "generate"; }

    @Override
    public String usage() {
        return "generate MODEL.zip [--n 100] [--seed S] [--class C] --grid OUT.png [--tile 64] [--json]";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json"), Set.of("n", "seed", "class", "grid", "tile"));
        Path modelFile = ImportCommand.singleFile(args, name());
        if (args.option("grid") == null) throw new StudioException("'generate' needs --grid OUT.png: where to write the grid.");
        Path grid = Path.of(args.option("grid"));
        int n = args.intOption("n", 100);
        int tile = args.intOption("tile", 64);
        if (n < 1 || n > 1024) throw new StudioException("--n must be 1..1024 (got " + n + ").");
        if (tile < 8 || tile > 1024) throw new StudioException("--tile must be 8..1024 pixels (got " + tile + ").");
        long seed = args.option("seed") == null ? DEFAULT_SEED : TrainCreativeCommand.longOption(args, "seed");
        CreativeModel model = creatives.load(modelFile);
        int classIndex = classIndex(model, args.option("class"));
        long t0 = System.nanoTime();
        List<GeneratedImage> tiles = creatives.generate(model, n, seed, classIndex, Runnable::run,
                new TerminalProgress<>(err)).await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        int columns = (int) Math.ceil(Math.sqrt(n));
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(ImageService.META_SEED, seed + (n > 1 ? ".." + (seed + n - 1) : ""));
        meta.put(ImageService.META_MODEL, model.name());
        meta.put(ImageService.META_SOFTWARE, "Marketing Studio");
        images.writeGridPng(tiles.stream().map(GeneratedImage::pixels).toList(), model.shape(), columns, tile, meta, grid);
        if (args.flag("json")) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("images", n);
            json.put("seed", seed);
            json.put("class", classIndex < 0 ? null : model.classes().get(classIndex));
            json.put("columns", columns);
            json.put("tile", tile);
            json.put("model", model.name());
            json.put("grid", grid.toString());
            json.put("seconds", seconds);
            out.println(Json.write(json));
        } else {
            out.printf(Locale.ROOT, "Wrote %d images (seeds %d..%d%s) from %s to %s in %.2f s%n", n, seed, seed + n - 1,
                    classIndex < 0 ? "" : ", class " + model.classes().get(classIndex), model.name(), grid, seconds);
        }
        return Cli.OK;
    }

    /** A class by name (any case) or by number; -1 when not given. */
    static int classIndex(CreativeModel model, String value) {
        if (value == null) return -1;
        if (!model.conditional()) {
            throw new StudioException("The model \"" + model.name() + "\" was not trained per class, so --class cannot be used.");
        }
        for (int i = 0; i < model.classes().size(); i++) {
            if (model.classes().get(i).equalsIgnoreCase(value.strip())) return i;
        }
        try {
            int i = Integer.parseInt(value.strip());
            if (i >= 0 && i < model.classes().size()) return i;
        } catch (NumberFormatException ignored) {
            // not a number either: fall through to the message
        }
        throw new StudioException("The model has no class '" + value + "'; it knows " + String.join(", ", model.classes()) + ".");
    }
}
