package com.mstudio.engine.predict;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.PropensityService.TargetValue;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetsTest {
    /** 100 rows: plan Basic ×60 / Premium ×40, a 0/1 flag, a 30-value integer, a decimal; row 3's plan is missing. */
    private static Dataset table() {
        StringColumn.Builder plan = StringColumn.builder("plan", ColumnType.CATEGORICAL, 100);
        LongColumn.Builder flag = LongColumn.builder("renewed", ColumnType.BOOLEAN, 100);
        LongColumn.Builder store = LongColumn.builder("store", ColumnType.INTEGER, 100);
        DoubleColumn.Builder spend = DoubleColumn.builder("spend", 100);
        for (int r = 0; r < 100; r++) {
            if (r == 3) plan.appendMissing(); else plan.append(r < 60 ? "Basic" : "Premium");
            flag.append(r % 4 == 0 ? 1 : 0);
            store.append(r % 30);
            spend.append(r * 1.5);
        }
        return new Dataset(List.of(plan.build(), flag.build(), store.build(), spend.build()));
    }

    @Test
    void candidatesAreYesNoAndFewValuedColumns() {
        assertEquals(List.of("plan", "renewed"), Targets.candidates(table()));
    }

    @Test
    void theLikelyPositiveComesFirst() {
        assertEquals(List.of(new TargetValue("Premium", 40), new TargetValue("Basic", 59)), Targets.values(table(), "plan"),
                "no yes-like word: the rarer value first");
        assertEquals("true", Targets.values(table(), "renewed").get(0).value(), "a yes-like value first");
    }

    @Test
    void labelsLeaveOutRowsWithoutATarget() {
        Targets.Labels l = Targets.labels(table(), "plan", "Premium");
        assertEquals(99, l.rows().length);
        assertEquals(1, l.missing());
        assertEquals(40, l.positives());
        assertTrue(java.util.Arrays.stream(l.rows()).noneMatch(r -> r == 3));
        assertArrayEquals(new int[] {0, 1, 2, 4}, java.util.Arrays.copyOf(l.rows(), 4));
    }

    @Test
    void aValueThatNeverOccursOrAMissingColumnIsAPlainError() {
        StudioException never = assertThrows(StudioException.class, () -> Targets.labels(table(), "plan", "Gold"));
        assertTrue(never.getMessage().contains("No row has plan = \"Gold\""), never.getMessage());
        StudioException none = assertThrows(StudioException.class, () -> Targets.labels(table(), "churn", "Yes"));
        assertTrue(none.getMessage().contains("no column \"churn\" to predict"), none.getMessage());
    }
}
