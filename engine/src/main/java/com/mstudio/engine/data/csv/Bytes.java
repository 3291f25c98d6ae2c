package com.mstudio.engine.data.csv;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Hashing and comparing byte ranges eight bytes at a time (the importer's dictionaries do this for every cell). */
final class Bytes {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Bytes() {}

    static boolean same(byte[] a, int ao, byte[] b, int bo, int len) {
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            if ((long) LONGS.get(a, ao + i) != (long) LONGS.get(b, bo + i)) return false;
        }
        int rest = len - i;
        if (rest == 0) return true;
        if (ao + i + 8 <= a.length && bo + i + 8 <= b.length) {
            // the last 1..7 bytes as one masked word (little-endian: they are the low bytes)
            long mask = (1L << (rest << 3)) - 1;
            return (((long) LONGS.get(a, ao + i) ^ (long) LONGS.get(b, bo + i)) & mask) == 0;
        }
        for (; i < len; i++) if (a[ao + i] != b[bo + i]) return false;
        return true;
    }

    /** A well-mixed 64-bit hash of {@code b[s..e)}. */
    static long hash(byte[] b, int s, int e) {
        long h = 0x9E3779B97F4A7C15L ^ (e - s);
        int i = s;
        for (; i + 8 <= e; i += 8) {
            h = Long.rotateLeft(h ^ ((long) LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
        }
        long tail = 0;
        int rest = e - i;
        if (rest > 0 && i + 8 <= b.length) {
            tail = (long) LONGS.get(b, i) & ((1L << (rest << 3)) - 1);
        } else {
            for (int k = 0; i < e; i++, k += 8) tail |= (b[i] & 0xFFL) << k;
        }
        h = Long.rotateLeft(h ^ (tail * 0xC2B2AE3D27D4EB4FL), 31) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
