package com.mstudio.engine.predict;

import com.mstudio.engine.api.CleaningService;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.ModelEvaluation;
import com.mstudio.engine.api.PropensityModel;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.PropensityResult;
import com.mstudio.engine.api.PropensityResult.FeatureImportance;
import com.mstudio.engine.api.PropensityResult.TrainedModel;
import com.mstudio.engine.api.PropensityService.LeakageWarning;
import com.mstudio.engine.predict.TrainingData.Examples;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One training run, on the engine thread: check for leaks, prepare the data (split, transform fitted on the training
 * rows, imbalance), then train each requested model (MLP first) with {@link EpochTrainer}, and judge it on the test
 * rows (metrics, permutation importance). A cancel keeps what was trained: the model in training keeps its best
 * epoch, a model not started yet is left out, and the job succeeds unless nothing was trained at all.
 *
 * <p>Scores are probabilities: when the classes were balanced for training (class weights or oversampling), the
 * network's output is prior-corrected by {@link ClassBalance#scoreOddsFactor()} inside its {@link NetworkScorer}, and
 * the factor is saved with the model, so the test figures, importance, explanations and later scoring all see the
 * same calibrated scores. The default threshold of each model is the one with the best F1 on the VALIDATION rows
 * (see {@link BinaryMetrics#bestF1Threshold}); the test figures are measured at it, and the threshold slider starts
 * there and lets the user trade recall for precision on the test rows.
 */
final class PropensityTrainer {
    /** Shuffles per feature for permutation importance: enough for a stable ranking, cheap on a test set. */
    static final int IMPORTANCE_REPEATS = 3;
    /** Permutation importance uses at most this many test rows. */
    static final int IMPORTANCE_ROWS = 50_000;
    private static final double PREPARE_SHARE = 0.05;
    /** Of one model's span, the share spent training (the rest: evaluation and importance). */
    private static final double TRAIN_SHARE = 0.85;

    private final CleaningService cleaning;

    PropensityTrainer(CleaningService cleaning) {
        this.cleaning = cleaning;
    }

    PropensityResult train(DataTable table, DataTable testTable, PropensityRequest request, String sourceName, JobContext ctx) {
        ProgressSpan all = new ProgressSpan(ctx, 0, 1);
        all.report(0, "Checking the features for leaks");
        List<LeakageWarning> warnings = new ArrayList<>(
                LeakageCheck.check(table, request.target(), request.positiveValue(), request.features()));
        ctx.checkCancelled();
        all.report(PREPARE_SHARE / 2, "Preparing the features");
        TrainingData data = TrainingData.prepare(cleaning, table, testTable, request);
        warnings.addAll(dataWarnings(data, request.target()));
        ctx.checkCancelled();

        List<Kind> kinds = switch (request.models()) {
            case MLP -> List.of(Kind.MLP);
            case LOGISTIC -> List.of(Kind.LOGISTIC);
            case BOTH -> List.of(Kind.MLP, Kind.LOGISTIC);
        };
        List<TrainedModel> models = new ArrayList<>();
        double from = PREPARE_SHARE;
        for (Kind kind : kinds) {
            // The MLP takes most of the time; the logistic regression is a few quick epochs.
            double share = kinds.size() == 1 ? 1 - PREPARE_SHARE : kind == Kind.MLP ? 0.75 : 0.20;
            ProgressSpan span = all.sub(from, from + share);
            from += share;
            if (!models.isEmpty() && ctx.isCancelled()) break; // cancelled between models: keep the finished ones
            TrainedModel m;
            try {
                m = trainOne(kind, data, request, sourceName, ctx, span);
            } catch (JobCancelledException e) {
                if (models.isEmpty()) throw e;
                break;
            }
            models.add(m);
            if (m.cancelled()) break;
        }
        if (ctx.isCancelled()) ctx.keepPartialResult();
        PropensityResult.Split split = new PropensityResult.Split(data.trainRows(), data.validation().rows(),
                data.test().rows(), data.positiveShare(), data.balance().description(), testTable != null, request.seed());
        all.report(1, "Done");
        return new PropensityResult(models, split, warnings);
    }

    private TrainedModel trainOne(Kind kind, TrainingData data, PropensityRequest request, String sourceName, JobContext ctx,
                                  ProgressSpan span) {
        PropensityRequest.MlpSettings s = request.mlp();
        MultiLayerNetwork net = NetworkFactory.create(kind, data.train().columns(), s, request.seed());
        EpochTrainer trainer = new EpochTrainer(kind, s.batchSize(), s.maxEpochs(), s.patience(), request.seed());
        EpochTrainer.Run run = trainer.train(net, data.train(), data.validation(), ctx, span.sub(0, TRAIN_SHARE));

        ProgressSpan judge = span.sub(TRAIN_SHARE, 1);
        judge.report(0, kind.title() + ": measuring on the test rows");
        double oddsFactor = data.balance().scoreOddsFactor();
        NetworkScorer scorer = new NetworkScorer(net, oddsFactor);
        List<String> names = data.transform().featureNames();
        Examples validation = data.validation();
        double threshold = BinaryMetrics.bestF1Threshold(scorer.score(validation.matrix(names)), validation.actual(),
                data.positiveShare());
        Examples test = data.test();
        double[] scores = scorer.score(test.matrix(names));
        ModelEvaluation evaluation = BinaryMetrics.evaluate(scores, test.actual(), test.sourceRows(), threshold);
        List<FeatureImportance> importance;
        try {
            importance = importance(scorer, data, request, IMPORTANCE_REPEATS, judge.sub(0.1, 1));
        } catch (JobCancelledException e) {
            // The user stopped the run; the model they keep still gets its importance (one shuffle per feature).
            importance = importance(scorer, data, request, 1, null);
        }

        PropensityModel model = new PropensityModel(PropensityModel.FORMAT_VERSION, kind, Instant.now().toString(),
                sourceName == null ? "" : sourceName, request.seed(), request.target(), request.positiveValue(),
                request.features(), data.transform(), kind == Kind.MLP ? s : null, data.balance().description(), oddsFactor,
                evaluation.metrics(), Networks.toZip(net));
        return new TrainedModel(model, run.curve(), run.bestEpoch(), run.stoppedEarly(), run.cancelled(), evaluation,
                importance, run.seconds());
    }

    /**
     * Permutation importance on the test rows, or on a seeded sample of {@link #IMPORTANCE_ROWS} of them: the ranking
     * is stable long before that, and each shuffle costs a cleaning pass and a scoring pass over the rows.
     */
    private List<FeatureImportance> importance(Scorer scorer, TrainingData data, PropensityRequest request, int repeats,
                                               ProgressSpan progress) {
        Examples test = EpochTrainer.sample(data.test(), IMPORTANCE_ROWS, request.seed());
        return PermutationImportance.compute(scorer, cleaning, data.transform(), data.testTable(), test.sourceRows(),
                test.actual(), request.features(), request.seed(), repeats, progress);
    }

    private static List<LeakageWarning> dataWarnings(TrainingData data, String target) {
        List<LeakageWarning> out = new ArrayList<>();
        if (data.missingTarget() > 0) {
            out.add(new LeakageWarning(target, Double.NaN, String.format(Locale.ROOT,
                    "%,d rows have no %s value; they were left out of training and testing.", data.missingTarget(), target)));
        }
        if (data.missingTestTarget() > 0) {
            out.add(new LeakageWarning(target, Double.NaN, String.format(Locale.ROOT,
                    "%,d rows of the test file have no %s value; they were left out of the test.", data.missingTestTarget(), target)));
        }
        return out;
    }
}
