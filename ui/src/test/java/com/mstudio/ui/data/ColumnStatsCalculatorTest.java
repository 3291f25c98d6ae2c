package com.mstudio.ui.data;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.ui.support.ArrayTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnStatsCalculatorTest {
    private final ArrayTable table = ArrayTable.of(List.of("n", "flag", "plan"),
            List.of(ColumnType.DECIMAL, ColumnType.INTEGER, ColumnType.CATEGORICAL),
            List.of(new String[]{"1", "0", "a"}, new String[]{"2", "1", "b"}, new String[]{"", "1", "a"},
                    new String[]{"9", "0", "a"}));

    @Test
    void numericSummaryAndHistogram() {
        ColumnStats s = ColumnStatsCalculator.compute(table, 0);
        assertEquals(1, s.missing());
        assertEquals(0.25, s.missingFraction());
        assertEquals(3, s.distinct());
        assertEquals(1, s.min());
        assertEquals(9, s.max());
        assertEquals(4, s.mean());
        assertEquals(3, s.bars().stream().mapToLong(ColumnStats.Bar::count).sum());
    }

    @Test
    void smallIntegerRangeGetsOneBarPerValue() {
        ColumnStats s = ColumnStatsCalculator.compute(table, 1);
        assertEquals(List.of(new ColumnStats.Bar("0", 2), new ColumnStats.Bar("1", 2)), s.bars());
    }

    @Test
    void categoriesByFrequency() {
        ColumnStats s = ColumnStatsCalculator.compute(table, 2);
        assertEquals(new ColumnStats.Bar("a", 3), s.bars().get(0));
        assertEquals(2, s.distinct());
    }
}
