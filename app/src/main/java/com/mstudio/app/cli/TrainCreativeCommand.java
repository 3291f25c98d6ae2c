package com.mstudio.app.cli;

import com.mstudio.engine.api.CreativeModel;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.CreativeRequest;
import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult;
import com.mstudio.engine.api.ImageService;
import com.mstudio.engine.api.ImageSet;
import com.mstudio.engine.api.ImageShape;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Preview;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code train-gan IMAGES --preset classic|dcgan …} and {@code train-vae IMAGES --preset classic|conv …}: imports an
 * image folder or IDX file, trains on the engine thread, prints each epoch's losses as it ends and, at the end, one
 * JSON line {@code {"epochs","seconds_per_epoch","images_per_second","fid","fid_floor"}}, and saves the model.
 */
final class TrainCreativeCommand implements Command {
    private final CreativePreset.Family family;
    private final ImageService images;
    private final CreativeService creatives;

    TrainCreativeCommand(CreativePreset.Family family, ImageService images, CreativeService creatives) {
        this.family = family;
        this.images = images;
        this.creatives = creatives;
    }

    @Override public String name() { return family == CreativePreset.Family.GAN ? "train-gan" : "train-vae"; }

    @Override
    public String usage() {
        return name() + " IMAGES --preset " + (family == CreativePreset.Family.GAN ? "classic|dcgan" : "classic|conv")
                + " [--size 28|32|64] [--conditional] [--epochs N] [--batch N] [--lr RATE] [--seed S] [--limit N] --out MODEL.zip"
                + " [--weights-only] [--json]";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json", "conditional", "weights-only"),
                Set.of("preset", "size", "epochs", "seed", "limit", "out", "batch", "lr"));
        Path source = ImportCommand.singleFile(args, name());
        if (args.option("out") == null) throw new StudioException("'" + name() + "' needs --out MODEL.zip: where to save the model.");
        Path outFile = Path.of(args.option("out"));
        CreativePreset preset = preset(args.option("preset"));
        ImageShape shape = shape(args, preset, source);
        CreativeRequest request = CreativeRequest.defaults(preset).withConditional(args.flag("conditional"));
        if (args.option("epochs") != null) request = request.withEpochs(positive(args, "epochs"));
        if (args.option("seed") != null) request = request.withSeed(longOption(args, "seed"));
        if (args.option("batch") != null || args.option("lr") != null) {
            CreativeRequest r = request;
            int batch = args.option("batch") != null ? positive(args, "batch") : r.batchSize();
            double rate = args.option("lr") != null ? learningRate(args) : r.learningRate();
            request = new CreativeRequest(r.preset(), r.conditional(), r.latentSize(), r.epochs(), batch, rate,
                    r.heldOutShare(), r.previewEvery(), r.seed());
        }
        int limit = args.intOption("limit", 0);
        ImageSet set = images.importImages(source, shape, ImageSet.ImageFit.PAD, limit, Runnable::run,
                new TerminalProgress<>(err)).await();
        for (ImageSet.ImageProblem p : set.problems()) err.println("Skipped " + p.source() + ": " + p.message());
        boolean json = args.flag("json");
        PrintStream lines = json ? err : out;
        lines.printf(Locale.ROOT, "Training %s on %,d images of %s (%s%s), %d epochs, seed %d%n", preset.title(), set.count(),
                set.name(), shape.describe(), request.conditional() ? ", per class" : "", request.epochs(), request.seed());
        TerminalProgress<CreativeTrainingResult> bar = new TerminalProgress<>(err);
        CreativeTrainingResult result = creatives.train(set, request, Runnable::run, new JobListener<>() {
            @Override
            public void onProgress(Progress p) {
                bar.onProgress(p);
            }

            @Override
            public void onFinished(JobOutcome<CreativeTrainingResult> outcome) {
                bar.onFinished(outcome);
            }

            @Override
            public void onPreview(Preview p) {
                if (p.payload() instanceof CreativeModel checkpoint && !checkpoint.curve().isEmpty()) {
                    lines.println(epochLine(preset, checkpoint.curve().get(checkpoint.curve().size() - 1)));
                } else if (p.payload() instanceof CreativeTrainingResult.TrainingWarning w) {
                    err.println("Warning: " + w.message());
                }
            }
        }).await();
        // --weights-only: a model to ship for generating (the demo models), a third of the size, without Adam's state.
        CreativeModel saved = args.flag("weights-only") ? creatives.weightsOnly(result.model()) : result.model();
        creatives.save(reproducibleDate(saved), outFile);
        if (!json) {
            out.printf(Locale.ROOT, "Saved %s to %s (%d epochs, %.2f s per epoch, %,.0f images/s)%n", result.model().name(),
                    outFile, result.model().epochsTrained(), result.secondsPerEpoch(), result.imagesPerSecond());
            out.println(result.model().quality() == null
                    ? "Quality: not measured (it is measured when every epoch has run; this run stopped early)."
                    : "Quality: " + result.model().quality().describeAll());
        }
        out.println(Json.write(summary(result)));
        return Cli.OK;
    }

    /**
     * With SOURCE_DATE_EPOCH set (the reproducible-builds convention; tools/make_demo_models.sh sets it), the model's
     * creation date is that time instead of now: the same command then writes the same bytes.
     */
    private static CreativeModel reproducibleDate(CreativeModel m) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch == null || epoch.isBlank()) return m;
        String date;
        try {
            date = java.time.Instant.ofEpochSecond(Long.parseLong(epoch.trim())).toString();
        } catch (NumberFormatException e) {
            throw new StudioException("SOURCE_DATE_EPOCH must be whole seconds since 1970, not '" + epoch + "'.");
        }
        return new CreativeModel(m.formatVersion(), m.name(), date, m.sourceName(), m.request(), m.shape(), m.classes(),
                m.epochsTrained(), m.quality(), m.curve(), m.networks());
    }

    static String epochLine(CreativePreset preset, CreativeModel.EpochLosses l) {
        return preset.family() == CreativePreset.Family.GAN
                ? String.format(Locale.ROOT, "epoch %d: discriminator loss %.4f, generator loss %.4f", l.epoch(), l.first(), l.second())
                : String.format(Locale.ROOT, "epoch %d: reconstruction loss %.4f, KL %.4f", l.epoch(), l.first(), l.second());
    }

    static Map<String, Object> summary(CreativeTrainingResult r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("epochs", r.model().epochsTrained());
        json.put("seconds_per_epoch", Json.number(r.secondsPerEpoch()));
        json.put("images_per_second", Json.number(r.imagesPerSecond()));
        json.put("fid", r.model().quality() == null ? null : Json.number(r.model().quality().fid()));
        json.put("fid_floor", r.model().quality() == null ? null : Json.number(r.model().quality().floor()));
        // The share of generated images that pass for real ones in the quality classifier's features (malformed ones do
        // not), next to that share for held-out real images; only when measured.
        if (r.model().quality() != null && r.model().quality().realisticShare() != null) {
            json.put("realistic_share", Json.number(r.model().quality().realisticShare()));
            json.put("realistic_share_floor", Json.number(r.model().quality().realisticFloor()));
        }
        if (r.cancelled()) json.put("cancelled", true);
        if (!r.warnings().isEmpty()) json.put("warnings", r.warnings().stream().map(w -> w.message()).toList());
        return json;
    }

    private CreativePreset preset(String name) {
        if (name == null) throw new StudioException("'" + name() + "' needs --preset: " + presetWords() + ".");
        return switch (family + ":" + name.toLowerCase(Locale.ROOT)) {
            case "GAN:classic" -> CreativePreset.CLASSIC_GAN;
            case "GAN:dcgan", "GAN:conv" -> CreativePreset.DCGAN;
            case "VAE:classic" -> CreativePreset.CLASSIC_VAE;
            case "VAE:conv" -> CreativePreset.CONV_VAE;
            default -> throw new StudioException("Unknown --preset '" + name + "' for " + name() + ": use " + presetWords() + ".");
        };
    }

    private String presetWords() {
        return family == CreativePreset.Family.GAN ? "classic or dcgan" : "classic or conv";
    }

    /** 28 is grey; 32 and 64 are colour. Without --size: 28 grey for the classic models, else the source's own kind. */
    private ImageShape shape(CliArgs args, CreativePreset preset, Path source) {
        String size = args.option("size");
        ImageShape shape;
        if (size == null) {
            shape = preset.convolutional() ? images.suggestShape(source) : ImageShape.GREY_28;
        } else {
            shape = switch (size) {
                case "28" -> ImageShape.GREY_28;
                case "32" -> ImageShape.COLOUR_32;
                case "64" -> ImageShape.COLOUR_64;
                default -> throw new StudioException("--size must be 28, 32 or 64 (got '" + size + "').");
            };
        }
        if (!preset.supports(shape)) {
            throw new StudioException(preset.title() + " works on 28×28 grey images only; use "
                    + (family == CreativePreset.Family.GAN ? "--preset dcgan" : "--preset conv") + " for " + shape.describe() + ".");
        }
        return shape;
    }

    private static int positive(CliArgs args, String name) {
        int v = args.intOption(name, 1);
        if (v < 1) throw new StudioException("--" + name + " must be at least 1.");
        return v;
    }

    /** --lr: a positive learning rate, at most 1 (Adam's step size; a typo like "2" would wreck the weights at once). */
    private static double learningRate(CliArgs args) {
        String v = args.option("lr");
        double rate;
        try {
            rate = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new StudioException("Option --lr needs a number such as 0.0002, not '" + v + "'.");
        }
        if (!(rate > 0 && rate <= 1)) throw new StudioException("--lr must be above 0 and at most 1, not " + v + ".");
        return rate;
    }

    static long longOption(CliArgs args, String name) {
        String v = args.option(name);
        try {
            return Long.parseLong(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new StudioException("Option --" + name + " needs a whole number, not '" + v + "'.");
        }
    }
}
