package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyService.BatchColumns;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The names a batch gives its two new columns: never one the table already has, the pair always moving together. */
class BatchColumnsTest {
    @Test
    void plainNamesWhenFree() {
        BatchColumns free = BatchColumns.freeIn(List.of("id", "subject"));
        assertEquals(new BatchColumns("label", "confidence"), free);
        assertTrue(free.plain());
    }

    @Test
    void eitherNameTakenMovesBothToPredicted() {
        BatchColumns spam = BatchColumns.freeIn(List.of("label", "subject"));
        assertEquals(new BatchColumns("predicted_label", "predicted_confidence"), spam);
        assertFalse(spam.plain());
        assertEquals(spam, BatchColumns.freeIn(List.of("subject", "confidence")));
    }

    @Test
    void caseAndSpaceDoNotHideAClash() {
        assertEquals("predicted_label", BatchColumns.freeIn(List.of(" Label ", "text")).label());
        assertEquals("predicted_label_2", BatchColumns.freeIn(List.of("label", "PREDICTED_CONFIDENCE")).label());
    }

    @Test
    void thenNumbered() {
        assertEquals(new BatchColumns("predicted_label_3", "predicted_confidence_3"), BatchColumns.freeIn(
                List.of("label", "predicted_label", "predicted_confidence_2", "text")));
    }
}
