package com.mstudio.engine.runtime;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.PlainJobContext;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ProgressSpanTest {
    @Test
    void nestedSpansMapIntoTheJobsRange() {
        List<Double> seen = new ArrayList<>();
        ProgressSpan job = new ProgressSpan(new PlainJobContext((f, m) -> seen.add(f)), 0.2, 0.6);
        job.report(0.5, "half");              // 0.2 + 0.5 × 0.4
        ProgressSpan step = job.sub(0.5, 1);  // 0.4..0.6
        step.report(0, "start");
        step.sub(0.5, 1).report(0.5, "deep"); // 0.5..0.6, halfway
        step.report(2, "clamped");
        assertEquals(List.of(0.4, 0.4, 0.55, 0.6), seen.stream().map(f -> Math.round(f * 1e9) / 1e9).toList());
    }

    @Test
    void aTitledSpanPutsItsTitleBeforeEveryMessageOfItsSteps() {
        List<String> seen = new ArrayList<>();
        ProgressSpan job = new ProgressSpan(new PlainJobContext((f, m) -> seen.add(m)), 0, 1);
        ProgressSpan k = job.sub(0.2, 0.4).titled("Trying k = 5 (4 of 9)");
        k.report(0, null);
        k.sub(0.1, 1).report(0.5, "iteration 3");
        k.titled("round 2").report(1, "done");
        job.report(1, "Finished");
        assertEquals(List.of("Trying k = 5 (4 of 9)", "Trying k = 5 (4 of 9) · iteration 3",
                "Trying k = 5 (4 of 9) · round 2 · done", "Finished"), seen);
    }

    @Test
    void cancellationPassesThrough() {
        PlainJobContext ctx = new PlainJobContext();
        ProgressSpan span = new ProgressSpan(ctx, 0, 1).sub(0.1, 0.2);
        span.checkCancelled();
        ctx.cancel();
        assertThrows(JobCancelledException.class, span::checkCancelled);
    }
}
