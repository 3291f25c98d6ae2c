package com.mstudio.engine.copy;

/** Which characters form words, which form Chinese/Japanese runs and which form emoji: the tokenizer's character classes. */
final class Scripts {
    private static final int ZWJ = 0x200D;
    private static final int KEYCAP = 0x20E3;

    private Scripts() {}

    /** Han, Hiragana and Katakana, plus the marks that live inside such runs (ー, 々, 〆). */
    static boolean isCjk(int cp) {
        if (cp < 0x2E80) return false; // nothing Chinese or Japanese comes before the CJK radicals; spares a lookup
        if (cp == 0x30FC || cp == 0x3005 || cp == 0x3006 || cp == 0x303B || cp == 0xFF70) return true;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Letters, digits and combining marks of the spaced scripts (Latin, Cyrillic, Greek, Hangul, Arabic ...). */
    static boolean isWordChar(int cp) {
        if (isCjk(cp) || isVariationSelector(cp)) return false; // a selector left after NFKC turned ℹ️ into "i"
        if (Character.isLetterOrDigit(cp)) return true;
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    static int cjkRunEnd(String s, int from, int to) {
        int i = from;
        while (i < to && isCjk(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return i;
    }

    /**
     * The end of the word starting at {@code from}: word characters, an apostrophe between letters ({@code don't}) and
     * a dot or comma between digits ({@code 1,299.99}).
     */
    static int wordEnd(String s, int from, int to) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            if (isWordChar(cp)) {
                i += Character.charCount(cp);
            } else if (cp == '\'' && i > from && i + 1 < to && Character.isLetter(s.codePointAt(i + 1))) {
                i++;
            } else if ((cp == '.' || cp == ',') && i > from && Character.isDigit(s.charAt(i - 1)) && i + 1 < to
                    && Character.isDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** The length of the number (digits with dots or commas between them) that {@code word} starts with; 0 if none. */
    static int numberPrefix(String word) {
        int i = 0;
        while (i < word.length()) {
            char ch = word.charAt(i);
            if (Character.isDigit(ch) || ((ch == '.' || ch == ',') && i > 0 && i + 1 < word.length()
                    && Character.isDigit(word.charAt(i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Digits, possibly with dots and commas between them. */
    static boolean isNumber(String word) {
        if (word.isEmpty() || !Character.isDigit(word.codePointAt(0))) return false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (!Character.isDigit(cp) && cp != '.' && cp != ',') return false;
            i += Character.charCount(cp);
        }
        return true;
    }

    /** Emoji and other pictographs (★, ♥, ©): Unicode's "other symbol" category. */
    static boolean isPictograph(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL;
    }

    /**
     * The end of one emoji starting at {@code from}: the base, its modifiers (variation selectors, skin tones, keycap,
     * tag characters), further pictographs joined with a zero-width joiner (👩‍💻), or the second half of a flag.
     */
    static int emojiEnd(String s, int from, int to) {
        int first = s.codePointAt(from);
        int i = from + Character.charCount(first);
        if (isRegionalIndicator(first) && i < to && isRegionalIndicator(s.codePointAt(i))) {
            return i + Character.charCount(s.codePointAt(i));
        }
        while (i < to) {
            int cp = s.codePointAt(i);
            if (isModifier(cp)) {
                i += Character.charCount(cp);
            } else if (cp == ZWJ && i + 1 < to && isPictograph(s.codePointAt(i + 1))) {
                i += 1 + Character.charCount(s.codePointAt(i + 1));
            } else {
                break;
            }
        }
        return i;
    }

    /** The emoji without presentation selectors and skin tones, so 👍🏽 and 👍 are the same token. */
    static String plainEmoji(String emoji) {
        StringBuilder sb = new StringBuilder(emoji.length());
        emoji.codePoints().filter(cp -> !isVariationSelector(cp) && !isSkinTone(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean isModifier(int cp) {
        return isVariationSelector(cp) || isSkinTone(cp) || cp == KEYCAP || (cp >= 0xE0020 && cp <= 0xE007F);
    }

    private static boolean isVariationSelector(int cp) {
        return cp == 0xFE0E || cp == 0xFE0F;
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF;
    }

    private static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }
}
