package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult.EpochPoint;
import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The epoch loop both copy networks share (the propensity loop's ideas, for multi-class graphs): each epoch shuffles
 * the training rows (seeded), fits the mini-batches checking cancel before each, then measures cross-entropy and
 * accuracy on the training and validation rows with dropout off and reports them as live series. The weights with
 * the best validation loss are copied aside and restored at the end; {@code patience} epochs without a better one
 * stop the loop. A cancel after the first epoch keeps the best weights; before it there is nothing to keep.
 */
final class CopyEpochTrainer {
    /** The training curve is measured on a fixed sample of at most this many rows: it is a trend, not a figure. */
    static final int TRAIN_CURVE_ROWS = 5_000;

    /**
     * @param curve           one point per finished epoch
     * @param bestEpoch       the epoch whose weights the network holds now (1-based)
     * @param cancelled       the user cancelled; the network holds the best weights until then
     * @param seconds         wall time of the loop
     * @param secondsPerEpoch mean wall time of one epoch's fitting (without the measuring)
     */
    record Run(List<EpochPoint> curve, int bestEpoch, boolean cancelled, double seconds, double secondsPerEpoch) {}

    private final Kind kind;
    private final int batchSize;
    private final int maxEpochs;
    private final int patience;
    private final long seed;

    CopyEpochTrainer(Kind kind, int batchSize, int maxEpochs, int patience, long seed) {
        this.kind = kind;
        this.batchSize = batchSize;
        this.maxEpochs = maxEpochs;
        this.patience = patience;
        this.seed = seed;
    }

    Run train(ComputationGraph net, CopyBatches train, CopyBatches validation, JobContext ctx, ProgressSpan progress) {
        long t0 = System.nanoTime();
        Nd4j.getRandom().setSeed(seed); // dropout masks draw from ND4J's generator: same seed, same masks
        Random shuffler = new Random(seed * 31 + 17);
        CopyBatches curveSample = CopySample.of(train, TRAIN_CURVE_ROWS, seed);
        int[] order = CopyBatches.identity(train.rows());
        int batches = (train.rows() + batchSize - 1) / batchSize;
        List<EpochPoint> curve = new ArrayList<>();
        INDArray best = null;
        double bestLoss = Double.POSITIVE_INFINITY, fitSeconds = 0;
        int bestEpoch = 0;
        boolean cancelled = false;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            shuffle(order, shuffler);
            long e0 = System.nanoTime();
            try {
                for (int b = 0; b < batches; b++) {
                    ctx.checkCancelled();
                    net.fit(train.batch(order, b * batchSize, Math.min(train.rows(), (b + 1) * batchSize)));
                    progress.report((epoch - 1 + (b + 1) / (double) batches) / maxEpochs,
                            kind.title() + ": epoch " + epoch + " of " + maxEpochs);
                }
            } catch (JobCancelledException e) {
                if (best == null) throw e;
                cancelled = true;
                break;
            }
            fitSeconds += (System.nanoTime() - e0) / 1e9;
            Measure tr = Measure.of(net, curveSample);
            Measure va = Measure.of(net, validation);
            curve.add(new EpochPoint(epoch, tr.loss, va.loss, tr.accuracy, va.accuracy));
            ctx.metric(CopyService.series(kind, CopyService.SERIES_LOSS_TRAIN), epoch, tr.loss);
            ctx.metric(CopyService.series(kind, CopyService.SERIES_LOSS_VALIDATION), epoch, va.loss);
            ctx.metric(CopyService.series(kind, CopyService.SERIES_ACCURACY_TRAIN), epoch, tr.accuracy);
            ctx.metric(CopyService.series(kind, CopyService.SERIES_ACCURACY_VALIDATION), epoch, va.accuracy);
            if (va.loss < bestLoss) {
                bestLoss = va.loss;
                bestEpoch = epoch;
                best = net.params().dup();
            }
            progress.report(epoch / (double) maxEpochs, String.format(Locale.ROOT,
                    "%s: epoch %d of %d, validation loss %.4f", kind.title(), epoch, maxEpochs, va.loss));
            if (epoch - bestEpoch >= patience) break;
            if (ctx.isCancelled()) {
                cancelled = true;
                break;
            }
        }
        if (best == null) {
            throw new StudioException("The " + kind.title() + " model did not learn: its loss became invalid. "
                    + "Try a smaller learning rate.");
        }
        net.setParams(best);
        int epochs = Math.max(1, curve.size());
        return new Run(curve, bestEpoch, cancelled, (System.nanoTime() - t0) / 1e9, fitSeconds / epochs);
    }

    /** Fisher–Yates with the given generator: the same seed gives the same batches. */
    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    /** Mean cross-entropy (what the network minimises) and accuracy. */
    record Measure(double loss, double accuracy) {
        static final double EPS = 1e-7;

        static Measure of(ComputationGraph net, CopyBatches data) {
            double[][] p = CopyProbabilities.of(net, data);
            double sum = 0;
            int correct = 0;
            for (int i = 0; i < p.length; i++) {
                int y = data.label(i);
                sum += -Math.log(Math.max(EPS, p[i][y]));
                if (CopyProbabilities.argmax(p[i]) == y) correct++;
            }
            double loss = sum / Math.max(1, p.length);
            return new Measure(Double.isFinite(loss) ? loss : Double.POSITIVE_INFINITY, correct / (double) Math.max(1, p.length));
        }
    }
}
