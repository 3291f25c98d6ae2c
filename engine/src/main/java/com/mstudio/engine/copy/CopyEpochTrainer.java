package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyService;
import com.mstudio.engine.api.CopyTrainingResult.EpochPoint;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.runtime.ProgressSpan;
import com.mstudio.engine.train.EpochLoop;

import java.util.List;

/**
 * Trains both copy networks (multi-class graphs) with the shared {@link EpochLoop}: what is copy-specific here is how
 * a batch is built and how an epoch is measured (cross-entropy and accuracy on a training sample and the validation
 * rows, dropout off, reported as live series). A cancel after the first epoch keeps the best weights; before it
 * there is nothing to keep.
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

    private final double tokenDropout;

    CopyEpochTrainer(Kind kind, int batchSize, int maxEpochs, int patience, long seed) {
        this(kind, batchSize, maxEpochs, patience, seed, 0);
    }

    /** @param tokenDropout share of the training texts' tokens hidden each batch ({@link TokenDropout}); 0 for none */
    CopyEpochTrainer(Kind kind, int batchSize, int maxEpochs, int patience, long seed, double tokenDropout) {
        this.tokenDropout = tokenDropout;
        this.kind = kind;
        this.batchSize = batchSize;
        this.maxEpochs = maxEpochs;
        this.patience = patience;
        this.seed = seed;
    }

    Run train(CopyNetwork net, CopyBatches train, CopyBatches validation, JobContext ctx, ProgressSpan progress) {
        CopyBatches curveSample = CopySample.of(train, TRAIN_CURVE_ROWS, seed);
        EpochLoop loop = new EpochLoop(kind.title(), "The " + kind.title() + " model did not learn: its loss became invalid. "
                + "Try a smaller learning rate.", batchSize, maxEpochs, patience, seed, 17, 1);
        BatchArranger arranger = new BatchArranger(train, batchSize, seed);
        CopyBatches fitting = tokenDropout > 0 && train instanceof CopyBatches.Sequences s
                ? new TokenDropout(s, tokenDropout, seed) : train;
        EpochLoop.Run<EpochPoint> run = loop.train(net, train.rows(),
                (order, from, to) -> net.fit(fitting, arranger.arrange(order, from), from, to),
                epoch -> {
                    Measure tr = Measure.of(net, curveSample);
                    Measure va = Measure.of(net, validation);
                    ctx.metric(CopyService.series(kind, CopyService.SERIES_LOSS_TRAIN), epoch, tr.loss);
                    ctx.metric(CopyService.series(kind, CopyService.SERIES_LOSS_VALIDATION), epoch, va.loss);
                    ctx.metric(CopyService.series(kind, CopyService.SERIES_ACCURACY_TRAIN), epoch, tr.accuracy);
                    ctx.metric(CopyService.series(kind, CopyService.SERIES_ACCURACY_VALIDATION), epoch, va.accuracy);
                    return new EpochPoint(epoch, tr.loss, va.loss, tr.accuracy, va.accuracy);
                }, EpochPoint::validationLoss, ctx, progress);
        return new Run(run.curve(), run.bestEpoch(), run.cancelled(), run.seconds(), run.secondsPerEpoch());
    }

    /**
     * The loop's shuffled order, grouped by length for token sequences ({@link LengthOrder#forTraining}); TF-IDF rows
     * have no length and keep the loop's order. The loop cuts batches as consecutive ranges of its order array, so
     * a permutation of that array, made when an epoch's first batch is asked for, changes which rows share a batch and
     * nothing else.
     */
    private static final class BatchArranger {
        private final int[] lengths;
        private final int batchSize;
        private final java.util.Random random;
        private int[] arranged;

        BatchArranger(CopyBatches train, int batchSize, long seed) {
            this.lengths = train instanceof CopyBatches.Sequences s ? s.lengths() : null;
            this.batchSize = batchSize;
            this.random = new java.util.Random(seed * 31 + 29);
        }

        int[] arrange(int[] order, int from) {
            if (lengths == null) return order;
            if (from == 0 || arranged == null) arranged = LengthOrder.forTraining(order, lengths, batchSize, random);
            return arranged;
        }
    }

    /** Mean cross-entropy (what the network minimises) and accuracy. */
    record Measure(double loss, double accuracy) {
        static final double EPS = 1e-7;

        static Measure of(CopyNetwork net, CopyBatches data) {
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
