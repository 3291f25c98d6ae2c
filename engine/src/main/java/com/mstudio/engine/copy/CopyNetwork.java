package com.mstudio.engine.copy;

import com.mstudio.engine.train.EpochLoop;

/**
 * A copy classifier's network as the trainer, the scorer and the model file see it: the hand-written
 * {@link AttentionModel} or the DL4J graph of the {@link BaselineNetwork}. Engine thread only.
 */
interface CopyNetwork extends EpochLoop.Weights {
    /** One optimisation step on rows {@code order[from..to)} of {@code data}. */
    void fit(CopyBatches data, int[] order, int from, int to);

    /** Class probabilities [row][class] of rows {@code order[from..to)}, dropout off. */
    double[][] probabilities(CopyBatches data, int[] order, int from, int to);

    /** The bytes kept in {@link com.mstudio.engine.api.CopyModel#networkZip()}. */
    byte[] toBytes();
}
