package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.DataTable;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ScoredTableTest {
    static Dataset table(int rows) {
        double[] v = new double[rows];
        for (int i = 0; i < rows; i++) v[i] = i;
        return new Dataset(List.of(DoubleColumn.wrap("x", v, new BitSet())));
    }

    @Test
    void twentyDistinctScoresFillEachDecileWithTwoRowsTopFirst() {
        double[] scores = new double[20];
        for (int i = 0; i < 20; i++) scores[i] = i / 20.0; // row 19 is the most likely
        DataTable t = ScoredTable.withScores(table(20), scores);
        assertEquals(List.of("x", "propensity", "propensity_decile"), t.columns().stream().map(DataTable.ColumnInfo::name).toList());
        assertEquals(ColumnType.DECIMAL, t.column(1).type());
        assertEquals(ColumnType.INTEGER, t.column(2).type());
        for (int i = 0; i < 20; i++) {
            assertEquals(scores[i], t.number(i, 1));
            assertEquals(10 - i / 2, (int) t.number(i, 2), "row " + i);
        }
    }

    @Test
    void tiedScoresShareADecileAndMissingScoresStayMissing() {
        double[] scores = {0.9, 0.5, 0.5, 0.5, 0.5, 0.1, Double.NaN, 0.2, 0.3, 0.4, 0.6};
        DataTable t = ScoredTable.withScores(table(scores.length), scores);
        // 10 scored rows; the four 0.5s sit at positions 2..5 (0-based, from the top), average 3.5 → decile 4.
        for (int r = 1; r <= 4; r++) assertEquals(4, (int) t.number(r, 2));
        assertEquals(1, (int) t.number(0, 2));
        assertEquals(2, (int) t.number(10, 2));
        assertEquals(10, (int) t.number(5, 2));
        assertTrue(t.isMissing(6, 1) && t.isMissing(6, 2));
        assertEquals(1, t.column(1).missing());
        long[] all = ScoredTable.deciles(new double[] {0.3, 0.3, 0.3, 0.3});
        assertTrue(java.util.Arrays.stream(all).allMatch(d -> d == all[0]), "all equal: one decile for everyone");
    }

    @Test
    void scoringAgainReplacesTheColumnsInPlaceAndSharesTheOthers() {
        Dataset base = table(5);
        DataTable once = ScoredTable.withScores(base, new double[] {0.1, 0.2, 0.3, 0.4, 0.5});
        DataTable twice = ScoredTable.withScores(once, new double[] {0.5, 0.4, 0.3, 0.2, 0.1});
        assertEquals(3, twice.columnCount());
        assertEquals(0.5, twice.number(0, 1));
        assertEquals(1, (int) twice.number(0, 2));
        assertSame(base.columnAt(0), Dataset.of(twice).columnAt(0), "the customer columns are not copied");
    }
}
