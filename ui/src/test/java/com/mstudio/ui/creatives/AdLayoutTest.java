package com.mstudio.ui.creatives;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ad layout's arithmetic, with a fixed-width "font" (0.55 of the size per character) standing in for measuring. */
class AdLayoutTest {
    private static final AdLayout.TextMeasure MONO = (text, size) -> text.length() * size * 0.55;

    @Test
    void everyFormatKeepsImageHeadlineAndButtonInsideTheAdWithoutOverlapping() {
        for (AdFormat f : AdFormat.values()) {
            AdLayout.Result r = AdLayout.layout(f, "Autumn layers, made to last", "Shop the collection", MONO);
            AdLayout.Box ad = new AdLayout.Box(0, 0, f.width(), f.height());
            assertTrue(r.image().inside(ad), f + " image");
            assertTrue(r.headlineBox().inside(ad), f + " headline box");
            assertTrue(r.button().inside(ad), f + " button");
            assertFalse(r.image().overlaps(r.headlineBox()), f + ": headline over the image");
            assertFalse(r.image().overlaps(r.button()), f + ": button over the image");
            assertFalse(r.headlineBox().overlaps(r.button()), f + ": headline over the button");
            assertEquals(r.image().width(), r.image().height(), 1e-9, "generated images are square");
            for (String line : r.headlineLines()) {
                assertTrue(MONO.width(line, r.headlineSize()) <= r.headlineBox().width() + 1e-6, f + " line too wide: " + line);
            }
            assertTrue(r.headlineLines().size() * r.lineHeight() <= r.headlineBox().height() + r.lineHeight() * 0.2 + 1e-6,
                    f + ": the lines fit the box's height");
        }
    }

    @Test
    void theBannerPutsTheImageLeftOfTheText() {
        AdLayout.Result r = AdLayout.layout(AdFormat.BANNER, "Sale", "Buy", MONO);
        assertTrue(r.image().right() <= r.headlineBox().x());
        assertTrue(r.image().right() <= r.button().x());
    }

    @Test
    void aLongHeadlineShrinksAndWrapsIntoAtMostThreeLinesAndAnEndlessOneIsCutWithAnEllipsis() {
        AdLayout.Result shortOne = AdLayout.layout(AdFormat.SQUARE, "Sale", "Buy", MONO);
        AdLayout.Result longer = AdLayout.layout(AdFormat.SQUARE,
                "Our warmest knitwear yet, spun from recycled wool and cut for long walks in cold weather", "Buy", MONO);
        assertEquals(List.of("Sale"), shortOne.headlineLines());
        assertTrue(longer.headlineSize() < shortOne.headlineSize(), "a long headline gets a smaller font");
        assertTrue(longer.headlineLines().size() > 1 && longer.headlineLines().size() <= AdLayout.MAX_LINES);
        assertEquals(String.join(" ", longer.headlineLines()),
                "Our warmest knitwear yet, spun from recycled wool and cut for long walks in cold weather",
                "nothing dropped when it fits");
        AdLayout.Result endless = AdLayout.layout(AdFormat.BANNER, "word ".repeat(200), "Buy", MONO);
        assertEquals(AdLayout.MAX_LINES, endless.headlineLines().size());
        assertTrue(endless.headlineLines().get(AdLayout.MAX_LINES - 1).endsWith("…"));
    }

    @Test
    void wrappingIsGreedyAndKeepsAWordTooLongForALineOnItsOwnLine() {
        assertEquals(List.of("aa bb", "cc"), AdLayout.wrap("aa bb cc", 10, 5 * 10 * 0.55, MONO));
        assertEquals(List.of("x", "abcdefghijkl", "y"), AdLayout.wrap("x abcdefghijkl y", 10, 30, MONO));
        assertEquals(List.of(), AdLayout.wrap("", 10, 30, MONO));
    }

    @Test
    void anEmptyCallToActionReadsShopNowAndColoursMustBeHex() {
        AdLayout.Result r = AdLayout.layout(AdFormat.STORY, "", " ", MONO);
        assertEquals(MONO.width("Shop now", r.buttonSize()) + r.buttonSize() * 2.4, r.button().width(), 1e-9);
        assertTrue(AdComposerViewModel.valid("#A0b1C2"));
        assertFalse(AdComposerViewModel.valid("red"));
        assertFalse(AdComposerViewModel.valid("#12345"));
    }
}
