package com.mstudio.engine.store;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class AutosaverTest {

    @Test
    void aBurstOfChangesIsSavedOnceAfterTheDelay() throws Exception {
        AtomicInteger state = new AtomicInteger();
        AtomicInteger savedState = new AtomicInteger(-1);
        AtomicReference<Thread> saver = new AtomicReference<>();
        try (Autosaver a = new Autosaver("test-autosave", () -> {
            saver.set(Thread.currentThread());
            savedState.set(state.get());
        }, Duration.ofMillis(500), Duration.ofSeconds(5))) {
            for (int i = 1; i <= 20; i++) {
                state.set(i);
                a.changed();
                Thread.sleep(5);
            }
            assertEquals(0, a.saveCount(), "nothing saved during the burst");
            long deadline = System.nanoTime() + 3_000_000_000L;
            while (a.saveCount() == 0 && System.nanoTime() < deadline) Thread.sleep(10);
            Thread.sleep(300);
            assertEquals(1, a.saveCount());
            assertEquals(20, savedState.get(), "the save reads the newest state");
            assertEquals("test-autosave", saver.get().getName());
            assertTrue(saver.get().isDaemon());
            a.flush();
            assertEquals(1, a.saveCount(), "flush without changes writes nothing");
        }
    }

    @Test
    void flushSavesAtOnceAndASteadyStreamStillSavesByTheMaximumDelay() throws Exception {
        AtomicInteger saves = new AtomicInteger();
        try (Autosaver a = new Autosaver("test-autosave", saves::incrementAndGet, Duration.ofMillis(300), Duration.ofMillis(600))) {
            a.changed();
            a.flush();
            assertEquals(1, saves.get());
            long end = System.nanoTime() + 1_500_000_000L;
            while (System.nanoTime() < end) { // a change every 50 ms never lets the 300 ms delay expire
                a.changed();
                Thread.sleep(50);
            }
            assertTrue(saves.get() >= 2, "max delay forces saves during a steady stream: " + saves.get());
        }
    }

    @Test
    void aFailedSaveIsRetriedOnFlush() {
        AtomicInteger attempts = new AtomicInteger();
        try (Autosaver a = new Autosaver("test-autosave", () -> {
            if (attempts.incrementAndGet() == 1) throw new IllegalStateException("disk full");
        }, Duration.ofSeconds(10), Duration.ofSeconds(10))) {
            a.changed();
            assertThrows(IllegalStateException.class, a::flush);
            a.flush();
            assertEquals(2, attempts.get());
        }
    }
}
