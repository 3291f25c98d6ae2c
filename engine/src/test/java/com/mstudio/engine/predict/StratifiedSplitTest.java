package com.mstudio.engine.predict;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StratifiedSplitTest {
    /** 10,000 rows, 23% positive, in a seeded order; row 7 is missing (rows skip it, as for a missing target). */
    private static final int[] ROWS = new int[9_999];
    private static final boolean[] LABELS = new boolean[9_999];

    static {
        Random r = new Random(5);
        for (int i = 0, row = 0; i < ROWS.length; i++, row++) {
            if (row == 7) row++;
            ROWS[i] = row;
            LABELS[i] = r.nextDouble() < 0.23;
        }
    }

    @Test
    void everyPartHasTheTablesShareOfPositives() {
        StratifiedSplit s = StratifiedSplit.of(ROWS, LABELS, 0.15, 0.20, 42);
        double overall = share(ROWS);
        assertEquals(0.20 * ROWS.length, s.test().length, 2);
        assertEquals(0.15 * ROWS.length, s.validation().length, 2);
        for (int[] part : new int[][] {s.train(), s.validation(), s.test()}) {
            assertEquals(overall, share(part), 0.002, "each part keeps the positive share " + overall);
        }
    }

    @Test
    void thePartsCoverEveryUsableRowOnce() {
        StratifiedSplit s = StratifiedSplit.of(ROWS, LABELS, 0.15, 0.20, 42);
        Set<Integer> seen = new HashSet<>();
        for (int[] part : new int[][] {s.train(), s.validation(), s.test()}) {
            for (int r : part) assertTrue(seen.add(r), "row " + r + " in two parts");
            int[] sorted = part.clone();
            Arrays.sort(sorted);
            assertArrayEquals(sorted, part, "rows ascending");
        }
        assertEquals(ROWS.length, seen.size());
        assertFalse(seen.contains(7), "the left-out row stays out");
    }

    @Test
    void theSameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        StratifiedSplit a = StratifiedSplit.of(ROWS, LABELS, 0.15, 0.20, 42);
        StratifiedSplit b = StratifiedSplit.of(ROWS, LABELS, 0.15, 0.20, 42);
        StratifiedSplit c = StratifiedSplit.of(ROWS, LABELS, 0.15, 0.20, 43);
        assertArrayEquals(a.test(), b.test());
        assertArrayEquals(a.validation(), b.validation());
        assertArrayEquals(a.train(), b.train());
        assertFalse(Arrays.equals(a.test(), c.test()));
    }

    @Test
    void noTestShareLeavesTheTestPartEmpty() {
        StratifiedSplit s = StratifiedSplit.of(ROWS, LABELS, 0.15, 0, 42);
        assertEquals(0, s.test().length);
        assertEquals(ROWS.length, s.train().length + s.validation().length);
    }

    @Test
    void aTinyClassStillKeepsATrainingRow() {
        int[] rows = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        boolean[] labels = {true, true, false, false, false, false, false, false, false, false};
        StratifiedSplit s = StratifiedSplit.of(rows, labels, 0.3, 0.5, 1);
        assertTrue(Arrays.stream(s.train()).anyMatch(r -> r < 2), "one of the two positives trains");
    }

    private static double share(int[] rows) {
        Set<Integer> positive = new HashSet<>();
        for (int i = 0; i < ROWS.length; i++) if (LABELS[i]) positive.add(ROWS[i]);
        return Arrays.stream(rows).filter(positive::contains).count() / (double) rows.length;
    }
}
