package com.mstudio.engine.data.csv;

import java.util.Arrays;

/** Where to cut a byte range into pieces for parallel scanning: just after a line break near each even share. */
final class Chunking {
    /** Below this, one thread is faster than starting several. */
    static final long MIN_BYTES_PER_CHUNK = 4L << 20;

    private Chunking() {}

    /** Cut positions, starting with {@code start} and ending with {@code end}. */
    static long[] cuts(ByteSource src, long start, long end, int pieces) {
        long size = end - start;
        int n = (int) Math.max(1, Math.min(pieces, size / MIN_BYTES_PER_CHUNK));
        long[] cuts = new long[n + 1];
        int k = 0;
        cuts[k++] = start;
        byte[] probe = new byte[1 << 16];
        for (int i = 1; i < n; i++) {
            long at = start + size * i / n;
            long cut = afterLineBreak(src, at, end, probe);
            if (cut > cuts[k - 1] && cut < end) cuts[k++] = cut;
        }
        cuts[k++] = end;
        return Arrays.copyOf(cuts, k);
    }

    /** Position just after the first line break at or after {@code at}; {@code end} when there is none nearby. */
    private static long afterLineBreak(ByteSource src, long at, long end, byte[] probe) {
        long pos = at;
        for (int round = 0; round < 16 && pos < end; round++) {
            int n = src.read(pos, probe, 0, probe.length);
            if (n <= 0) break;
            for (int i = 0; i < n; i++) {
                if (probe[i] == '\n') return pos + i + 1;
                if (probe[i] == '\r') {
                    if (i + 1 < n) return probe[i + 1] == '\n' ? pos + i + 2 : pos + i + 1;
                    // CR at the probe's end: look at the next byte
                    byte[] one = new byte[1];
                    int m = src.read(pos + i + 1, one, 0, 1);
                    return m == 1 && one[0] == '\n' ? pos + i + 2 : pos + i + 1;
                }
            }
            pos += n;
        }
        return end;
    }
}
