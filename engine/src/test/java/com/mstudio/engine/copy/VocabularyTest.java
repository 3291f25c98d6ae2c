package com.mstudio.engine.copy;

import com.mstudio.engine.api.StudioException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VocabularyTest {
    // counts: free 4, now 3, buy 2, deal 2, cheap 1, win 1
    private static final List<List<String>> TEXTS = List.of(
            List.of("free", "deal", "now"),
            List.of("free", "free", "buy", "now"),
            List.of("deal", "buy", "cheap"),
            List.of("free", "now", "win"));

    @Test
    void keepsTokensSeenOftenEnoughMostFrequentFirstTiesByText() {
        Vocabulary v = Vocabulary.build(TEXTS, 2, 100);
        assertEquals(List.of("<pad>", "<unk>", "free", "now", "buy", "deal"), v.tokens());
        assertEquals(2, v.index("free"));
        assertEquals(Vocabulary.UNKNOWN, v.index("cheap"), "seen once, below the minimum frequency");
        assertEquals(Vocabulary.UNKNOWN, v.index("never-seen"));
        assertEquals(Vocabulary.UNKNOWN, v.index("<pad>"), "a text never produces padding");
    }

    @Test
    void maxSizeCountsPaddingAndUnknown() {
        Vocabulary v = Vocabulary.build(TEXTS, 1, 5);
        assertEquals(List.of("<pad>", "<unk>", "free", "now", "buy"), v.tokens());
        // with minimum 1 the ties at count 1 are ordered by text: cheap before win
        assertEquals(List.of("<pad>", "<unk>", "free", "now", "buy", "deal", "cheap", "win"),
                Vocabulary.build(TEXTS, 1, 100).tokens());
    }

    @Test
    void theSameTextsInAnotherOrderGiveTheSameVocabulary() {
        List<List<String>> reversed = new java.util.ArrayList<>(TEXTS);
        java.util.Collections.reverse(reversed);
        assertEquals(Vocabulary.build(TEXTS, 1, 100).tokens(), Vocabulary.build(reversed, 1, 100).tokens());
    }

    @Test
    void aSavedVocabularyComesBackWithTheSameIndices() {
        Vocabulary built = Vocabulary.build(TEXTS, 1, 100);
        Vocabulary loaded = new Vocabulary(built.tokens());
        for (String t : built.tokens()) assertEquals(built.index(t), loaded.index(t));
        assertTrue(loaded.contains("win"));
        assertFalse(loaded.contains("lose"));
    }

    @Test
    void aDamagedVocabularyIsRefusedInPlainWords() {
        StudioException e = assertThrows(StudioException.class, () -> new Vocabulary(List.of("free", "<unk>")));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertThrows(StudioException.class, () -> new Vocabulary(List.of("<pad>", "<unk>", "a", "a")));
    }

    @Test
    void encodingPadsAndFlagsTruncation() {
        Vocabulary v = Vocabulary.build(TEXTS, 2, 100);
        EncodedTexts e = TextEncoder.encode(List.of(
                List.of("free", "cheap", "now"),
                List.of("buy", "deal", "free", "now", "free"),
                List.of()), v, 4);
        assertArrayEquals(new int[] {2, 1, 3, 0}, e.ids()[0]);
        assertArrayEquals(new int[] {4, 5, 2, 3}, e.ids()[1], "cut after four tokens");
        assertArrayEquals(new int[] {0, 0, 0, 0}, e.ids()[2]);
        assertArrayEquals(new int[] {3, 4, 0}, e.lengths());
        assertArrayEquals(new boolean[] {false, true, false}, e.truncated());
        assertEquals(1 / 3.0, e.truncatedShare(), 1e-12);
        assertEquals(4, e.maxLength());
        EncodedTexts sub = e.subset(new int[] {1});
        assertArrayEquals(new int[] {4, 5, 2, 3}, sub.ids()[0]);
        assertArrayEquals(new boolean[] {true}, sub.truncated());
    }
}
