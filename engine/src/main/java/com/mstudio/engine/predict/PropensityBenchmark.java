package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.FeatureMatrix;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityRequest;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.clean.DefaultCleaningService;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The speed figures, measured on the engine thread as the app trains: the brief's MLP (D → 64 → 32 → 1,
 * batch 128, Adam, dropout 0.2, class weights) on generated rows through the real pipeline (stratified split,
 * transform fitted on the training rows, our epoch loop with its per-epoch curves), then scoring every row as
 * {@code score} does (cleaning, batched inference, the propensity and decile columns).
 */
public final class PropensityBenchmark {
    /**
     * @param trainRowsPerSecond training rows per second of a whole epoch (shuffle, fit, curves and validation loss)
     * @param scoreSeconds       every row scored as {@code score} does: features, network, the new columns
     * @param networkSeconds     of that, the forward passes alone
     */
    public record Result(int rows, int features, int trainRows, int validationRows, int epochs, int batchSize,
                         double generateSeconds, double prepareSeconds, double secondsPerEpoch, double trainRowsPerSecond,
                         double validationAuc, double scoreSeconds, double networkSeconds, double scoreRowsPerSecond) {}

    private PropensityBenchmark() {}

    public static Result run(JobRunner engine, int rows, int features, int epochs) {
        if (rows < 1000 || features < 1 || epochs < 1) {
            throw new StudioException("The propensity benchmark needs at least 1,000 rows, 1 feature and 1 epoch.");
        }
        return engine.submit("Propensity benchmark", ctx -> measure(ctx, rows, features, epochs)).await();
    }

    static Result measure(JobContext ctx, int rows, int features, int epochs) {
        ProgressSpan progress = new ProgressSpan(ctx, 0, 1);
        progress.report(0, "Generating " + rows + " rows");
        long t0 = System.nanoTime();
        Dataset table = generate(rows, features, 42);
        double generate = seconds(t0);

        List<String> names = new ArrayList<>();
        for (int j = 0; j < features; j++) names.add("x" + j);
        PropensityRequest.MlpSettings mlp = new PropensityRequest.MlpSettings(List.of(64, 32), 0.2, 1e-3, 128, epochs, epochs);
        PropensityRequest request = new PropensityRequest("bought", "Yes", names, PropensityRequest.Models.MLP, mlp,
                PropensityRequest.Imbalance.AUTO, 0.15, 0.20, 42);
        DefaultCleaningService cleaning = new DefaultCleaningService();
        progress.report(0.02, "Preparing the features");
        t0 = System.nanoTime();
        TrainingData data = TrainingData.prepare(cleaning, table, null, request);
        double prepare = seconds(t0);

        MultiLayerNetwork net = NetworkFactory.create(Kind.MLP, data.train().columns(), mlp, 42);
        EpochTrainer trainer = new EpochTrainer(Kind.MLP, mlp.batchSize(), epochs, epochs, 42);
        EpochTrainer.Run run = trainer.train(net, data.train(), data.validation(), ctx, progress.sub(0.05, 0.9));
        double perEpoch = run.seconds() / run.curve().size();

        NetworkScorer scorer = new NetworkScorer(net);
        double auc = BinaryMetrics.rocAuc(scorer.score(data.validation().matrix(data.transform().featureNames())),
                data.validation().actual());

        progress.report(0.9, "Scoring " + rows + " rows");
        t0 = System.nanoTime();
        FeatureMatrix x = cleaning.toFeatureMatrix(data.transform(), TrainingData.columns(table, names));
        long t1 = System.nanoTime();
        double[] scores = scorer.score(x);
        double network = seconds(t1);
        ScoredTable.withScores(table, scores);
        double score = seconds(t0);
        return new Result(rows, features, data.train().rows(), data.validation().rows(), run.curve().size(), mlp.batchSize(),
                generate, prepare, perEpoch, data.train().rows() / perEpoch, auc, score, network, rows / score);
    }

    /**
     * {@code features} standard-normal columns (1% missing in every third) and a yes/no target that depends on the
     * first few through a linear part and an interaction, about 25% positive: something for the hidden layers to find.
     */
    static Dataset generate(int rows, int features, long seed) {
        Random r = new Random(seed);
        double[][] x = new double[features][rows];
        List<Column> cols = new ArrayList<>();
        for (int j = 0; j < features; j++) {
            DoubleColumn.Builder b = DoubleColumn.builder("x" + j, rows);
            for (int i = 0; i < rows; i++) {
                x[j][i] = r.nextGaussian();
                if (j % 3 == 2 && r.nextInt(100) == 0) b.appendMissing(); else b.append(x[j][i]);
            }
            cols.add(b.build());
        }
        LongColumn.Builder y = LongColumn.builder("bought", ColumnType.BOOLEAN, rows);
        for (int i = 0; i < rows; i++) {
            double z = -1.4 + 0.9 * x[0][i] - 0.6 * x[Math.min(1, features - 1)][i]
                    + 0.8 * x[Math.min(2, features - 1)][i] * x[Math.min(3, features - 1)][i];
            y.append(r.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
        }
        cols.add(y.build().withBooleanLabels("No", "Yes"));
        return new Dataset(cols);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
