package com.mstudio.engine.api;

import java.util.List;

/**
 * What one training run produced: one entry per trained model (attention first) and how the data was split.
 */
public record CopyTrainingResult(List<TrainedModel> models, Split split, List<String> warnings) {
    public CopyTrainingResult {
        models = List.copyOf(models);
        warnings = List.copyOf(warnings);
    }

    /**
     * @param trainRows        rows the models learned from
     * @param validationRows   rows for early stopping
     * @param testRows         held-out rows every figure is computed on
     * @param labelCounts      rows per label in the whole table, in label order
     * @param vocabularySize   tokens in the vocabulary (with padding and unknown)
     * @param truncatedShare   share of training texts longer than the maximum length
     * @param separateTestFile true when the test rows came from a separate file
     * @param seed             the seed of the split
     */
    public record Split(int trainRows, int validationRows, int testRows, List<Integer> labelCounts, int vocabularySize,
                        double truncatedShare, boolean separateTestFile, long seed) {
        public Split {
            labelCounts = List.copyOf(labelCounts);
        }
    }

    /**
     * @param model      the saveable model
     * @param curve      one point per epoch
     * @param bestEpoch  the epoch whose weights were kept (1-based)
     * @param cancelled  true when the user cancelled and this is the best model until then
     * @param confusion  confusion[actual][predicted] counts on the test rows, in label order
     * @param testRows   each test row's index in the table it came from
     * @param predicted  the predicted label index of each test row
     * @param seconds    training time
     * @param secondsPerEpoch mean time of one epoch
     */
    public record TrainedModel(CopyModel model, List<EpochPoint> curve, int bestEpoch, boolean cancelled,
                               int[][] confusion, int[] testRows, int[] predicted, double seconds,
                               double secondsPerEpoch) {
        public TrainedModel {
            curve = List.copyOf(curve);
        }
    }

    public record EpochPoint(int epoch, double trainLoss, double validationLoss, double trainAccuracy,
                             double validationAccuracy) {}
}
