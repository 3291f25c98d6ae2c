package com.mstudio.engine.predict;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityResult.EpochPoint;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.predict.TrainingData.Examples;
import com.mstudio.engine.runtime.ProgressSpan;
import com.mstudio.engine.train.EpochLoop;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Trains a propensity network with the shared {@link EpochLoop}: what is propensity-specific here is how a weighted
 * batch is built and how an epoch is measured (weighted binary cross-entropy and accuracy at 0.5 on a training sample
 * and the validation rows, dropout off, reported as live series). Engine thread only.
 */
final class EpochTrainer {
    /** The training curve is measured on a fixed sample of at most this many training rows: cheap on a big table. */
    static final int TRAIN_CURVE_ROWS = 50_000;
    /** Between epochs, progress is reported about every this many batches (the ETA stays live on a big table). */
    private static final int PROGRESS_EVERY_BATCHES = 50;

    /**
     * @param curve        one point per finished epoch
     * @param bestEpoch    the epoch whose weights the network holds now (1-based)
     * @param stoppedEarly validation loss stopped improving before the last allowed epoch
     * @param cancelled    the user cancelled; the network holds the best weights until then
     * @param seconds      wall time of the loop
     */
    record Run(List<EpochPoint> curve, int bestEpoch, boolean stoppedEarly, boolean cancelled, double seconds) {}

    private final Kind kind;
    private final int batchSize;
    private final int maxEpochs;
    private final int patience;
    private final long seed;

    EpochTrainer(Kind kind, int batchSize, int maxEpochs, int patience, long seed) {
        this.kind = kind;
        this.batchSize = batchSize;
        this.maxEpochs = maxEpochs;
        this.patience = patience;
        this.seed = seed;
    }

    /**
     * Trains {@code net} in place. When cancelled before the first epoch ends, throws {@link JobCancelledException}:
     * there is nothing worth keeping.
     */
    Run train(MultiLayerNetwork net, Examples train, Examples validation, JobContext ctx, ProgressSpan progress) {
        Examples curveSample = sample(train, TRAIN_CURVE_ROWS, seed);
        String title = kind == Kind.MLP ? "Neural network" : "Logistic regression";
        EpochLoop loop = new EpochLoop(title, "The " + title.toLowerCase(Locale.ROOT) + " did not learn: its loss became "
                + "invalid. Try a smaller learning rate.", batchSize, maxEpochs, patience, seed, 11, PROGRESS_EVERY_BATCHES);
        EpochLoop.Run<EpochPoint> run = loop.train(net, train.rows(),
                (order, from, to) -> net.fit(batch(train, order, from, to)),
                epoch -> {
                    NetworkScorer scorer = new NetworkScorer(net);
                    Measure tr = Measure.of(scorer, curveSample);
                    Measure va = Measure.of(scorer, validation);
                    ctx.metric(PropensityService.series(kind, PropensityService.SERIES_LOSS_TRAIN), epoch, tr.loss);
                    ctx.metric(PropensityService.series(kind, PropensityService.SERIES_LOSS_VALIDATION), epoch, va.loss);
                    ctx.metric(PropensityService.series(kind, PropensityService.SERIES_ACCURACY_TRAIN), epoch, tr.accuracy);
                    ctx.metric(PropensityService.series(kind, PropensityService.SERIES_ACCURACY_VALIDATION), epoch, va.accuracy);
                    return new EpochPoint(epoch, tr.loss, va.loss, tr.accuracy, va.accuracy);
                }, EpochPoint::validationLoss, ctx, progress);
        return new Run(run.curve(), run.bestEpoch(), run.stoppedEarly(), run.cancelled(), run.seconds());
    }

    /** Rows {@code order[from..to)} as one mini-batch; the loss weights ride in the labels mask, which DL4J multiplies into each row's loss and gradient. */
    private static DataSet batch(Examples data, int[] order, int from, int to) {
        int n = to - from, d = data.columns();
        float[] x = new float[n * d];
        float[] y = new float[n];
        float[] w = data.weights() == null ? null : new float[n];
        for (int i = 0; i < n; i++) {
            int r = order[from + i];
            System.arraycopy(data.x(), r * d, x, i * d, d);
            y[i] = data.actual()[r] ? 1f : 0f;
            if (w != null) w[i] = data.weights()[r];
        }
        INDArray features = Nd4j.create(x, new long[] {n, d}, 'c');
        INDArray labels = Nd4j.create(y, new long[] {n, 1}, 'c');
        INDArray mask = w == null ? null : Nd4j.create(w, new long[] {n, 1}, 'c');
        return new DataSet(features, labels, null, mask);
    }

    /** A fixed, seeded sample of the rows (all of them when there are few). */
    static Examples sample(Examples data, int max, long seed) {
        if (data.rows() <= max) return data;
        int[] idx = new int[data.rows()];
        for (int i = 0; i < idx.length; i++) idx[i] = i;
        EpochLoop.shuffle(idx, new Random(seed * 31 + 13));
        int[] pick = Arrays.copyOf(idx, max);
        Arrays.sort(pick);
        int d = data.columns();
        float[] x = new float[max * d];
        boolean[] actual = new boolean[max];
        float[] w = data.weights() == null ? null : new float[max];
        int[] source = new int[max];
        for (int i = 0; i < max; i++) {
            System.arraycopy(data.x(), pick[i] * d, x, i * d, d);
            actual[i] = data.actual()[pick[i]];
            if (w != null) w[i] = data.weights()[pick[i]];
            source[i] = data.sourceRows()[pick[i]];
        }
        return new Examples(x, max, d, actual, w, source);
    }

    /**
     * Binary cross-entropy (weighted by the rows' loss weights, as in training, so the validation loss measures what
     * the network minimises) and accuracy at 0.5.
     */
    record Measure(double loss, double accuracy) {
        static final double EPS = 1e-7;

        static Measure of(NetworkScorer scorer, Examples data) {
            double[] p = scorer.score(data.x(), data.rows(), data.columns());
            double sum = 0, weightSum = 0;
            int correct = 0;
            for (int i = 0; i < p.length; i++) {
                double q = Math.min(1 - EPS, Math.max(EPS, p[i]));
                boolean y = data.actual()[i];
                double w = data.weights() == null ? 1 : data.weights()[i];
                sum += -w * (y ? Math.log(q) : Math.log(1 - q));
                weightSum += w;
                if ((p[i] >= 0.5) == y) correct++;
            }
            return new Measure(sum / weightSum, correct / (double) p.length);
        }
    }
}
