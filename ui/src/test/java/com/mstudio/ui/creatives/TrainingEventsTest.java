package com.mstudio.ui.creatives;

import com.mstudio.engine.api.CreativeService;
import com.mstudio.engine.api.CreativeTrainingResult.TrainingWarning;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.Preview;
import com.mstudio.ui.common.UiBridge;
import com.mstudio.ui.support.TestUiThread;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A warning and a checkpoint that arrive in the same burst as preview grids are not swallowed by the coalescer (which
 * keeps only the newest preview): they reach the UI one by one, and only the newest grid is drawn.
 */
class TrainingEventsTest {
    @Test
    void warningsAndCheckpointsSurviveABurstOfGrids() {
        TestUiThread ui = new TestUiThread();
        UiBridge bridge = new UiBridge(ui);
        List<Object> grids = new ArrayList<>();
        List<Object> oneByOne = new ArrayList<>();
        JobListener<String> coalesced = bridge.listener(new JobListener<>() {
            @Override public void onPreview(Preview p) { grids.add(p.payload()); }
        });
        TrainingEvents<String> events = new TrainingEvents<>(coalesced, bridge.ui(), p -> oneByOne.add(p.payload()));
        TrainingWarning warning = new TrainingWarning(TrainingWarning.Kind.NOT_A_NUMBER, 7, "The losses became NaN.");
        events.onPreview(new Preview(CreativeService.PREVIEW_GRID, "grid 1"));
        events.onPreview(new Preview(CreativeService.PREVIEW_WARNING, warning));
        events.onPreview(new Preview(CreativeService.PREVIEW_GRID, "grid 2"));
        events.onPreview(new Preview(CreativeService.PREVIEW_CHECKPOINT, "checkpoint"));
        events.onPreview(new Preview(CreativeService.PREVIEW_GRID, "grid 3"));
        ui.pumpFor(Duration.ofMillis(50));
        assertEquals(List.of(warning, "checkpoint"), oneByOne);
        assertEquals(List.of("grid 3"), grids, "only the newest grid is drawn");
    }
}
