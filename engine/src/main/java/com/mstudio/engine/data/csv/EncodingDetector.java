package com.mstudio.engine.data.csv;

import com.mstudio.engine.api.StudioException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the file's text encoding: a byte-order mark first; then, without one, a strict UTF-8 check of the whole
 * file (one fast pass, almost all ASCII); when that fails, GB18030 or windows-1252 by how the non-ASCII bytes
 * pair up (Chinese text is almost all high-byte pairs, accented Latin text has lone high bytes between letters).
 * Binary files are refused here, before anything tries to read them as a table.
 */
final class EncodingDetector {
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The detected encoding. {@code needsTranscoding} for every encoding whose bytes can hide ASCII delimiters: all
     * but UTF-8 and the single-byte code pages (UTF-16, GB18030/GBK, Shift_JIS, Big5... have ASCII-range second bytes).
     */
    record Detected(Charset charset, int bomLength) {
        boolean needsTranscoding() {
            if (charset.equals(StandardCharsets.UTF_8)) return false;
            return !charset.canEncode() || charset.newEncoder().maxBytesPerChar() > 1.0f;
        }
    }

    private EncodingDetector() {}

    static Detected detect(Path file, String forced) throws IOException {
        byte[] head = new byte[4];
        int headLen;
        try (InputStream in = Files.newInputStream(file)) {
            headLen = in.readNBytes(head, 0, 4);
        }
        int bom = bomLength(head, headLen);
        Charset bomCharset = bomCharset(head, headLen);
        if (forced != null) {
            Charset cs = Charset.forName(forced);
            return new Detected(cs, bomCharset != null && bomCharset.equals(cs) ? bom : 0);
        }
        if (bomCharset != null) return new Detected(bomCharset, bom);

        Scan scan = scan(file);
        if (scan.utf16 != null) return new Detected(scan.utf16, 0);
        if (scan.firstBinary >= 0) {
            throw new StudioException("This does not look like a text file (found binary data at byte " + scan.firstBinary + ")",
                    file, -1, null);
        }
        if (scan.validUtf8) return new Detected(StandardCharsets.UTF_8, 0);
        long all = scan.highPairs + scan.lowPairs + scan.lone;
        if (scan.highPairs > 0 && scan.highPairs >= 0.8 * all) return new Detected(GB18030, 0);
        return new Detected(WINDOWS_1252, 0);
    }

    static int bomLength(byte[] h, int n) {
        if (n >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) return 3;
        if (n >= 2 && (((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) || ((h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF))) return 2;
        return 0;
    }

    static Charset bomCharset(byte[] h, int n) {
        if (n >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) return StandardCharsets.UTF_8;
        if (n >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (n >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        return null;
    }

    /** What one pass over the bytes found. */
    private static final class Scan {
        boolean validUtf8 = true;
        long firstBinary = -1;
        Charset utf16;
        long highPairs, lowPairs, lone;
    }

    /**
     * One streaming pass: UTF-8 validity, the first binary byte (NUL, or other control bytes when they are more than
     * 1% of the first 64 KB), UTF-16 without BOM (NULs in every other byte) and the GB18030 pair statistics.
     */
    private static Scan scan(Path file) throws IOException {
        Scan r = new Scan();
        byte[] buf = new byte[1 << 20];
        long base = 0;
        int carry = 0; // bytes of an unfinished multi-byte sequence moved to the front of buf
        long controls = 0, firstControl = -1, firstNul = -1, evenNul = 0, oddNul = 0;
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int n = in.readNBytes(buf, carry, buf.length - carry);
                boolean last = n < buf.length - carry;
                int lim = carry + n;
                int i = 0;
                while (i < lim) {
                    // Fast path past the first 64 KB: eight plain ASCII bytes (no high bit, no NUL) at a time.
                    if (base + i >= 65536) {
                        while (i + 8 <= lim) {
                            long w = (long) LONGS.get(buf, i);
                            if ((w & 0x8080808080808080L) != 0 || ((w - 0x0101010101010101L) & ~w & 0x8080808080808080L) != 0) break;
                            i += 8;
                        }
                        if (i >= lim) break;
                    }
                    int c = buf[i] & 0xFF;
                    if (c >= 0x20 && c < 0x80) {
                        i++;
                        continue;
                    }
                    long at = base + i;
                    if (c < 0x20 || c == 0x7F) {
                        // (past 64 KB only NULs matter: control bytes are counted in the first 64 KB)
                        if (c == 0) {
                            if (firstNul < 0) firstNul = at;
                            if ((at & 1) == 0) evenNul++; else oddNul++;
                        } else if (c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                            if (firstControl < 0) firstControl = at;
                            if (at < 65536) controls++;
                        }
                        i++;
                        continue;
                    }
                    // GB18030 statistics: a lead byte 0x81..0xFE and a trail byte 0x40..0xFE
                    if (c >= 0x81 && c <= 0xFE && i + 1 < lim) {
                        int t = buf[i + 1] & 0xFF;
                        if (t >= 0x80 && t <= 0xFE) r.highPairs++;
                        else if (t >= 0x40 && t != 0x7F && t <= 0xFE) r.lowPairs++;
                        else r.lone++;
                    } else {
                        r.lone++;
                    }
                    if (r.validUtf8) {
                        int need = c >= 0xF0 && c <= 0xF4 ? 3 : c >= 0xE0 ? (c <= 0xEF ? 2 : -1) : c >= 0xC2 && c <= 0xDF ? 1 : -1;
                        if (need < 0) {
                            r.validUtf8 = false;
                        } else if (i + need >= lim) {
                            if (last) r.validUtf8 = false;
                            else break; // finish this sequence with the next block
                        } else {
                            for (int k = 1; k <= need; k++) {
                                if ((buf[i + k] & 0xC0) != 0x80) {
                                    r.validUtf8 = false;
                                    break;
                                }
                            }
                            if (r.validUtf8) {
                                i += need + 1;
                                // pairs inside valid UTF-8 sequences are not GB18030 evidence on their own
                                continue;
                            }
                        }
                    }
                    i += (c >= 0x81 && c <= 0xFE && i + 1 < lim && (buf[i + 1] & 0xFF) >= 0x40) ? 2 : 1;
                }
                if (last) {
                    base += i;
                    break;
                }
                carry = lim - i;
                System.arraycopy(buf, i, buf, 0, carry);
                base += i;
            }
        }
        long size = base;
        if (firstNul >= 0) {
            long nuls = evenNul + oddNul;
            if (nuls >= size / 4 && oddNul > 4 * evenNul) r.utf16 = StandardCharsets.UTF_16LE;
            else if (nuls >= size / 4 && evenNul > 4 * oddNul) r.utf16 = StandardCharsets.UTF_16BE;
            else r.firstBinary = firstNul;
        } else if (controls > Math.max(2, Math.min(size, 65536) / 100)) {
            r.firstBinary = firstControl;
        }
        return r;
    }
}
