package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.DataTable;
import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.*;

class SuggestedLengthTest {
    @Test
    void theNinetiethPercentileRoundedUpToEightWithinSixteenAnd256() {
        assertEquals(96, SuggestedLength.of(IntStream.rangeClosed(1, 100).toArray()), "p90 = 90 → 96");
        assertEquals(16, SuggestedLength.of(new int[] {3, 4, 5, 9}), "short texts get the floor");
        assertEquals(256, SuggestedLength.of(new int[] {900, 1000, 1200}), "very long texts get the cap");
        assertEquals(16, SuggestedLength.of(new int[0]));
        assertEquals(40, SuggestedLength.of(new int[] {40, 33, 1, 1, 1, 1, 1, 1, 1, 1}), "the 9th of ten is the 90th percentile");
        assertEquals(16, SuggestedLength.of(new int[] {400, 1, 1, 1, 1, 1, 1, 1, 1, 1}), "one outlier in ten sets nothing");
    }

    @Test
    void theShippedSamplesGetLengthsThatSuitThem() {
        try (var engine = new com.mstudio.engine.runtime.JobEngine(new com.mstudio.engine.runtime.JobEngine.Config(0, false, 1))) {
            check(new DefaultCopyService(engine));
        }
    }

    private static void check(DefaultCopyService service) {
        DataTable reviews = CopyTestData.sample("fine_food_reviews_train.csv");
        DataTable subjects = CopyTestData.sample("spam_subjects.csv");
        int r = service.suggestedMaxLength(reviews, "review", CopyRequest.Tokenizer.DEFAULT);
        int s = service.suggestedMaxLength(subjects, "subject", CopyRequest.Tokenizer.DEFAULT);
        System.out.println("suggested maximum length: reviews " + r + ", subject lines " + s);
        assertEquals(144, r, "reviews: 90% have at most 144 tokens (median 52, mean 74)");
        assertEquals(16, s, "subject lines: 90% have at most 11 tokens");
        var e = assertThrows(com.mstudio.engine.api.StudioException.class,
                () -> service.suggestedMaxLength(subjects, "body", CopyRequest.Tokenizer.DEFAULT));
        assertTrue(e.getMessage().contains("body"), e.getMessage());
    }
}
