package com.mstudio.engine.runtime;

import com.mstudio.engine.api.Job;
import com.mstudio.engine.api.JobHandle;
import com.mstudio.engine.api.JobListener;
import com.mstudio.engine.api.JobRunner;
import com.mstudio.engine.api.Lane;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The studio's job runner. {@link Lane#ENGINE} jobs run one after another on the single engine thread, which owns
 * every ND4J/DL4J object and whose first act is {@link NativeThreading#configure}. {@link Lane#IO} jobs (file parsing,
 * writing) run on a small named pool so that a long import never holds up model work.
 */
public final class JobEngine implements JobRunner, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobEngine.class);
    /** Put on the queue by {@link #close()}: the engine loop ends when it reaches it. */
    private static final RunningJob<Void> POISON = new RunningJob<>(0, "stop", c -> null, System::nanoTime);

    private final BlockingQueue<RunningJob<?>> engineQueue = new LinkedBlockingQueue<>();
    /** Jobs not yet finished, so that close() can cancel them. */
    private final Set<RunningJob<?>> live = ConcurrentHashMap.newKeySet();
    private final Thread engineThread;
    private final ExecutorService ioPool;
    private final AtomicLong ids = new AtomicLong();
    private final List<Observer> observers = new CopyOnWriteArrayList<>();
    private final CompletableFuture<NativeThreading.Setup> nativeSetup = new CompletableFuture<>();
    private volatile boolean closed;

    private record Observer(java.util.concurrent.Executor executor, Consumer<JobHandle<?>> callback) {}

    /** Options: {@code ompThreads} <= 0 picks {@link NativeThreading#recommendedThreads}; {@code initNative} false skips ND4J. */
    public record Config(int ompThreads, boolean initNative, int ioThreads) {
        public static Config defaults() {
            return new Config(0, true, 2);
        }
    }

    public JobEngine() {
        this(Config.defaults());
    }

    public JobEngine(Config config) {
        this.engineThread = new EngineThreads.EngineThread(() -> engineLoop(config));
        this.engineThread.setUncaughtExceptionHandler((t, e) -> log.error("Engine thread died", e));
        this.ioPool = Executors.newFixedThreadPool(Math.max(1, config.ioThreads()), namedThreads("studio-io-"));
        this.engineThread.start();
    }

    /** Completes when ND4J is ready on the engine thread (or exceptionally if it could not load). */
    public CompletableFuture<NativeThreading.Setup> nativeSetup() {
        return nativeSetup;
    }

    @Override
    public <R> JobHandle<R> submit(String name, Lane lane, Job<R> job, java.util.concurrent.Executor events,
                                   JobListener<? super R> listener) {
        RunningJob<R> running = new RunningJob<>(ids.incrementAndGet(), name, job, System::nanoTime);
        running.subscribe(events, listener); // before it can start, so no event is missed
        if (closed) {
            running.cancel();
            return running;
        }
        live.add(running);
        running.outcome().whenComplete((o, e) -> live.remove(running));
        for (Observer o : observers) o.executor().execute(() -> o.callback().accept(running));
        if (lane == Lane.ENGINE) engineQueue.add(running);
        else ioPool.execute(running::runHere);
        return running;
    }

    @Override
    public void observeSubmissions(java.util.concurrent.Executor events, Consumer<JobHandle<?>> observer) {
        observers.add(new Observer(events, observer));
    }

    private void engineLoop(Config config) {
        if (config.initNative()) {
            try {
                nativeSetup.complete(NativeThreading.configure(config.ompThreads()));
            } catch (Throwable t) {
                // Keep running: data jobs don't need ND4J, and model jobs will report the failure in plain words.
                log.error("ND4J could not be initialised", t);
                nativeSetup.completeExceptionally(t);
            }
        } else {
            nativeSetup.cancel(false);
        }
        while (true) {
            RunningJob<?> job;
            try {
                job = engineQueue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (job == POISON) return;
            job.runHere(); // never throws
        }
    }

    /** Cancels everything still queued, lets the running job reach its next check, and stops the threads. */
    @Override
    public void close() {
        closed = true;
        for (RunningJob<?> job : live) job.cancel(); // queued ones end now; a running one stops at its next check
        engineQueue.add(POISON);
        ioPool.shutdown();
        try {
            engineThread.join(TimeUnit.SECONDS.toMillis(10));
            ioPool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static ThreadFactory namedThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> log.error("Uncaught in {}", th.getName(), e));
            return t;
        };
    }
}
