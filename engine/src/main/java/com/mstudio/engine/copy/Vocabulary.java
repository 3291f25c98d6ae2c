package com.mstudio.engine.copy;

import com.mstudio.engine.api.StudioException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens a model knows, each with a fixed index: 0 is padding ({@value #PAD_TOKEN}), 1 the unknown token
 * ({@value #UNKNOWN_TOKEN}) that stands for every token the model never learned. Built from the training rows only (a
 * vocabulary that had seen the test rows would leak them), saved with the model, immutable and thread-safe.
 */
public final class Vocabulary {
    public static final int PAD = 0;
    public static final int UNKNOWN = 1;
    public static final String PAD_TOKEN = "<pad>";
    public static final String UNKNOWN_TOKEN = "<unk>";

    private final List<String> tokens;
    private final Map<String, Integer> indexOf;

    /**
     * Every token seen at least {@code minFrequency} times (counting every occurrence), most frequent first, ties in
     * the order of the token text (so the same rows always give the same indices), at most {@code maxSize} entries
     * including padding and the unknown token.
     */
    public static Vocabulary build(List<List<String>> tokenizedTrainingTexts, int minFrequency, int maxSize) {
        if (minFrequency < 1) throw new IllegalArgumentException("the minimum frequency must be at least 1");
        if (maxSize < 2) throw new IllegalArgumentException("a vocabulary holds at least padding and the unknown token");
        Map<String, Integer> counts = new HashMap<>();
        for (List<String> text : tokenizedTrainingTexts) {
            for (String token : text) counts.merge(token, 1, Integer::sum);
        }
        counts.remove(PAD_TOKEN);
        counts.remove(UNKNOWN_TOKEN);
        List<Map.Entry<String, Integer>> kept = new ArrayList<>();
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() >= minFrequency) kept.add(e);
        kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> tokens = new ArrayList<>(Math.min(kept.size(), maxSize - 2) + 2);
        tokens.add(PAD_TOKEN);
        tokens.add(UNKNOWN_TOKEN);
        for (int i = 0; i < kept.size() && tokens.size() < maxSize; i++) tokens.add(kept.get(i).getKey());
        return new Vocabulary(tokens);
    }

    /**
     * A vocabulary as saved with a model.
     *
     * @throws StudioException when it does not start with padding and the unknown token or holds a token twice
     */
    public Vocabulary(List<String> tokens) {
        if (tokens == null || tokens.size() < 2 || !PAD_TOKEN.equals(tokens.get(PAD))
                || !UNKNOWN_TOKEN.equals(tokens.get(UNKNOWN))) {
            throw new StudioException("the vocabulary is damaged: it must start with " + PAD_TOKEN + " and "
                    + UNKNOWN_TOKEN);
        }
        Map<String, Integer> index = new HashMap<>(tokens.size() * 2);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token == null || index.put(token, i) != null) {
                throw new StudioException("the vocabulary is damaged: entry " + i + " ("
                        + (token == null ? "empty" : "\"" + token + "\"") + ") is there twice or empty");
            }
        }
        this.tokens = Collections.unmodifiableList(new ArrayList<>(tokens));
        this.indexOf = index;
    }

    /** The token's index, or {@link #UNKNOWN} when the model never learned it. */
    public int index(String token) {
        if (token == null) return UNKNOWN;
        Integer i = indexOf.get(token);
        return i == null || i == PAD ? UNKNOWN : i;
    }

    public boolean contains(String token) {
        return index(token) != UNKNOWN || UNKNOWN_TOKEN.equals(token);
    }

    /** The tokens in index order (unmodifiable). */
    public List<String> tokens() {
        return tokens;
    }

    public int size() {
        return tokens.size();
    }
}
