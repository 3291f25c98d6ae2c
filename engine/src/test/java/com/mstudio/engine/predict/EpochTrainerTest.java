package com.mstudio.engine.predict;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityRequest.Imbalance;
import com.mstudio.engine.api.PropensityRequest.MlpSettings;
import com.mstudio.engine.api.PropensityResult.EpochPoint;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.predict.TrainingData.Examples;
import com.mstudio.engine.runtime.JobEngine;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The epoch loop on generated data: early stopping, cancel, class weights, determinism. Small nets, few seconds each. */
class EpochTrainerTest {
    private static JobEngine engine;

    @BeforeAll
    static void start() {
        engine = PredictTestSupport.engine();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** y ~ Bernoulli(sigmoid(1.5 x0 - x1 + 0.5 x2 + bias)) over 6 standard-normal features. */
    static Examples generated(int rows, long seed, double bias) {
        Random r = new Random(seed);
        int d = 6;
        float[] x = new float[rows * d];
        boolean[] y = new boolean[rows];
        int[] source = new int[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < d; j++) x[i * d + j] = (float) r.nextGaussian();
            double z = 1.5 * x[i * d] - x[i * d + 1] + 0.5 * x[i * d + 2] + bias;
            y[i] = r.nextDouble() < 1 / (1 + Math.exp(-z));
            source[i] = i;
        }
        return new Examples(x, rows, d, y, null, source);
    }

    private record Trained(EpochTrainer.Run run, double validationLossNow, double[] validationScores) {}

    private static Trained train(Kind kind, MlpSettings s, Examples train, Examples validation, long seed, int cancelAfterEpoch) {
        return PredictTestSupport.onEngine(engine, ctx -> {
            JobContext context = cancelAfterEpoch > 0 ? new CancelAfter(ctx, cancelAfterEpoch) : ctx;
            MultiLayerNetwork net = NetworkFactory.create(kind, train.columns(), s, seed);
            EpochTrainer trainer = new EpochTrainer(kind, s.batchSize(), s.maxEpochs(), s.patience(), seed);
            EpochTrainer.Run run = trainer.train(net, train, validation, context, new ProgressSpan(context, 0, 1));
            NetworkScorer scorer = new NetworkScorer(net);
            return new Trained(run, EpochTrainer.Measure.of(scorer, validation).loss(),
                    scorer.score(validation.x(), validation.rows(), validation.columns()));
        });
    }

    @Test
    void earlyStoppingRestoresTheBestEpoch() {
        // A wide net on 150 noisy rows overfits within a few epochs: validation loss turns up while training loss falls.
        MlpSettings s = new MlpSettings(List.of(128, 128), 0, 0.01, 16, 100, 4);
        Trained t = train(Kind.MLP, s, generated(150, 1, 0), generated(600, 2, 0), 42, 0);
        List<EpochPoint> curve = t.run().curve();
        int best = t.run().bestEpoch();
        assertTrue(t.run().stoppedEarly(), "stopped before 100 epochs: " + curve.size());
        assertEquals(best + s.patience(), curve.size(), "stops after `patience` epochs without a better validation loss");
        double min = curve.stream().mapToDouble(EpochPoint::validationLoss).min().orElseThrow();
        assertEquals(min, curve.get(best - 1).validationLoss(), 0);
        assertTrue(curve.get(curve.size() - 1).validationLoss() > min, "the last epoch was worse");
        assertEquals(min, t.validationLossNow(), 1e-6, "the network holds the best epoch's weights, not the last");
        assertTrue(curve.get(curve.size() - 1).trainLoss() < curve.get(best - 1).trainLoss(), "overfitting: train loss kept falling");
    }

    @Test
    void cancelKeepsTheBestModelSoFar() {
        MlpSettings s = new MlpSettings(List.of(16), 0, 0.01, 32, 50, 50);
        Trained t = train(Kind.MLP, s, generated(800, 3, 0), generated(300, 4, 0), 42, 3);
        List<EpochPoint> curve = t.run().curve();
        assertTrue(t.run().cancelled());
        assertTrue(!t.run().stoppedEarly());
        assertEquals(3, curve.size(), "stopped at the cancel, after epoch 3");
        double min = curve.stream().mapToDouble(EpochPoint::validationLoss).min().orElseThrow();
        assertEquals(min, t.validationLossNow(), 1e-6, "the kept weights are the best of the epochs trained");
    }

    @Test
    void cancelBeforeTheFirstEpochEndsKeepsNothing() {
        MlpSettings s = new MlpSettings(List.of(16), 0, 0.01, 32, 50, 50);
        Examples train = generated(800, 3, 0), validation = generated(300, 4, 0);
        // The job ends cancelled (await rethrows that), not with a half-trained network.
        assertThrows(JobCancelledException.class, () -> PredictTestSupport.onEngine(engine, ctx -> {
            JobContext cancelled = new CancelAfter(ctx, 0);
            MultiLayerNetwork net = NetworkFactory.create(Kind.MLP, 6, s, 1);
            return new EpochTrainer(Kind.MLP, 32, 50, 50, 1).train(net, train, validation, cancelled, new ProgressSpan(cancelled, 0, 1));
        }));
    }

    @Test
    void classWeightsMakeTheRareClassCount() {
        // About 8% positives. Unweighted, the model's probabilities sit near that rate and few rows pass 0.5;
        // with class weights (carried in the labels mask) the classes weigh the same and recall at 0.5 rises.
        Examples train = generated(3000, 5, -3.2), validation = generated(1000, 6, -3.2);
        MlpSettings s = new MlpSettings(List.of(8), 0, 0.005, 256, 15, 15); // the logistic steps at 10x: 0.05
        Trained plain = train(Kind.LOGISTIC, s, train, validation, 42, 0);
        ClassBalance balance = ClassBalance.choose(Imbalance.CLASS_WEIGHTS, train.actual());
        Trained weighted = train(Kind.LOGISTIC, s, withWeights(train, balance), withWeights(validation, balance), 42, 0);
        double positives = 0;
        for (boolean b : validation.actual()) if (b) positives++;
        assertTrue(positives / validation.rows() < 0.15, "rare positives: " + positives / validation.rows());
        double plainMean = mean(plain.validationScores()), weightedMean = mean(weighted.validationScores());
        assertTrue(weightedMean > 3 * plainMean, "weighted mean score " + weightedMean + " vs plain " + plainMean);
        assertTrue(recall(weighted.validationScores(), validation.actual()) > recall(plain.validationScores(), validation.actual()) + 0.2);
    }

    @Test
    void theSameSeedTrainsTheSameNetworkDropoutIncluded() {
        MlpSettings s = new MlpSettings(List.of(32, 16), 0.2, 0.005, 32, 6, 6);
        Examples train = generated(600, 7, 0), validation = generated(200, 8, 0);
        Trained a = train(Kind.MLP, s, train, validation, 42, 0);
        Trained b = train(Kind.MLP, s, train, validation, 42, 0);
        Trained c = train(Kind.MLP, s, train, validation, 43, 0);
        assertEquals(a.run().curve(), b.run().curve(), "identical curves to the last bit");
        assertEquals(java.util.Arrays.toString(a.validationScores()), java.util.Arrays.toString(b.validationScores()));
        assertNotEquals(a.run().curve(), c.run().curve());
    }

    @Test
    void aSampleKeepsRowsLabelsAndWeightsTogether() {
        Examples e = generated(1000, 9, 0);
        float[] w = new float[1000];
        for (int i = 0; i < w.length; i++) w[i] = i;
        Examples weighted = new Examples(e.x(), e.rows(), e.columns(), e.actual(), w, e.sourceRows());
        assertTrue(EpochTrainer.sample(weighted, 1000, 1) == weighted, "few rows: all of them");
        Examples s = EpochTrainer.sample(weighted, 100, 1);
        assertEquals(100, s.rows());
        for (int i = 0; i < 100; i++) {
            int r = s.sourceRows()[i];
            assertTrue(i == 0 || r > s.sourceRows()[i - 1], "ascending, no repeats");
            assertEquals(r, s.weights()[i], 0);
            assertEquals(e.actual()[r], s.actual()[i]);
            assertEquals(e.x()[r * 6 + 5], s.x()[i * 6 + 5], 0);
        }
        assertEquals(java.util.Arrays.toString(s.sourceRows()), java.util.Arrays.toString(EpochTrainer.sample(weighted, 100, 1).sourceRows()));
    }

    private static Examples withWeights(Examples e, ClassBalance balance) {
        return new Examples(e.x(), e.rows(), e.columns(), e.actual(), balance.rowWeights(e.actual()), e.sourceRows());
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double recall(double[] scores, boolean[] actual) {
        int tp = 0, p = 0;
        for (int i = 0; i < scores.length; i++) {
            if (actual[i]) {
                p++;
                if (scores[i] >= 0.5) tp++;
            }
        }
        return tp / (double) p;
    }

    /** The job's context, cancelled once the validation loss of epoch {@code epochs} was reported (0: at once). */
    private static final class CancelAfter implements JobContext {
        private final JobContext ctx;
        private final int epochs;
        private boolean cancelled;

        CancelAfter(JobContext ctx, int epochs) {
            this.ctx = ctx;
            this.epochs = epochs;
            this.cancelled = epochs == 0;
        }

        @Override public void progress(double fraction, String message) { ctx.progress(fraction, message); }

        @Override
        public void metric(String series, long step, double value) {
            if (series.endsWith(PropensityService.SERIES_LOSS_VALIDATION) && step >= epochs) cancelled = true;
        }

        @Override public void preview(String kind, Object payload) {}
        @Override public boolean isCancelled() { return cancelled; }
    }
}
