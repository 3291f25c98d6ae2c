package com.mstudio.app.cli;

import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.ImportService;
import com.mstudio.engine.api.PiiFinding;
import com.mstudio.engine.api.PiiService;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.StudioException;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code train-propensity FILE --target COL --positive VALUE [--model mlp|logistic|both] [--columns a,b] [--seed S]
 * [--test FILE] [--epochs N] [--out DIR] [--json]}: trains the models as the desktop app does, saves each as
 * {@code DIR/<model>.propensity.zip}, and prints the test-set figures. With --json: one JSON object per model, one per
 * line (JSON Lines), MLP first.
 */
final class TrainPropensityCommand implements Command {
    static final int TOP_FEATURES = 5;
    private final ImportService imports;
    private final PiiService pii;
    private final PropensityService propensity;

    TrainPropensityCommand(ImportService imports, PiiService pii, PropensityService propensity) {
        this.imports = imports;
        this.pii = pii;
        this.propensity = propensity;
    }

    @Override public String name() { return "train-propensity"; }

    @Override
    public String usage() {
        return "train-propensity FILE --target COL --positive VALUE [--model mlp|logistic|both] [--columns a,b]\n"
                + "              [--seed S] [--test FILE] [--epochs N] [--out DIR] [--json]   (--json: one object per model and line)";
    }

    @Override
    public int run(List<String> argList, PrintStream out, PrintStream err) {
        CliArgs args = CliArgs.parse(argList, Set.of("json"),
                Set.of("target", "positive", "model", "columns", "seed", "test", "epochs", "out"));
        Path file = ImportCommand.singleFile(args, name());
        String target = args.required(name(), "target", "the column to predict, e.g. --target churn");
        String positive = args.required(name(), "positive", "the target's positive value, e.g. --positive Yes");
        PropensityRequest.Models models = models(args.option("model"));
        long seed = args.longOption("seed", PropensityRequest.DEFAULT_SEED);
        Path outDir = Path.of(args.option("out") == null ? "." : args.option("out"));

        DataTable table = InputFiles.importTable(imports, file, args, err);
        DataTable testTable = null;
        if (args.option("test") != null) testTable = InputFiles.importTable(imports, Path.of(args.option("test")), args, err);
        List<String> features = features(args.option("columns"), table, target);
        PropensityRequest.MlpSettings mlp = PropensityRequest.MlpSettings.DEFAULT;
        if (args.option("epochs") != null) {
            int epochs = args.intOption("epochs", mlp.maxEpochs());
            if (epochs < 1) throw new StudioException("Option --epochs needs at least 1.");
            mlp = new PropensityRequest.MlpSettings(mlp.hiddenLayers(), mlp.dropout(), mlp.learningRate(), mlp.batchSize(),
                    epochs, mlp.patience());
        }
        PropensityRequest request = request(target, positive, features, models, mlp, seed);
        PropensityResult result = propensity.train(table, testTable, request, file.getFileName().toString(), Runnable::run, new TerminalProgress<>(err)).await();
        if (result.models().isEmpty()) throw new StudioException("No model could be trained.");

        List<Path> saved = new ArrayList<>();
        for (TrainedModel m : result.models()) {
            Path modelFile = outDir.resolve(kindName(m.model().kind()) + ".propensity.zip");
            propensity.save(m.model(), modelFile);
            saved.add(modelFile);
        }
        if (args.flag("json")) {
            for (int i = 0; i < result.models().size(); i++) out.println(Json.write(toJson(result.models().get(i), saved.get(i))));
        } else {
            PropensityReport.print(file, table, request, result, saved, out);
        }
        return Cli.OK;
    }

    static Map<String, Object> toJson(TrainedModel m, Path file) {
        PropensityModel.Metrics t = m.evaluation().metrics();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", kindName(m.model().kind()));
        json.put("auc", Json.number(t.rocAuc()));
        json.put("accuracy", Json.number(t.accuracy()));
        json.put("precision", Json.number(t.precision()));
        json.put("recall", Json.number(t.recall()));
        json.put("f1", Json.number(t.f1()));
        json.put("test_rows", t.testRows());
        json.put("top_features", m.importance().stream().limit(TOP_FEATURES).map(f -> f.column()).toList());
        json.put("pr_auc", Json.number(t.prAuc()));
        json.put("threshold", t.threshold());
        json.put("best_epoch", m.bestEpoch());
        json.put("seconds", m.seconds());
        json.put("file", file.toString());
        return json;
    }

    static String kindName(PropensityModel.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** The saved model says which file it was trained on. */
    private List<String> features(String columns, DataTable table, String target) {
        if (columns == null) {
            List<String> personal = pii.detect(table).stream().map(PiiFinding::column).toList();
            return propensity.suggestFeatures(table, target, personal);
        }
        List<String> list = Arrays.stream(columns.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String c : list) {
            if (table.indexOf(c) < 0) throw new StudioException("This file has no column \"" + c + "\" (given in --columns).", null, -1, c);
        }
        return list;
    }

    private static PropensityRequest request(String target, String positive, List<String> features,
                                             PropensityRequest.Models models, PropensityRequest.MlpSettings mlp, long seed) {
        try {
            return new PropensityRequest(target, positive, features, models, mlp, PropensityRequest.Imbalance.AUTO, 0.15, 0.20, seed);
        } catch (IllegalArgumentException e) {
            throw new StudioException("Cannot train: " + e.getMessage() + ".");
        }
    }

    private static PropensityRequest.Models models(String value) {
        if (value == null) return PropensityRequest.Models.BOTH;
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "mlp" -> PropensityRequest.Models.MLP;
            case "logistic" -> PropensityRequest.Models.LOGISTIC;
            case "both" -> PropensityRequest.Models.BOTH;
            default -> throw new StudioException("Option --model takes mlp, logistic or both, not '" + value + "'.");
        };
    }
}
