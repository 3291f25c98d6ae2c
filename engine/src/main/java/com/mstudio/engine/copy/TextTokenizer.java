package com.mstudio.engine.copy;

import com.mstudio.engine.api.CopyRequest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits marketing copy into the tokens a model learns from. The same settings always give the same tokens (they are
 * saved with the model), and an instance holds no mutable state, so any thread may share one.
 *
 * <p>What happens, in order:
 * <ol>
 *   <li>HTML remnants go: tags such as {@code <br />} become a space, entities such as {@code &amp;} their character.</li>
 *   <li>NFKC normalisation, so full-width forms typed in Chinese and Japanese input ({@code ５０％！}) read as
 *       {@code 50%!}.</li>
 *   <li>Web addresses become {@value #URL} and e-mail addresses {@value #EMAIL}: the fact that there is a link is the
 *       signal, the address itself is almost never seen twice.</li>
 *   <li>Numbers ({@code 50}, {@code 1,299.99}) become {@value #NUMBER}, for the same reason; words that mix letters
 *       and digits ({@code mp3}, {@code 4u}) stay words, but a number glued to a unit ({@code 12oz}) is split off.</li>
 *   <li>Latin (and any other spaced) script becomes words, case-folded when asked; an apostrophe inside a word
 *       stays ({@code don't}).</li>
 *   <li>Han, Hiragana and Katakana runs, written without spaces, become overlapping character bigrams
 *       ({@code 限时优惠} → {@code 限时 时优 优惠}); a run of one character is itself. Hangul counts as a spaced script:
 *       Korean puts spaces between words.</li>
 *   <li>Punctuation is dropped except {@code !} and {@code ?} (a run such as {@code !!!!} is kept as at most three
 *       marks), {@code %} and currency signs: in ads they carry signal ("50% off!!!", "$$$"). Emoji and other
 *       pictographs are tokens of their own, skin tones and variation selectors removed so 👍🏽 and 👍 are one token.</li>
 * </ol>
 * Mode {@link CopyRequest.Tokenizer.Mode#WORDS} keeps a Chinese/Japanese run as one word (split only at spaces and
 * punctuation); {@link CopyRequest.Tokenizer.Mode#CHARACTER_BIGRAMS} also splits Latin words into bigrams.
 */
public final class TextTokenizer {
    public static final String URL = "<url>";
    public static final String EMAIL = "<email>";
    public static final String NUMBER = "<num>";

    /** A tag: "<" + a name (or "/name", "!--") ... ">"; a lone "<" as in "a < b" or "<3" is left alone. */
    private static final Pattern TAG = Pattern.compile("<(?:/?[A-Za-z][^<>]{0,300}|!--[\\s\\S]{0,2000}?--)>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern LINK = Pattern.compile(
            "(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)"
                    + "|(?<url>(?:https?://|ftp://|www\\.)[^\\s<>\"]+"
                    + "|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|info|biz|co|io|cn|jp|de|uk)(?:/[^\\s<>\"]*)?\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_MARK_RUN = 3;
    private static final char REPLACEMENT = '\uFFFD';

    private final CopyRequest.Tokenizer settings;

    public TextTokenizer(CopyRequest.Tokenizer settings) {
        this.settings = settings == null ? CopyRequest.Tokenizer.DEFAULT : settings;
    }

    public CopyRequest.Tokenizer settings() {
        return settings;
    }

    /** The tokens of {@code text}; empty for null or blank text. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        String noTags = text.indexOf('<') < 0 ? text : TAG.matcher(text).replaceAll(" ");
        String clean = nfkc(unescapeEntities(noTags)).replace('\u2019', '\'').replace('\u2018', '\'');
        // Links never span whitespace, so the link pattern only runs on the few chunks that could hold one: run over
        // whole reviews it cost four times as much as everything else together.
        Matcher link = null;
        int from = 0;
        int n = clean.length();
        for (int i = 0; i < n; ) {
            while (i < n && Character.isWhitespace(clean.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(clean.charAt(i))) i++;
            if (!mayHoldLink(clean, start, i)) continue;
            if (link == null) link = LINK.matcher(clean).useTransparentBounds(true);
            link.region(start, i);
            while (link.find()) {
                scan(clean, from, link.start(), out);
                out.add(link.group("email") != null ? EMAIL : URL);
                from = link.end();
            }
        }
        scan(clean, from, n, out);
        return out;
    }

    /** An "@", "://", "www." or a dot followed by a letter: a chunk without any of them holds no link. */
    private static boolean mayHoldLink(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch == '@' || (ch == ':' && s.startsWith("//", i + 1))) return true;
            if (ch == '.' && i + 1 < to && Character.isLetter(s.charAt(i + 1))) return true;
        }
        return false;
    }

    /** Walks the code points of {@code s[from, to)} and appends the tokens they form. */
    private void scan(String s, int from, int to, List<String> out) {
        int i = from;
        while (i < to) {
            int cp = s.codePointAt(i);
            if (Scripts.isCjk(cp)) {
                int end = Scripts.cjkRunEnd(s, i, to);
                addCjk(s.substring(i, end), out);
                i = end;
            } else if (Scripts.isWordChar(cp)) {
                int end = Scripts.wordEnd(s, i, to);
                addWord(s.substring(i, end), out);
                i = end;
            } else if (cp == '!' || cp == '?') {
                int end = i;
                while (end < to && s.charAt(end) == cp) end++;
                out.add(String.valueOf((char) cp).repeat(Math.min(MAX_MARK_RUN, end - i)));
                i = end;
            } else if (cp == '%' || Character.getType(cp) == Character.CURRENCY_SYMBOL) {
                out.add(new String(Character.toChars(cp)));
                i += Character.charCount(cp);
            } else if (cp == REPLACEMENT) {
                // Text that was decoded with the wrong character set: one token per run, a signal of its own.
                int end = i;
                while (end < to && s.charAt(end) == REPLACEMENT) end++;
                out.add(String.valueOf(REPLACEMENT));
                i = end;
            } else if (Scripts.isPictograph(cp)) {
                int end = Scripts.emojiEnd(s, i, to);
                out.add(Scripts.plainEmoji(s.substring(i, end)));
                i = end;
            } else {
                i += Character.charCount(cp); // space, other punctuation, control and format characters separate tokens
            }
        }
    }

    private void addWord(String word, List<String> out) {
        String w = word;
        // Quotes around a word ('free') are punctuation; only an apostrophe inside a word belongs to it.
        while (w.startsWith("'")) w = w.substring(1);
        while (w.endsWith("'")) w = w.substring(0, w.length() - 1);
        if (w.isEmpty()) return;
        if (Scripts.isNumber(w)) {
            out.add(NUMBER);
            return;
        }
        int digits = Scripts.numberPrefix(w);
        if (digits > 0 && w.length() - digits >= 2) {
            // A number glued to a unit (12oz, 3pm, 50off) is a number and a word; "4u" and "2b" stay as written.
            out.add(NUMBER);
            w = w.substring(digits);
        }
        if (settings.lowercase()) w = w.toLowerCase(Locale.ROOT);
        if (settings.mode() == CopyRequest.Tokenizer.Mode.CHARACTER_BIGRAMS) bigrams(w, out);
        else out.add(w);
    }

    private void addCjk(String run, List<String> out) {
        if (settings.mode() == CopyRequest.Tokenizer.Mode.WORDS) out.add(run);
        else bigrams(run, out);
    }

    /** Overlapping pairs of code points; a single code point is its own token. */
    private static void bigrams(String run, List<String> out) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            out.add(run);
            return;
        }
        for (int k = 0; k + 1 < cps.length; k++) out.add(new String(cps, k, 2));
    }

    /** NFKC, skipped for plain ASCII, which it never changes. */
    private static String nfkc(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) return Normalizer.normalize(s, Normalizer.Form.NFKC);
        }
        return s;
    }

    private static String unescapeEntities(String s) {
        if (s.indexOf('&') < 0) return s;
        Matcher m = ENTITY.matcher(s);
        StringBuilder sb = new StringBuilder(s.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : " ";
            } catch (NumberFormatException e) {
                return " ";
            }
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos", "rsquo", "lsquo" -> "'";
            case "nbsp", "ensp", "emsp", "thinsp" -> " ";
            case "euro" -> "€";
            case "pound" -> "£";
            case "yen" -> "¥";
            case "cent" -> "¢";
            case "copy" -> "©";
            case "reg" -> "®";
            case "trade" -> "™";
            case "hellip", "mdash", "ndash", "bull", "middot", "laquo", "raquo", "ldquo", "rdquo" -> " ";
            default -> whole; // not an entity we know: leave the text as written
        };
    }
}
