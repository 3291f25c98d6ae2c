package com.mstudio.ui.common;

import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Progress;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge against a real (headless Monocle) FX toolkit: bursts must not flood the FX queue nor lose order. */
class FxExecutorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aBurstOfTenThousandTasksCostsFewRunLaters() throws Exception {
        AtomicInteger posts = new AtomicInteger();
        FxExecutor fx = new FxExecutor(r -> {
            posts.incrementAndGet();
            Platform.runLater(r);
        });
        List<Integer> seen = new ArrayList<>();
        AtomicInteger offFx = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 10_000; i++) {
                int n = i;
                fx.execute(() -> {
                    if (!Platform.isFxApplicationThread()) offFx.incrementAndGet();
                    seen.add(n);
                    if (n == 9_999) done.countDown();
                });
            }
        }, "test-producer");
        producer.start();
        assertTrue(done.await(20, TimeUnit.SECONDS));
        assertEquals(10_000, seen.size());
        for (int i = 0; i < seen.size(); i++) assertEquals(i, seen.get(i));
        assertEquals(0, offFx.get());
        assertTrue(posts.get() < 1_000, "runLater calls: " + posts.get());
    }

    @Test
    void progressIsCoalescedAndMetricsBatchedOnTheFxThread() throws Exception {
        AtomicInteger posts = new AtomicInteger();
        FxExecutor fx = new FxExecutor(r -> {
            posts.incrementAndGet();
            Platform.runLater(r);
        });
        List<Progress> progress = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<String> order = new ArrayList<>();
        CountDownLatch finished = new CountDownLatch(1);
        CoalescingListener<String> listener = new CoalescingListener<>(new JobListener<String>() {
            @Override public void onStarted() { order.add("started"); }
            @Override public void onProgress(Progress p) { progress.add(p); }
            @Override public void onMetric(Metric m) { metrics.add(m); }
            @Override public void onFinished(JobOutcome<String> o) {
                order.add("finished:" + Platform.isFxApplicationThread());
                finished.countDown();
            }
        }, fx);
        Thread engine = new Thread(() -> {
            listener.onStarted();
            for (int i = 1; i <= 10_000; i++) {
                listener.onProgress(new Progress(i / 10_000.0, "step " + i, null));
                listener.onMetric(new Metric("loss", i, 1.0 / i));
            }
            listener.onFinished(new JobOutcome.Succeeded<>("ok"));
        }, "test-engine");
        engine.start();
        assertTrue(finished.await(20, TimeUnit.SECONDS));
        assertEquals(List.of("started", "finished:true"), order);
        assertTrue(progress.size() < 10_000, "progress deliveries: " + progress.size());
        assertEquals("step 10000", progress.get(progress.size() - 1).message());
        assertEquals(10_000, metrics.size());
        for (int i = 0; i < metrics.size(); i++) assertEquals(i + 1, metrics.get(i).step());
        assertTrue(posts.get() < 10_000, "runLater calls: " + posts.get());
    }
}
