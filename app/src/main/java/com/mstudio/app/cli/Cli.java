package com.mstudio.app.cli;

import com.mstudio.app.StudioServices;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.CreativePreset;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.creative.images.DefaultImageService;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The headless front end: the same engine as the desktop app, no window. Exit codes: 0 success, 2 bad input (the
 * message on stderr), 1 an unexpected failure. Stack traces only with --debug.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;

    private Cli() {}

    public static int run(String[] argv, PrintStream out, PrintStream err) {
        List<String> args = new ArrayList<>(Arrays.asList(argv));
        boolean debug = args.remove("--debug");
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help")) {
            printUsage(out, List.of());
            return args.isEmpty() ? BAD_INPUT : OK;
        }
        String name = args.remove(0);
        // ND4J takes 0.5-3 s to load; only commands that train or infer pay for it.
        boolean needsNative = (name.equals("bench") && !args.isEmpty()
                && (args.get(0).equals("engine") || args.get(0).equals("propensity") || args.get(0).equals("copy")
                || args.get(0).equals("copy-quality")
                || args.get(0).equals("creative") || args.get(0).equals("ui-latency")))
                || name.equals("train-propensity") || name.equals("score") || name.equals("train-copy")
                || name.equals("classify") || name.equals("train-gan") || name.equals("train-vae")
                || name.equals("generate");
        try (StudioServices services = StudioServices.headless(needsNative)) {
            Map<String, Command> commands = commands(services);
            Command command = commands.get(name);
            if (command == null) {
                err.println("Unknown command '" + name + "'.");
                printUsage(err, commands.values());
                return BAD_INPUT;
            }
            return command.run(args, out, err);
        } catch (StudioException e) {
            err.println("Error: " + e.getMessage());
            if (debug) e.printStackTrace(err);
            return BAD_INPUT;
        } catch (JobCancelledException e) {
            err.println("Cancelled.");
            return FAILED;
        } catch (Exception | OutOfMemoryError e) {
            err.println("Error: " + com.mstudio.engine.runtime.FailureMessages.plainWords(e));
            if (debug) e.printStackTrace(err);
            else err.println("(run again with --debug for the technical details)");
            return FAILED;
        }
    }

    private static Map<String, Command> commands(StudioServices s) {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : List.of(new ImportCommand(s.imports()), new ImportImagesCommand(new DefaultImageService(s.engine())),
                new ProfileCommand(s.imports(), s.profiles()),
                new SegmentCommand(s.imports(), s.segments(), s.pii()), new BenchCommand(s),
                new TrainPropensityCommand(s.imports(), s.pii(), s.propensity()),
                new ScoreCommand(s.imports(), s.exports(), s.propensity()), new TrainCopyCommand(s.imports(), s.copy()),
                new ClassifyCommand(s.imports(), s.exports(), s.copy()),
                new TrainCreativeCommand(CreativePreset.Family.GAN, s.images(), s.creatives()),
                new TrainCreativeCommand(CreativePreset.Family.VAE, s.images(), s.creatives()),
                new GenerateCommand(s.images(), s.creatives()))) {
            m.put(c.name(), c);
        }
        return m;
    }

    private static void printUsage(PrintStream out, java.util.Collection<Command> commands) {
        out.println("Marketing Studio — run without arguments for the desktop app, or:");
        out.println("  studio import FILE [--json] [--encoding E] [--delimiter D] [--type COLUMN=TYPE ...] [--bad-rows skip|keep]");
        out.println("  studio import-images SOURCE [--size 28|32|64] [--fit pad|crop|stretch] [--limit N] [--json]");
        out.println("        SOURCE: a folder of PNG/JPEG (subfolders = classes) or an IDX file; counts, classes, skipped files");
        out.println("  studio profile FILE [--json] [import options]");
        out.println("  studio segment FILE [--k N|auto] [--columns a,b,..] [--seed S] [--out DIR] [--json] [import options]");
        out.println("                [--rfm id=COL,date=COL,amount=COL | --rfm id=COL,recency=COL,frequency=COL,monetary=COL | --rfm auto]");
        out.println("                [--assign MODEL.json]   apply a saved segmentation (DIR/segmentation.json) to FILE");
        out.println("  studio bench import [--rows N] [--cols N] [--repeat N] [--json]");
        out.println("  studio bench engine [--rows N] [--epochs N] [--json]");
        out.println("  studio bench propensity [--rows N] [--features D] [--epochs N] [--json]");
        out.println("  studio train-propensity FILE --target COL --positive VALUE [--model mlp|logistic|both] [--columns a,b]");
        out.println("                [--seed S] [--test FILE] [--epochs N] [--out DIR] [--json]");
        out.println("        saves DIR/<model>.propensity.zip (DIR defaults to the current folder); --json prints one object per");
        out.println("        model and line: {\"model\",\"auc\",\"accuracy\",\"precision\",\"recall\",\"f1\",\"test_rows\",\"top_features\",...}");
        out.println("  studio score FILE --model MODEL.propensity.zip --out SCORED.csv [--json]");
        out.println("        writes FILE's rows with propensity (0..1) and propensity_decile (1 = the 10% most likely)");
        out.println("  studio bench copy [--texts N] [--epochs N] [--json]   attention s/epoch and classify texts/s vs PyTorch");
        out.println("  studio train-copy FILE --text COL --label COL [--test FILE] [--model attention|baseline|both] [--seed S]");
        out.println("                [--epochs N] --out MODEL.zip [--json]");
        out.println("        saves the trained model as MODEL.zip; with both (the default) the attention model is MODEL.zip and the");
        out.println("        baseline MODEL-baseline.zip; --json prints one object per model and line:");
        out.println("        {\"model\",\"accuracy\",\"macro_f1\",\"test_rows\",\"seconds_per_epoch\",...}");
        out.println("  studio classify MODEL.zip --text \"...\" [--json]   the label, every class's probability, each token's weight");
        out.println("  studio classify MODEL.zip --file IN.csv --text COL --out OUT.csv [--json]");
        out.println("        writes IN.csv's rows with label and confidence (the label's probability, 0..1); when IN.csv has");
        out.println("        either column already, it is kept and the new ones are predicted_label and predicted_confidence");
        out.println("  studio train-gan IMAGES --preset classic|dcgan [--size 28|32|64] [--conditional] [--epochs N] [--seed S]");
        out.println("                [--limit N] --out MODEL.zip [--weights-only] [--json]   IMAGES: a folder (subfolders = classes) or an IDX file");
        out.println("        --weights-only: leave out the optimiser state (a third of the size; for models shipped to generate from)");
        out.println("  studio train-vae IMAGES --preset classic|conv [same options]   per-epoch losses, then one JSON line:");
        out.println("        {\"epochs\",\"seconds_per_epoch\",\"images_per_second\",\"fid\",\"fid_floor\",\"realistic_share\",\"realistic_share_floor\"}");
        out.println("        realistic_share: generated images within the classifier-feature neighbourhood of real ones (floor: real ones)");
        out.println("  studio generate MODEL.zip [--n 100] [--seed S] [--class C] --grid OUT.png [--tile 64] [--json]");
        out.println("        tile i comes from seed S+i; the same model and seed give the same PNG, byte for byte");
        out.println("  studio bench creative [--preset classic-gan|classic-vae|dcgan|conv-vae|all] [--images N] [--epochs N] [--batch N] [--data PATH]");
        out.println("  studio bench ui-latency [--images N] [--epochs N] [--data PATH] [--threads 1,2] [--json]");
        out.println("        frame lateness of a stand-in FX thread while the DCGAN trains, per native-thread count");
        out.println("Add --debug to any command for technical details on errors.");
    }
}
