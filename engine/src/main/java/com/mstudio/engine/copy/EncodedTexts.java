package com.mstudio.engine.copy;

/**
 * Texts as vocabulary indices, ready for a network.
 *
 * @param ids       one row per text, exactly {@code maxLength} long: the first {@code lengths[i]} entries are the
 *                  tokens, the rest {@link Vocabulary#PAD}
 * @param lengths   the tokens each text kept (at most {@code maxLength}; 0 for a text without tokens)
 * @param truncated true where the text had more tokens than {@code maxLength} and its end was cut
 */
public record EncodedTexts(int[][] ids, int[] lengths, boolean[] truncated) {
    public int size() {
        return ids.length;
    }

    /** Tokens per row (the maximum length the texts were encoded with); 0 when there are no texts. */
    public int maxLength() {
        return ids.length == 0 ? 0 : ids[0].length;
    }

    /** Share of texts whose end was cut (0 when there are none), for telling the user. */
    public double truncatedShare() {
        if (truncated.length == 0) return 0;
        int n = 0;
        for (boolean t : truncated) if (t) n++;
        return n / (double) truncated.length;
    }

    /** The rows {@code rows} (indices into this), in that order. */
    public EncodedTexts subset(int[] rows) {
        int[][] i = new int[rows.length][];
        int[] l = new int[rows.length];
        boolean[] t = new boolean[rows.length];
        for (int k = 0; k < rows.length; k++) {
            i[k] = ids[rows[k]];
            l[k] = lengths[rows[k]];
            t[k] = truncated[rows[k]];
        }
        return new EncodedTexts(i, l, t);
    }
}
