package com.mstudio.engine.runtime;

import com.mstudio.engine.api.JobCancelledException;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobOutcome;
import com.mstudio.engine.api.JobState;
import com.mstudio.engine.api.Lane;
import com.mstudio.engine.api.Metric;
import com.mstudio.engine.api.Progress;
import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

/** The job runtime without ND4J: ordering, cancellation, failures, lanes. */
class JobEngineTest {
    private static JobEngine engine;

    @BeforeAll
    static void start() {
        engine = new JobEngine(new JobEngine.Config(0, false, 2));
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** Records every event as a string, in the order it arrived. */
    static final class Recorder<R> implements JobListener<R> {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        @Override public void onStarted() { add("started"); }
        @Override public void onProgress(Progress p) { add("progress " + p.fraction()); }
        @Override public void onMetric(Metric m) { add("metric " + m.step()); }
        @Override public void onFinished(JobOutcome<R> o) { add("finished " + o.state()); }

        private void add(String e) {
            events.add(e);
            threads.add(Thread.currentThread().getName());
        }
    }

    @Test
    void eventsArriveInOrderEvenOnAPoolExecutorAndFinishedIsLast() {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Recorder<Integer> rec = new Recorder<>();
            JobHandle<Integer> h = engine.submit("ordered", Lane.ENGINE, ctx -> {
                for (int i = 1; i <= 500; i++) {
                    ctx.progress(i / 500.0, "step " + i);
                    ctx.metric("loss", i, 1.0 / i);
                }
                return 42;
            }, pool, rec);
            assertEquals(42, h.await());
            awaitEvents(rec, 1 + 500 * 2 + 1);
            assertEquals("started", rec.events.get(0));
            for (int i = 1; i <= 500; i++) {
                assertEquals("progress " + (i / 500.0), rec.events.get(2 * i - 1));
                assertEquals("metric " + i, rec.events.get(2 * i));
            }
            assertEquals("finished SUCCEEDED", rec.events.get(rec.events.size() - 1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void engineJobsRunFifoOnTheNamedEngineThread() {
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<String> threadNames = Collections.synchronizedList(new ArrayList<>());
        List<JobHandle<Integer>> handles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i;
            handles.add(engine.submit("job " + i, ctx -> {
                order.add(n);
                threadNames.add(Thread.currentThread().getName());
                return n;
            }));
        }
        handles.forEach(JobHandle::await);
        for (int i = 0; i < 20; i++) assertEquals(i, order.get(i));
        assertTrue(threadNames.stream().allMatch(EngineThreads.ENGINE_THREAD_NAME::equals), threadNames.toString());
    }

    @Test
    void ioLaneRunsOnNamedWorkersNotTheEngineThread() {
        String name = engine.submit("io", Lane.IO, ctx -> Thread.currentThread().getName(), Runnable::run,
                new JobListener<String>() {}).await();
        assertTrue(name.startsWith("studio-io-"), name);
    }

    @Test
    void cancelStopsARunningJobWithinOneIteration() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        AtomicLong iterations = new AtomicLong();
        AtomicLong iterationsAtCancel = new AtomicLong();
        JobHandle<String> h = engine.submit("long training", ctx -> {
            while (true) {
                ctx.checkCancelled();
                iterations.incrementAndGet();
                running.countDown();
                Thread.sleep(5); // one "iteration"
            }
        });
        assertTrue(running.await(5, TimeUnit.SECONDS));
        Thread.sleep(50);
        h.cancel();
        // Read after the flag is set: at most the iteration already past its check may still finish.
        iterationsAtCancel.set(iterations.get());
        JobOutcome<String> o = h.outcome().get(5, TimeUnit.SECONDS);
        assertInstanceOf(JobOutcome.Cancelled.class, o);
        assertEquals(JobState.CANCELLED, h.state());
        assertTrue(iterations.get() - iterationsAtCancel.get() <= 1, "ran " + (iterations.get() - iterationsAtCancel.get()) + " iterations after cancel");
        assertThrows(JobCancelledException.class, h::await);
    }

    @Test
    void aQueuedJobThatIsCancelledNeverRuns() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        JobHandle<Void> blocker = engine.submit("blocker", ctx -> {
            release.await();
            return null;
        });
        AtomicInteger ran = new AtomicInteger();
        Recorder<Integer> rec = new Recorder<>();
        JobHandle<Integer> queued = engine.submit("queued", Lane.ENGINE, ctx -> ran.incrementAndGet(), Runnable::run, rec);
        assertEquals(JobState.QUEUED, queued.state());
        queued.cancel();
        assertEquals(JobState.CANCELLED, queued.state());
        release.countDown();
        blocker.await();
        engine.submit("after", ctx -> 0).await(); // the queue has moved past the cancelled job
        assertEquals(0, ran.get());
        assertEquals(List.of("finished CANCELLED"), rec.events);
    }

    @Test
    void aResultProducedAfterCancelIsNotDelivered() {
        // A job that ignores the flag and returns anyway must not hand over its (partial) result.
        JobHandle<String> h = engine.submit("stubborn", ctx -> {
            Thread.sleep(100);
            return "partial model";
        });
        h.cancel();
        assertInstanceOf(JobOutcome.Cancelled.class, h.outcome().join());
    }

    @Test
    void aJobThatKeepsItsPartialResultAfterCancelSucceedsWithIt() throws Exception {
        // Training stops at the cancel but hands over the best model so far: that is a success, not a cancel.
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        JobHandle<String> h = engine.submit("training", ctx -> {
            started.countDown();
            while (!ctx.isCancelled()) Thread.sleep(5);
            ctx.keepPartialResult();
            return "best epoch so far";
        });
        started.await();
        h.cancel();
        assertEquals(new JobOutcome.Succeeded<>("best epoch so far"), h.outcome().join());
        assertEquals(JobState.SUCCEEDED, h.state());
    }

    @Test
    void failuresArriveInPlainWords() {
        Recorder<Object> rec = new Recorder<>();
        JobHandle<Object> ours = engine.submit("bad file", Lane.ENGINE, ctx -> {
            throw new StudioException("A quote is never closed", java.nio.file.Path.of("/tmp/x.csv"), 12, "3");
        }, Runnable::run, rec);
        JobOutcome<Object> o = ours.outcome().join();
        JobOutcome.Failed<Object> f = assertInstanceOf(JobOutcome.Failed.class, o);
        assertEquals("x.csv, line 12, column 3: A quote is never closed", f.message());
        StudioException thrown = assertThrows(StudioException.class, ours::await);
        assertEquals(12, thrown.line());

        JobHandle<Object> bug = engine.submit("bug", ctx -> {
            Object o2 = null;
            return o2.toString();
        });
        JobOutcome.Failed<Object> f2 = assertInstanceOf(JobOutcome.Failed.class, bug.outcome().join());
        assertTrue(f2.message().startsWith("Something went wrong (NullPointerException)"), f2.message());
        assertFalse(f2.message().contains("\tat "), "no stack trace in the message");
        // The engine keeps working after a failure.
        assertEquals(7, engine.submit("next", ctx -> 7).await());
    }

    @Test
    void aThrowingListenerDoesNotBreakTheJobOrOtherSubscribers() {
        Recorder<Integer> good = new Recorder<>();
        JobHandle<Integer> h = engine.submit("listeners", Lane.ENGINE, ctx -> {
            ctx.progress(0.5, "half");
            return 1;
        }, Runnable::run, new JobListener<Integer>() {
            @Override public void onProgress(Progress p) { throw new RuntimeException("chart broke"); }
        });
        h.subscribe(Runnable::run, good);
        assertEquals(1, h.await());
        assertTrue(good.events.contains("finished SUCCEEDED"));
    }

    @Test
    void lateSubscribersLearnTheOutcome() {
        JobHandle<Integer> h = engine.submit("done", ctx -> 3);
        h.await();
        Recorder<Integer> late = new Recorder<>();
        h.subscribe(Runnable::run, late);
        assertEquals(List.of("finished SUCCEEDED"), late.events);
    }

    @Test
    void observersSeeEverySubmissionAndProgressCarriesAnEta() throws Exception {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        engine.observeSubmissions(Runnable::run, h -> seen.add(h.name()));
        JobHandle<Integer> h = engine.submit("observed", ctx -> {
            for (int i = 1; i <= 10; i++) {
                Thread.sleep(120);
                ctx.progress(i / 10.0, "chunk " + i);
            }
            return 1;
        });
        h.await();
        assertTrue(seen.contains("observed"));
        Progress last = h.latestProgress();
        assertEquals(1.0, last.fraction());
        assertNotNull(last.eta());
    }

    private static void awaitEvents(Recorder<?> rec, int count) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (rec.events.size() < count && System.nanoTime() < deadline) Thread.onSpinWait();
        assertEquals(count, rec.events.size());
    }
}
