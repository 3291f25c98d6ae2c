package com.mstudio.engine.copy;

import com.mstudio.engine.train.EpochLoop;

import java.util.Arrays;
import java.util.Random;

/** A fixed, seeded subset of labelled rows (all of them when there are few), for the training curve. */
final class CopySample {
    private CopySample() {}

    static CopyBatches of(CopyBatches data, int max, long seed) {
        if (data.rows() <= max) return data;
        int[] idx = CopyBatches.identity(data.rows());
        EpochLoop.shuffle(idx, new Random(seed * 31 + 13));
        int[] pick = Arrays.copyOf(idx, max);
        Arrays.sort(pick);
        return rows(data, pick);
    }

    /** The rows {@code pick} of {@code data}, in that order. */
    static CopyBatches rows(CopyBatches data, int[] pick) {
        int[] labels = new int[pick.length];
        for (int i = 0; i < pick.length; i++) labels[i] = data.label(pick[i]);
        if (data instanceof CopyBatches.Sequences s) {
            int[][] ids = new int[pick.length][];
            int[] lengths = new int[pick.length];
            for (int i = 0; i < pick.length; i++) {
                ids[i] = s.ids()[pick[i]];
                lengths[i] = s.lengths()[pick[i]];
            }
            return new CopyBatches.Sequences(ids, lengths, s.maxLength(), labels, s.classes());
        }
        CopyBatches.Features f = (CopyBatches.Features) data;
        return new CopyBatches.Features(f.texts().subset(pick), f.idf(), labels, f.classes());
    }
}
