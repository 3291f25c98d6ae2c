package com.mstudio.engine.data.csv;

import java.nio.charset.Charset;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An immutable list of strings kept as bytes in one pool and decoded when asked for. Used for the dictionaries of
 * columns with very many distinct values (customer ids, free text), where a String per value would cost about 56
 * bytes on top of its characters; here a value costs its bytes plus 8. Small dictionaries (categories) are plain
 * Strings instead, because feature building reads them millions of times.
 */
final class PooledStrings extends AbstractList<String> implements RandomAccess {
    private final byte[] pool;
    private final int[] offsets;
    private final int[] lengths;
    private final Charset charset;

    PooledStrings(byte[] pool, int[] offsets, int[] lengths, Charset charset) {
        this.pool = pool;
        this.offsets = offsets;
        this.lengths = lengths;
        this.charset = charset;
    }

    @Override
    public String get(int index) {
        return new String(pool, offsets[index], lengths[index], charset);
    }

    @Override
    public int size() {
        return offsets.length;
    }
}
