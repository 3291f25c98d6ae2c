package com.mstudio.engine.data.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dictionary-encodes string cells straight from their bytes: a repeated category costs a hash probe and a byte
 * comparison, never a String. Strings are made once per distinct value, at the end, in the file's charset.
 */
final class ByteDictionary {
    /** Open addressing: hash in the high 32 bits, code + 1 in the low (0 = empty), so a probe touches one array. */
    private long[] table;
    private byte[] pool = new byte[4096];
    private int poolUsed;
    private int[] offsets;
    private int[] lengths;
    private int[] hashes;
    private int size;

    ByteDictionary() {
        this(256);
    }

    /** @param expected distinct values expected (pass 1 counted them), so the table never has to grow */
    ByteDictionary(int expected) {
        int cap = Integer.highestOneBit(Math.max(64, Math.min(1 << 26, expected)) * 2 - 1) * 2;
        table = new long[cap];
        int n = Math.max(16, Math.min(expected, 1 << 26));
        offsets = new int[n];
        lengths = new int[n];
        hashes = new int[n];
    }

    int size() {
        return size;
    }

    /** The code of these bytes, adding them when new. */
    int intern(byte[] b, int s, int e) {
        int h = hash(b, s, e);
        int mask = table.length - 1;
        int i = h & mask;
        int len = e - s;
        while (true) {
            long slot = table[i];
            if (slot == 0) break;
            if ((int) (slot >>> 32) == h) {
                int code = (int) slot - 1;
                if (lengths[code] == len && Bytes.same(pool, offsets[code], b, s, len)) return code;
            }
            i = (i + 1) & mask;
        }
        int code = size++;
        if (code == offsets.length) {
            int m = offsets.length * 2;
            offsets = Arrays.copyOf(offsets, m);
            lengths = Arrays.copyOf(lengths, m);
            hashes = Arrays.copyOf(hashes, m);
        }
        if (poolUsed + len > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolUsed + len));
        System.arraycopy(b, s, pool, poolUsed, len);
        offsets[code] = poolUsed;
        lengths[code] = len;
        hashes[code] = h;
        poolUsed += len;
        table[i] = ((long) h << 32) | (code + 1L);
        if (size * 2 > table.length) rehash();
        return code;
    }

    /** Adds every entry of {@code other} and returns, for each of its codes, the code here. */
    int[] mergeFrom(ByteDictionary other) {
        int[] map = new int[other.size];
        for (int c = 0; c < other.size; c++) {
            map[c] = intern(other.pool, other.offsets[c], other.offsets[c] + other.lengths[c]);
        }
        return map;
    }

    /** Above this many values the dictionary stays as bytes ({@link PooledStrings}); below it, Strings. */
    static final int POOLED_ABOVE = 1 << 14;

    /** The values in code order. The dictionary must not be used afterwards (a pooled list shares its bytes). */
    List<String> strings(Charset cs) {
        if (size > POOLED_ABOVE) {
            List<String> pooled = new PooledStrings(Arrays.copyOf(pool, poolUsed), Arrays.copyOf(offsets, size),
                    Arrays.copyOf(lengths, size), cs);
            table = null;
            pool = null;
            return pooled;
        }
        List<String> out = new ArrayList<>(size);
        for (int c = 0; c < size; c++) out.add(new String(pool, offsets[c], lengths[c], cs));
        return out;
    }

    private void rehash() {
        long[] t = new long[table.length * 2];
        int mask = t.length - 1;
        for (int c = 0; c < size; c++) {
            int i = hashes[c] & mask;
            while (t[i] != 0) i = (i + 1) & mask;
            t[i] = ((long) hashes[c] << 32) | (c + 1L);
        }
        table = t;
    }

    private static int hash(byte[] b, int s, int e) {
        long h = Bytes.hash(b, s, e);
        return (int) (h ^ (h >>> 32));
    }
}
