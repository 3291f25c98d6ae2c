package com.mstudio.engine.segment;

import java.util.List;

/**
 * The nine named RFM groups and the grid that maps a customer's recency score R and combined frequency-monetary score
 * FM to one of them (docs/adr/0007-rfm-scores-and-named-groups.md). FM is the mean of F and M rounded half up, so
 * (F, M) = (4, 5) is 5 and (1, 2) is 2. The segment id of a group is its index in {@link #NAMES}: every RFM
 * segmentation has the same nine ids, so a saved model can place a new file's customers in a group that happened to
 * be empty the first time, and a renamed group keeps its id.
 */
final class RfmGroups {
    static final List<String> NAMES = List.of("Champions", "Loyal", "Potential loyalist", "New", "Needs attention",
            "At risk", "Can't lose", "Hibernating", "Lost");
    static final int CHAMPIONS = 0, LOYAL = 1, POTENTIAL_LOYALIST = 2, NEW = 3, NEEDS_ATTENTION = 4, AT_RISK = 5,
            CANT_LOSE = 6, HIBERNATING = 7, LOST = 8;

    /** GRID[R - 1][FM - 1]; the rows read bottom-up as in the ADR's table (R = 5 is the last row here). */
    private static final int[][] GRID = {
            /* R=1 */ {LOST, LOST, AT_RISK, AT_RISK, CANT_LOSE},
            /* R=2 */ {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANT_LOSE},
            /* R=3 */ {NEEDS_ATTENTION, NEEDS_ATTENTION, NEEDS_ATTENTION, LOYAL, LOYAL},
            /* R=4 */ {NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, LOYAL, CHAMPIONS},
            /* R=5 */ {NEW, POTENTIAL_LOYALIST, POTENTIAL_LOYALIST, CHAMPIONS, CHAMPIONS},
    };

    private RfmGroups() {}

    /** FM: the mean of F and M (1..5 each), rounded half up. */
    static int fm(int f, int m) {
        return (f + m + 1) / 2;
    }

    /** The group (segment id) of scores R, F and M, each 1..5. */
    static int group(int r, int f, int m) {
        return GRID[r - 1][fm(f, m) - 1];
    }
}
