package com.mstudio.engine.data.csv;

/**
 * A set of 64-bit cell hashes, for counting distinct values over every row without keeping a String per cell
 * (8–16 bytes per distinct value instead of about 60). Two different values share a hash with odds of about
 * n²/2⁶⁵, far below anything that could change a type decision. Past {@code cap} entries it stops growing and
 * reports itself saturated, which callers read as "very many distinct values".
 */
final class LongHashSet {
    private long[] table;
    private int size;
    private final int cap;
    private boolean saturated;

    LongHashSet(int cap) {
        this.cap = cap;
        this.table = new long[64];
    }

    int size() {
        return size;
    }

    boolean saturated() {
        return saturated;
    }

    void add(long h) {
        if (saturated) return; // nothing learned from here on: "very many" is already the answer
        if (h == 0) h = 1; // 0 marks an empty slot
        long[] t = table;
        int mask = t.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long v = t[i];
            if (v == h) return;
            if (v == 0) break;
            i = (i + 1) & mask;
        }
        if (size >= cap) {
            saturated = true;
            table = new long[1]; // free it: a saturated set is never asked for its values
            return;
        }
        t[i] = h;
        if (++size * 2 > t.length) rehash();
    }

    /** Whether {@code h} was added; always false once saturated. */
    boolean contains(long h) {
        if (saturated) return false;
        if (h == 0) h = 1;
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long v = table[i];
            if (v == h) return true;
            if (v == 0) return false;
            i = (i + 1) & mask;
        }
    }

    void addAll(LongHashSet other) {
        if (other.saturated) {
            saturated = true;
            table = new long[1];
            return;
        }
        for (long v : other.table) if (v != 0) add(v);
    }

    private void rehash() {
        long[] old = table;
        long[] t = new long[old.length * 2];
        int mask = t.length - 1;
        for (long v : old) {
            if (v == 0) continue;
            int i = (int) (v ^ (v >>> 32)) & mask;
            while (t[i] != 0) i = (i + 1) & mask;
            t[i] = v;
        }
        table = t;
    }

    /** A well-mixed 64-bit hash of bytes. */
    static long hash(byte[] b, int s, int e) {
        return Bytes.hash(b, s, e);
    }
}
