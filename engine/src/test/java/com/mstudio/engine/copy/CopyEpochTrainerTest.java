package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel.Kind;
import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.runtime.ProgressSpan;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/** Early stopping on validation loss, with the best epoch's weights restored. */
class CopyEpochTrainerTest {
    @Test
    void stopsWhenValidationLossStopsImprovingAndRestoresTheBestEpoch() {
        // Random labels: nothing generalises, so the network memorises the training rows and the validation loss
        // soon rises. The loop must stop after `patience` worse epochs and hand back the best epoch's weights.
        CopyBatches.Sequences train = random(300, 1), validation = random(100, 2);
        AttentionModel net = AttentionModel.create(50, 12, 2,
                new CopyRequest.AttentionSettings(16, 2, 1, 0, 1e-2, 32, 40, 2), 5);
        CopyEpochTrainer.Run run = new CopyEpochTrainer(Kind.ATTENTION, 32, 40, 2, 5)
                .train(net, train, validation, new PlainJobContext(), new ProgressSpan(new PlainJobContext(), 0, 1));
        assertTrue(run.curve().size() < 40, "stopped early after " + run.curve().size() + " epochs");
        assertEquals(run.bestEpoch() + 2, run.curve().size(), "patience 2: two epochs past the best");
        double best = run.curve().get(run.bestEpoch() - 1).validationLoss();
        double last = run.curve().get(run.curve().size() - 1).validationLoss();
        assertTrue(last > best);
        assertEquals(best, CopyEpochTrainer.Measure.of(net, validation).loss(), 1e-6, "the network holds the best epoch");
        for (var p : run.curve()) assertTrue(p.validationLoss() >= best);
    }

    private static CopyBatches.Sequences random(int n, long seed) {
        Random r = new Random(seed);
        int[][] ids = new int[n][12];
        int[] lengths = new int[n], labels = new int[n];
        for (int i = 0; i < n; i++) {
            lengths[i] = 3 + r.nextInt(10);
            for (int j = 0; j < lengths[i]; j++) ids[i][j] = 2 + r.nextInt(48);
            labels[i] = r.nextInt(2);
        }
        return new CopyBatches.Sequences(ids, lengths, 12, labels, 2);
    }
}
