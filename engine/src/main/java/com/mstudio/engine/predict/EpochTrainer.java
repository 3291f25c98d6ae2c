package com.mstudio.engine.predict;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.PropensityModel.Kind;
import com.mstudio.engine.api.PropensityResult.EpochPoint;
import com.mstudio.engine.api.PropensityService;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.predict.TrainingData.Examples;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Our own epoch loop rather than DL4J's early-stopping trainer, so that every epoch reports its curves, every batch
 * honours cancel, and the best weights survive a cancel. Each epoch: shuffle the training rows (seeded), fit the
 * mini-batches, then measure loss and accuracy on the training and validation rows with dropout off, keep a copy of
 * the weights whenever the validation loss is the best so far, and stop after {@code patience} epochs without one.
 * The best weights are restored at the end. Engine thread only.
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
        long t0 = System.nanoTime();
        Nd4j.getRandom().setSeed(seed); // dropout masks draw from ND4J's generator: same seed, same masks
        Random shuffler = new Random(seed * 31 + 11);
        Examples curveSample = sample(train, TRAIN_CURVE_ROWS, seed);
        int[] order = new int[train.rows()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        int batches = (train.rows() + batchSize - 1) / batchSize;
        List<EpochPoint> curve = new ArrayList<>();
        INDArray best = null;
        double bestLoss = Double.POSITIVE_INFINITY;
        int bestEpoch = 0;
        boolean cancelled = false;
        String title = kind == Kind.MLP ? "Neural network" : "Logistic regression";
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            StratifiedSplit.shuffle(order, shuffler);
            try {
                for (int b = 0; b < batches; b++) {
                    ctx.checkCancelled();
                    net.fit(batch(train, order, b * batchSize, Math.min(train.rows(), (b + 1) * batchSize)));
                    if (b % PROGRESS_EVERY_BATCHES == PROGRESS_EVERY_BATCHES - 1) {
                        progress.report((epoch - 1 + (b + 1) / (double) batches) / maxEpochs,
                                title + ": epoch " + epoch + " of " + maxEpochs);
                    }
                }
            } catch (JobCancelledException e) {
                if (best == null) throw e;
                cancelled = true;
                break;
            }
            NetworkScorer scorer = new NetworkScorer(net);
            Measure tr = Measure.of(scorer, curveSample);
            Measure va = Measure.of(scorer, validation);
            curve.add(new EpochPoint(epoch, tr.loss, va.loss, tr.accuracy, va.accuracy));
            ctx.metric(PropensityService.series(kind, PropensityService.SERIES_LOSS_TRAIN), epoch, tr.loss);
            ctx.metric(PropensityService.series(kind, PropensityService.SERIES_LOSS_VALIDATION), epoch, va.loss);
            ctx.metric(PropensityService.series(kind, PropensityService.SERIES_ACCURACY_TRAIN), epoch, tr.accuracy);
            ctx.metric(PropensityService.series(kind, PropensityService.SERIES_ACCURACY_VALIDATION), epoch, va.accuracy);
            if (va.loss < bestLoss) {
                bestLoss = va.loss;
                bestEpoch = epoch;
                best = net.params().dup();
            }
            progress.report(epoch / (double) maxEpochs, String.format(Locale.ROOT, "%s: epoch %d of %d, validation loss %.4f",
                    title, epoch, maxEpochs, va.loss));
            if (epoch - bestEpoch >= patience) break;
            if (ctx.isCancelled()) {
                cancelled = true;
                break;
            }
        }
        if (best == null) {
            throw new StudioException("The " + title.toLowerCase(Locale.ROOT) + " did not learn: its loss became invalid. "
                    + "Try a smaller learning rate.");
        }
        net.setParams(best);
        boolean early = !cancelled && curve.size() < maxEpochs;
        return new Run(curve, bestEpoch, early, cancelled, (System.nanoTime() - t0) / 1e9);
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
        StratifiedSplit.shuffle(idx, new Random(seed * 31 + 13));
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
