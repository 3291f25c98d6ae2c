package com.mstudio.engine.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class RowPoolTest {
    @Test
    void chunksComeBackInOrderOnNamedThreadsThatAreGoneAfterwards() {
        int rows = RowPool.CHUNK_ROWS * 40 + 17;
        String caller = Thread.currentThread().getName();
        List<int[]> ranges;
        List<String> names;
        try (RowPool pool = RowPool.withThreads(rows, 3)) {
            ranges = pool.map((from, to) -> new int[]{from, to});
            names = pool.map((from, to) -> {
                long until = System.nanoTime() + 2_000_000; // hold each chunk briefly so the helpers get some
                while (System.nanoTime() < until) Thread.onSpinWait();
                return Thread.currentThread().getName();
            });
        }
        assertEquals(41, ranges.size());
        for (int c = 0; c < ranges.size(); c++) {
            assertEquals(c * RowPool.CHUNK_ROWS, ranges.get(c)[0]);
            assertEquals(Math.min(rows, (c + 1) * RowPool.CHUNK_ROWS), ranges.get(c)[1]);
        }
        for (String name : names) assertTrue(name.equals(caller) || name.matches("kmeans-\\d+-\\d+"), name);
        assertTrue(names.stream().anyMatch(n -> n.startsWith("kmeans-")), "the helpers took part: " + names);
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().startsWith("kmeans-")),
                "no k-means thread outlives its call");
    }

    @Test
    void aFailureInAWorkerReachesTheCaller() {
        try (RowPool pool = RowPool.withThreads(RowPool.CHUNK_ROWS * 8, 2)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> pool.map((from, to) -> {
                if (from == RowPool.CHUNK_ROWS * 5) throw new IllegalStateException("chunk 5 failed");
                return null;
            }));
            assertEquals("chunk 5 failed", e.getMessage());
        }
    }
}
