package com.mstudio.engine.data.csv;

import java.util.BitSet;

/** Removes skipped rows from filled arrays (only needed when rows were rejected with {@code SKIP_ROW}). */
final class Compaction {
    private Compaction() {}

    static long[] compact(long[] v, BitSet skipped, int kept) {
        long[] out = new long[kept];
        int o = 0;
        for (int i = 0; i < v.length; i++) if (!skipped.get(i)) out[o++] = v[i];
        return out;
    }

    static double[] compact(double[] v, BitSet skipped, int kept) {
        double[] out = new double[kept];
        int o = 0;
        for (int i = 0; i < v.length; i++) if (!skipped.get(i)) out[o++] = v[i];
        return out;
    }

    static int[] compact(int[] v, BitSet skipped, int kept) {
        int[] out = new int[kept];
        int o = 0;
        for (int i = 0; i < v.length; i++) if (!skipped.get(i)) out[o++] = v[i];
        return out;
    }

    /** The missing bits of the kept rows, renumbered. */
    static BitSet compact(BitSet missing, BitSet skipped) {
        BitSet out = new BitSet();
        int removed = 0;
        int nextSkip = skipped.nextSetBit(0);
        for (int i = missing.nextSetBit(0); i >= 0; i = missing.nextSetBit(i + 1)) {
            while (nextSkip >= 0 && nextSkip < i) {
                removed++;
                nextSkip = skipped.nextSetBit(nextSkip + 1);
            }
            if (nextSkip == i) continue; // the row itself is gone
            out.set(i - removed);
        }
        return out;
    }
}
