package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyModel;
import com.mstudio.engine.api.CopyRequest.AttentionSettings;
import com.mstudio.engine.api.PlainJobContext;
import com.mstudio.engine.runtime.ProgressSpan;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.*;

class QuietStdoutTest {
    @Test
    void trainingAnAttentionNetworkPrintsNothingOnStdoutAndOtherThreadsStillDo() throws Exception {
        PrintStream before = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            QuietStdout.during(() -> {
                System.out.println("dropped: written by the quiet thread");
                Thread other = new Thread(() -> System.out.println("kept: another thread"));
                other.start();
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            });
            System.out.println("kept: after");
            int[][] ids = {{2, 3, 4, 0}, {5, 6, 0, 0}, {2, 5, 7, 8}, {3, 3, 0, 0}};
            var data = new CopyBatches.Sequences(ids, new int[] {3, 2, 4, 2}, 4, new int[] {0, 1, 0, 1}, 2);
            var net = AttentionNetwork.create(10, 4, 2, new AttentionSettings(8, 2, 1, 0, 1e-3, 2, 1, 1), 3);
            PlainJobContext ctx = new PlainJobContext();
            new CopyEpochTrainer(CopyModel.Kind.ATTENTION, 2, 1, 1, 3).train(net, data, data, ctx, new ProgressSpan(ctx, 0, 1));
        } finally {
            System.setOut(before);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertFalse(out.contains("Added differentiated op"), out);
        assertFalse(out.contains("dropped"), out);
        assertTrue(out.contains("kept: another thread") && out.contains("kept: after"), out);
    }
}
