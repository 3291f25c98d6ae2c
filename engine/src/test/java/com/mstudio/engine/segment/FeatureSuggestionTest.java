package com.mstudio.engine.segment;

import com.mstudio.engine.data.clean.FeatureSuggester;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.testsupport.ChurnData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Which columns are offered as segmentation features by default, and the words generated for segments. */
class FeatureSuggestionTest {

    @Test
    void everyTelcoColumnIsAFeatureExceptThePersonalOnes() {
        Dataset churn = ChurnData.load();
        List<String> all = FeatureSuggester.suggest(churn, List.of());
        assertEquals(churn.columns().stream().map(c -> c.name()).toList(), all, "flags, categories and numbers; churn kept");
        List<String> withoutPii = FeatureSuggester.suggest(churn, List.of("female", "senior_citizen"));
        assertFalse(withoutPii.contains("female") || withoutPii.contains("senior_citizen"));
        assertEquals(all.size() - 2, withoutPii.size());
    }

    @Test
    void identifiersTextDatesConstantsAndKeysAreLeftOut(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("customer_number,CustomerId,zip,visits,plan,signup,comment,country,spend,vip\n");
        String[] plans = {"basic", "plus", "pro"};
        for (int i = 0; i < 60; i++) {
            csv.append(1000 + i).append(',').append(i % 30).append(',').append(10115 + i % 7).append(',').append(i % 9).append(',')
                    .append(plans[i % 3]).append(",2024-03-").append(String.format("%02d", 1 + i % 28)).append(',')
                    .append("note number ").append(i).append(" about the customer's ").append(i * 7919 % 101).append(" wishes")
                    .append(",DE,").append(10 + i * 1.5).append(',').append(i % 5 == 0 ? "yes" : "no").append('\n');
        }
        Dataset t = SegmentTestSupport.csv(dir, "mixed.csv", csv.toString());
        assertEquals(ColumnType.DATE, t.column(t.indexOf("signup")).type());
        assertEquals(List.of("visits", "plan", "spend", "vip"), FeatureSuggester.suggest(t, List.of()));
    }

    @Test
    void namesLikeKeys() {
        assertTrue(FeatureSuggester.looksLikeKey("customer_id", false));
        assertTrue(FeatureSuggester.looksLikeKey("CustomerID", false));
        assertTrue(FeatureSuggester.looksLikeKey("orderId", false));
        assertTrue(FeatureSuggester.looksLikeKey("zip", true));
        assertFalse(FeatureSuggester.looksLikeKey("zip", false), "a zip code as text is a fine category (region)");
        assertFalse(FeatureSuggester.looksLikeKey("paid", true));
        assertFalse(FeatureSuggester.looksLikeKey("tenure", true));
    }

    @Test
    void wordsForSegments() {
        assertEquals("long tenure", SegmentDescriber.numberWords("tenure", true));
        assertEquals("low monthly charges", SegmentDescriber.numberWords("monthly_charges", false));
        assertEquals("Two year contract", SegmentDescriber.categoryWords("contract", "Two year"));
        assertEquals("no online security", SegmentDescriber.categoryWords("online_security", "No"));
        assertEquals("No internet service", SegmentDescriber.categoryWords("streaming_tv", "No internet service"));
        assertEquals("no phone service", SegmentDescriber.flagWords("phone_service", 0.0, false));
        assertEquals("low churn", SegmentDescriber.flagWords("churn", 0.12, false));
    }

    @Test
    void namesAreMadeDistinct() {
        var a = new SegmentDescriber.Phrase("tenure", 1.2, "tenure high", "long tenure");
        var b = new SegmentDescriber.Phrase("contract", 1.0, "contract = Two year", "Two year contract");
        var c = new SegmentDescriber.Phrase("churn", -0.5, "churn low", "low churn");
        var d = new SegmentDescriber.Phrase("churn", 0.5, "churn high", "high churn");
        List<String> names = SegmentDescriber.names(List.of(List.of(a, b, c), List.of(a, b, d), List.of(a, b), List.of()));
        assertEquals(List.of("Long tenure, Two year contract, low churn", "Long tenure, Two year contract, high churn",
                "Long tenure, Two year contract", "Average customers"), names);
        assertEquals(List.of("Long tenure", "Long tenure (2)"), SegmentDescriber.names(List.of(List.of(a), List.of(a))));
    }
}
