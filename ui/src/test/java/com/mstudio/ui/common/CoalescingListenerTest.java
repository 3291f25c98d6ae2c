package com.mstudio.ui.common;

import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Progress;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Coalescing rules, deterministic: a manual executor decides when the "UI thread" runs. */
class CoalescingListenerTest {
    private final Queue<Runnable> ui = new ArrayDeque<>();
    private final List<String> seen = new ArrayList<>();
    private final CoalescingListener<String> listener = new CoalescingListener<>(new JobListener<>() {
        @Override public void onStarted() { seen.add("started"); }
        @Override public void onProgress(Progress p) { seen.add("progress " + p.message()); }
        @Override public void onMetric(Metric m) { seen.add("metric " + m.step()); }
        @Override public void onFinished(JobOutcome<String> o) { seen.add("finished"); }
    }, ui::add);

    private void runUi() {
        Runnable r;
        while ((r = ui.poll()) != null) r.run();
    }

    @Test
    void oneDeliveryCarriesOnlyTheLatestProgressAndEveryMetricInOrder() {
        listener.onStarted();
        for (int i = 1; i <= 100; i++) {
            listener.onProgress(new Progress(i / 100.0, "p" + i, null));
            listener.onMetric(new Metric("loss", i, 0));
        }
        assertEquals(1, ui.size(), "one task scheduled for the whole burst");
        runUi();
        assertEquals("started", seen.get(0));
        assertEquals("progress p100", seen.get(1));
        assertEquals(102, seen.size());
        assertEquals("metric 100", seen.get(101));
    }

    @Test
    void theEndComesLastAndOnlyOnce() {
        listener.onProgress(new Progress(0.5, "half", null));
        listener.onFinished(new JobOutcome.Succeeded<>("x"));
        runUi();
        listener.onProgress(new Progress(0.9, "late", null));
        runUi();
        assertEquals(List.of("progress half", "finished"), seen);
    }

    @Test
    void eventsAfterADeliveryScheduleANewOne() {
        listener.onProgress(new Progress(0.1, "a", null));
        runUi();
        listener.onProgress(new Progress(0.2, "b", null));
        assertEquals(1, ui.size());
        runUi();
        assertEquals(List.of("progress a", "progress b"), seen);
    }
}
