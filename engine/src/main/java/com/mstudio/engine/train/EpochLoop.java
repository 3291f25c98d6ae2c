package com.mstudio.engine.train;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobContext;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.runtime.ProgressSpan;
import org.deeplearning4j.nn.api.Model;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * The epoch loop the propensity and copy trainers share: our own rather than DL4J's early-stopping trainer, so that
 * every epoch reports its curves, every batch honours cancel, and the best weights survive a cancel. Each epoch
 * shuffles the training rows (seeded), fits the mini-batches checking cancel before each, then lets the caller
 * measure (and report) the epoch with dropout off. The weights with the best validation loss are copied aside and
 * restored at the end; {@code patience} epochs without a better one stop the loop. A cancel after the first epoch
 * keeps the best weights; before it there is nothing to keep and {@link JobCancelledException} propagates.
 * What differs between networks (how a batch is fitted, how an epoch is measured) comes in as functions; the weights
 * are read and written through {@link Weights} (a DL4J {@link Model} through {@link Weights#of}). Engine thread only.
 *
 * @param title                shown in progress messages, e.g. "Neural network"
 * @param failure              the message when no epoch had a finite validation loss
 * @param shuffleSalt          the batch-order generator is seeded {@code seed * 31 + shuffleSalt}
 * @param progressEveryBatches within an epoch, progress is reported after every this many batches
 */
public record EpochLoop(String title, String failure, int batchSize, int maxEpochs, int patience, long seed,
                        long shuffleSalt, int progressEveryBatches) {

    /** Fits the training rows {@code order[from..to)} as one mini-batch. */
    @FunctionalInterface
    public interface BatchFit {
        void fit(int[] order, int from, int to);
    }

    /** The network's weights as one array: copied aside for the best epoch and written back at the end. */
    public interface Weights {
        INDArray params();

        void setParams(INDArray params);

        static Weights of(Model net) {
            return new Weights() {
                @Override
                public INDArray params() {
                    return net.params();
                }

                @Override
                public void setParams(INDArray params) {
                    net.setParams(params);
                }
            };
        }
    }

    /**
     * @param curve           one point per finished epoch, as the caller's measure made them
     * @param bestEpoch       the epoch whose weights the network holds now (1-based)
     * @param stoppedEarly    validation loss stopped improving before the last allowed epoch
     * @param cancelled       the user cancelled; the network holds the best weights until then
     * @param seconds         wall time of the loop
     * @param secondsPerEpoch mean wall time of one epoch's fitting (without the measuring)
     */
    public record Run<P>(List<P> curve, int bestEpoch, boolean stoppedEarly, boolean cancelled, double seconds,
                         double secondsPerEpoch) {}

    /**
     * Trains {@code net} in place on {@code rows} training rows.
     *
     * @param measure        measures the network after an epoch (given its 1-based number) and returns its curve point
     * @param validationLoss the validation loss of a curve point; the lowest one's weights are kept
     */
    public <P> Run<P> train(Model net, int rows, BatchFit fit, IntFunction<P> measure,
                            ToDoubleFunction<P> validationLoss, JobContext ctx, ProgressSpan progress) {
        return train(Weights.of(net), rows, fit, measure, validationLoss, ctx, progress);
    }

    /** Trains the network behind {@code net} in place on {@code rows} training rows. */
    public <P> Run<P> train(Weights net, int rows, BatchFit fit, IntFunction<P> measure,
                            ToDoubleFunction<P> validationLoss, JobContext ctx, ProgressSpan progress) {
        long t0 = System.nanoTime();
        Nd4j.getRandom().setSeed(seed); // dropout masks draw from ND4J's generator: same seed, same masks
        Random shuffler = new Random(seed * 31 + shuffleSalt);
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) order[i] = i;
        int batches = (rows + batchSize - 1) / batchSize;
        List<P> curve = new ArrayList<>();
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
                    fit.fit(order, b * batchSize, Math.min(rows, (b + 1) * batchSize));
                    if (b % progressEveryBatches == progressEveryBatches - 1) {
                        progress.report((epoch - 1 + (b + 1) / (double) batches) / maxEpochs,
                                title + ": epoch " + epoch + " of " + maxEpochs);
                    }
                }
            } catch (JobCancelledException e) {
                if (best == null) throw e;
                cancelled = true;
                break;
            }
            fitSeconds += (System.nanoTime() - e0) / 1e9;
            P point = measure.apply(epoch);
            curve.add(point);
            double loss = validationLoss.applyAsDouble(point);
            if (loss < bestLoss) {
                bestLoss = loss;
                bestEpoch = epoch;
                best = net.params().dup();
            }
            progress.report(epoch / (double) maxEpochs, String.format(Locale.ROOT,
                    "%s: epoch %d of %d, validation loss %.4f", title, epoch, maxEpochs, loss));
            if (epoch - bestEpoch >= patience) break;
            if (ctx.isCancelled()) {
                cancelled = true;
                break;
            }
        }
        if (best == null) throw new StudioException(failure);
        net.setParams(best);
        boolean early = !cancelled && curve.size() < maxEpochs;
        int epochs = Math.max(1, curve.size());
        return new Run<>(curve, bestEpoch, early, cancelled, (System.nanoTime() - t0) / 1e9, fitSeconds / epochs);
    }

    /** Fisher–Yates with the given generator: the same seed gives the same order. */
    public static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
