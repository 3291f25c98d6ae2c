package com.mstudio.engine.copy;

import java.util.List;

/** Turns token lists into fixed-length rows of vocabulary indices: unknown tokens map to {@link Vocabulary#UNKNOWN}. */
public final class TextEncoder {
    private TextEncoder() {}

    /**
     * @param maxLength tokens per row; a longer text keeps its first {@code maxLength} tokens (the opening of ad copy
     *                  carries most of its message) and is flagged as truncated
     */
    public static EncodedTexts encode(List<List<String>> tokens, Vocabulary vocabulary, int maxLength) {
        if (maxLength < 1) throw new IllegalArgumentException("the maximum length must be at least 1");
        int n = tokens.size();
        int[][] ids = new int[n][maxLength]; // zero-filled: Vocabulary.PAD
        int[] lengths = new int[n];
        boolean[] truncated = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<String> text = tokens.get(i);
            int length = Math.min(text.size(), maxLength);
            for (int k = 0; k < length; k++) ids[i][k] = vocabulary.index(text.get(k));
            lengths[i] = length;
            truncated[i] = text.size() > maxLength;
        }
        return new EncodedTexts(ids, lengths, truncated);
    }
}
