package com.mstudio.engine.copy;

/**
 * The sizes of an {@link AttentionModel}: everything needed to lay out its weights.
 *
 * @param vocabulary tokens known, padding and unknown included
 * @param maxLength  the longest token sequence, so the number of learned positions
 * @param classes    labels
 * @param embedding  width of every token vector; a multiple of {@code heads}
 * @param heads      attention heads per block, each {@code embedding / heads} wide
 * @param blocks     self-attention blocks, one after the other
 */
record AttentionShape(int vocabulary, int maxLength, int classes, int embedding, int heads, int blocks) {
    AttentionShape {
        if (vocabulary < 2 || maxLength < 1 || classes < 2 || heads < 1 || blocks < 1 || embedding < heads
                || embedding % heads != 0) {
            throw new IllegalArgumentException("not an attention network shape: " + vocabulary + "/" + maxLength + "/"
                    + classes + "/" + embedding + "/" + heads + "/" + blocks);
        }
    }

    int headSize() {
        return embedding / heads;
    }
}
