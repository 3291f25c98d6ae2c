package com.mstudio.engine.copy;

/**
 * A batch of token sequences as the {@link AttentionModel} takes it: {@code texts × length} token ids (row-major,
 * padded with {@link Vocabulary#PAD}), the matching padding mask (1 for a real token) and the class of each text.
 * {@code length} is the batch's longest text, not the model's maximum ({@link CopyBatches.Sequences#tokens}).
 */
record TokenBatch(int texts, int length, int[] ids, float[] mask, int[] labels) {}
