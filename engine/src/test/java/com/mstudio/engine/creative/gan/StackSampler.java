package com.mstudio.engine.creative.gan;

import java.util.HashMap;
import java.util.Map;

/** A crude sampling profiler for local benchmarks: counts the frames of one thread's stack every few ms. */
final class StackSampler implements AutoCloseable {
    private final Thread target;
    private final Thread sampler;
    private final Map<String, Integer> counts = new HashMap<>();
    private volatile boolean running = true;
    private int samples;

    StackSampler(Thread target) {
        this.target = target;
        sampler = new Thread(this::loop, "stack-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void loop() {
        while (running) {
            StackTraceElement[] stack = target.getStackTrace();
            synchronized (counts) {
                samples++;
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < stack.length && i < 40; i++) {
                    StackTraceElement e = stack[i];
                    String key = (i == 0 ? "TOP " : "") + e.getClassName().replaceAll("^.*\\.", "") + "." + e.getMethodName();
                    if (seen.add(key)) counts.merge(key, 1, Integer::sum);
                }
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        synchronized (counts) {
            System.out.println("samples: " + samples);
            counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(45)
                    .forEach(e -> System.out.printf("%5.1f%% %s%n", 100.0 * e.getValue() / samples, e.getKey()));
        }
    }
}
