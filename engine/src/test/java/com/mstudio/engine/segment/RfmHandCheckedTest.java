package com.mstudio.engine.segment;

import com.mstudio.engine.api.RfmColumns;
import com.mstudio.engine.api.SegmentationRequest;
import com.mstudio.engine.api.SegmentationResult;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.runtime.JobEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * RFM on a file worked out by hand (src/test/resources/segment/rfm_hand_checked.csv): 15 customers, 45 purchases,
 * last date in the file 2025-06-30. Rules: docs/adr/0007-rfm-scores-and-named-groups.md.
 *
 * <pre>
 * cust  days since last  orders  spent   R F M  FM=(F+M+1)/2  group
 * A            0           5     1000    5 5 5     5          Champions
 * B            1           4      400    5 4 4     4          Champions
 * C            2           1       10    5 1 1     1          New
 * D           10           5      410    4 5 4     5          Champions
 * E           12           3      100    4 3 2     3          Potential loyalist
 * F           14           2      200    4 2 3     3          Potential loyalist
 * G           30           4     1100    3 4 5     5          Loyal
 * H           35           3      210    3 3 3     3          Needs attention
 * I           40           1      110    3 1 2     2          Needs attention
 * J           90           5     1200    2 5 5     5          Can't lose
 * K          100           3      420    2 3 4     4          At risk
 * L          110           1       20    2 1 1     1          Hibernating
 * M          200           4      220    1 4 3     4          At risk
 * N          250           2      120    1 2 2     2          Lost
 * O          300           2       30    1 2 1     2          Lost
 * </pre>
 * Cut points (n = 15: the 3rd, 6th, 9th and 12th smallest value): days 2, 14, 40, 110 (R = 5 − cuts exceeded);
 * orders 1, 2, 3, 4; spent 30, 120, 220, 420 (F, M = 1 + cuts exceeded). E.g. H: 35 days exceeds 2 and 14 → R 3;
 * 3 orders exceeds 1 and 2 → F 3; 210 exceeds 30 and 120 → M 3; FM (3+3+1)/2 = 3; grid row R 3, column 3 → Needs
 * attention. O: 300 days exceeds all four → R 1; 2 orders exceeds 1 → F 2; 30 exceeds none → M 1; FM (2+1+1)/2 = 2 → Lost.
 */
class RfmHandCheckedTest {
    private static JobEngine engine;
    private static DefaultSegmentService service;

    @BeforeAll
    static void start() {
        engine = SegmentTestSupport.engine();
        service = SegmentTestSupport.service(engine);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void everyCustomerLandsInTheGroupWorkedOutByHand() {
        Dataset tx = SegmentTestSupport.resource("rfm_hand_checked.csv");
        RfmColumns columns = service.detectRfm(tx).orElseThrow();
        assertEquals(RfmColumns.transactions("customer_id", "order_date", "amount"), columns);
        SegmentationResult r = SegmentTestSupport.run(service, tx, SegmentationRequest.rfm(columns));

        Map<String, String> expected = Map.ofEntries(Map.entry("A", "Champions"), Map.entry("B", "Champions"),
                Map.entry("C", "New"), Map.entry("D", "Champions"), Map.entry("E", "Potential loyalist"),
                Map.entry("F", "Potential loyalist"), Map.entry("G", "Loyal"), Map.entry("H", "Needs attention"),
                Map.entry("I", "Needs attention"), Map.entry("J", "Can't lose"), Map.entry("K", "At risk"),
                Map.entry("L", "Hibernating"), Map.entry("M", "At risk"), Map.entry("N", "Lost"), Map.entry("O", "Lost"));
        var t = r.segmented();
        assertEquals(15, t.rowCount(), "one row per customer");
        int id = t.indexOf("customer_id"), name = t.indexOf("segment_name");
        Map<String, String> actual = new HashMap<>();
        for (int row = 0; row < t.rowCount(); row++) actual.put(t.text(row, id).substring("cust-".length()), t.text(row, name));
        assertEquals(expected, actual);

        assertEquals("2025-06-30", r.model().rfm().asOf());
        assertArrayEquals(new double[] {2, 14, 40, 110}, r.model().rfm().recencyCuts());
        assertArrayEquals(new double[] {1, 2, 3, 4}, r.model().rfm().frequencyCuts());
        assertArrayEquals(new double[] {30, 120, 220, 420}, r.model().rfm().monetaryCuts());

        // H's row in full: the measures and scores a marketer can check.
        int h = rowOf(t, id, "cust-H");
        assertEquals("35", t.text(h, t.indexOf("recency")));
        assertEquals("3", t.text(h, t.indexOf("frequency")));
        assertEquals(210.0, t.number(h, t.indexOf("monetary")));
        assertEquals("3", t.text(h, t.indexOf("r_score")));
        assertEquals("3", t.text(h, t.indexOf("f_score")));
        assertEquals("3", t.text(h, t.indexOf("m_score")));

        // Nine fixed ids in the ADR's order, every one present here; sizes as counted above.
        assertEquals(RfmGroups.NAMES, r.model().segmentNames());
        assertArrayEquals(new int[] {3, 1, 2, 1, 2, 2, 1, 1, 2},
                r.profiles().stream().mapToInt(p -> p.size()).toArray());
        assertTrue(Double.isNaN(r.silhouette()));
        // Champions A, B, D: (0 + 1 + 10) / 3 days, (5 + 4 + 5) / 3 orders, (1000 + 400 + 410) / 3 spent.
        assertEquals("Last bought 4 days ago · 4.7 orders · 603 spent on average", r.profiles().get(0).description());
        assertEquals(15, r.projection().x().length);
    }

    @Test
    void theGridFollowsTheAdrTable() {
        String[][] table = {
                /* R=1 */ {"Lost", "Lost", "At risk", "At risk", "Can't lose"},
                /* R=2 */ {"Hibernating", "Hibernating", "At risk", "At risk", "Can't lose"},
                /* R=3 */ {"Needs attention", "Needs attention", "Needs attention", "Loyal", "Loyal"},
                /* R=4 */ {"New", "Potential loyalist", "Potential loyalist", "Loyal", "Champions"},
                /* R=5 */ {"New", "Potential loyalist", "Potential loyalist", "Champions", "Champions"}};
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                for (int m = 1; m <= 5; m++) {
                    int fm = (int) Math.floor((f + m) / 2.0 + 0.5);
                    assertEquals(table[r - 1][fm - 1], RfmGroups.NAMES.get(RfmGroups.group(r, f, m)), "R" + r + " F" + f + " M" + m);
                }
            }
        }
    }

    @Test
    void equalValuesGetEqualScores() {
        double[] orders = {1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 5, 8};
        double[] cuts = RfmScorer.cuts(orders);
        assertArrayEquals(new double[] {1, 1, 2, 3}, cuts);
        assertEquals(1, RfmScorer.score(1, cuts), "every one-time buyer scores 1");
        assertEquals(3, RfmScorer.score(2, cuts));
        assertEquals(4, RfmScorer.score(3, cuts));
        assertEquals(5, RfmScorer.score(8, cuts));
        assertEquals(1, RfmScorer.score(Double.NaN, cuts));
        assertEquals(5, RfmScorer.recencyScore(0, new double[] {2, 14, 40, 110}));
        assertEquals(1, RfmScorer.recencyScore(Double.NaN, new double[] {2, 14, 40, 110}));
    }

    private static int rowOf(com.mstudio.engine.api.DataTable t, int column, String value) {
        for (int row = 0; row < t.rowCount(); row++) if (t.text(row, column).equals(value)) return row;
        throw new AssertionError(value);
    }
}
