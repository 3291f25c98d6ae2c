package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest;
import com.mstudio.engine.api.CopyRequest.Tokenizer.Mode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTokenizerTest {
    private static final TextTokenizer AUTO = tokenizer(Mode.AUTO, true);

    private static TextTokenizer tokenizer(Mode mode, boolean lowercase) {
        return new TextTokenizer(new CopyRequest.Tokenizer(mode, lowercase, 1, 100, 64));
    }

    @Test
    void htmlRemnantsAreRemoved() {
        assertEquals(List.of("loved", "it", "!", "tom", "jerry", "<num>", "<num>"),
                AUTO.tokens("Loved it!<br /><br />Tom &amp; Jerry &lt;3 &#49;0<br>"));
        // a "<" that starts no tag is not eaten with the text after it
        assertEquals(List.of("a", "b", "c"), AUTO.tokens("a < b <p class=\"x\">c</p>"));
    }

    @Test
    void caseIsFoldedOnlyWhenAsked() {
        assertEquals(List.of("free", "money", "now"), AUTO.tokens("FREE Money now"));
        assertEquals(List.of("FREE", "Money", "now"), tokenizer(Mode.AUTO, false).tokens("FREE Money now"));
    }

    @Test
    void punctuationIsDroppedButExclamationQuestionPercentAndCurrencyStay() {
        assertEquals(List.of("save", "<num>", "%", "today", "!!!", "why", "wait", "?", "only", "$", "<num>"),
                AUTO.tokens("Save 50% today!!!!!! Why wait? Only $1,299.99."));
        assertEquals(List.of("don't", "miss", "the", "deal", "of", "the", "year"),
                AUTO.tokens("\"Don't\" miss -- the 'deal' of the year..."));
    }

    @Test
    void linksAndAddressesAreNormalised() {
        assertEquals(List.of("visit", "<url>", "or", "<url>", "or", "<url>", "mail", "<email>"),
                AUTO.tokens("Visit http://example.com/sale?id=7 or www.shop.biz or amazon.com, mail deals@shop.co.uk"));
    }

    @Test
    void emojiAreTokensWithoutSkinTonesOrSelectors() {
        assertEquals(List.of("hot", "🔥", "🔥", "deal", "👍", "👍", "❤", "👩\u200D💻", "🇩🇪"),
                AUTO.tokens("Hot🔥🔥 deal 👍🏽👍 ❤️ 👩‍💻 🇩🇪"));
    }

    @Test
    void chineseRunsBecomeBigramsBesideLatinWords() {
        assertEquals(List.of("限时", "时优", "优惠", "<num>", "%", "off", "!"), AUTO.tokens("限时优惠 50% off!"));
        // full-width digits, percent sign and exclamation mark read as their ASCII forms
        assertEquals(List.of("全场", "<num>", "%", "!"), AUTO.tokens("全场５０％！"));
        assertEquals(List.of("中"), AUTO.tokens("中"));
    }

    @Test
    void japaneseMixesHanKanaAndTheLongVowelMarkInOneRun() {
        assertEquals(List.of("期間", "間限", "限定", "定セ", "セー", "ール", "!", "今す", "すぐ"),
                AUTO.tokens("期間限定セール！今すぐ"));
    }

    @Test
    void koreanIsSplitAtSpacesLikeOtherSpacedScripts() {
        assertEquals(List.of("특가", "세일", "!"), AUTO.tokens("특가 세일!"));
    }

    @Test
    void wordsModeKeepsACjkRunAndBigramModeSplitsEveryWord() {
        assertEquals(List.of("限时优惠", "<num>", "%", "off"), tokenizer(Mode.WORDS, true).tokens("限时优惠 50% off"));
        assertEquals(List.of("限时", "时优", "优惠", "of", "ff", "a"),
                tokenizer(Mode.CHARACTER_BIGRAMS, true).tokens("限时优惠 OFF a"));
    }

    @Test
    void emptyAndNullTextsHaveNoTokens() {
        assertEquals(List.of(), AUTO.tokens(null));
        assertEquals(List.of(), AUTO.tokens("  <br />  ...  "));
    }

    @Test
    void mixedLettersAndDigitsStayWordsButUnitsAreSplitOff() {
        assertEquals(List.of("mp3", "player", "4u", "<num>", "<num>", "oz", "at", "<num>", "pm"),
                AUTO.tokens("MP3 player 4U 2,000 16.9oz at 3pm"));
    }

    @Test
    void garbledCharactersAreOneTokenPerRunAndSelectorsDoNotStickToWords() {
        assertEquals(List.of("\uFFFD", "hi", "\uFFFD"), AUTO.tokens("\uFFFD\uFFFD\uFFFD hi \uFFFD"));
        assertEquals(List.of("i", "info"), AUTO.tokens("\u2139\uFE0F info"));
    }

    @Test
    void tokensAreTheSameFromManyThreads() throws Exception {
        String text = "限时优惠 50% off! <br/>Great deal 🔥 http://x.com ";
        List<String> expected = AUTO.tokens(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) results.add(pool.submit(() -> AUTO.tokens(text)));
            for (Future<List<String>> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(expected.contains("🔥"));
    }
}
