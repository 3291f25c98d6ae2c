package com.mstudio.engine.data.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file's text as bytes in an ASCII-compatible encoding (UTF-8 or a single-byte code page), read by position so
 * that several threads can scan different parts at once. Encodings whose bytes can hide ASCII delimiters (UTF-16,
 * and GB18030 whose second bytes include '|') are transcoded to UTF-8 in memory first; the others are read straight
 * from the file, so the file never has to fit on the heap.
 */
final class ByteSource implements AutoCloseable {
    private final FileChannel channel;
    private final byte[] memory;
    private final long offset;
    private final long length;
    /** The charset the cell bytes are in: UTF-8 or the single-byte code page. */
    final Charset cellCharset;

    private ByteSource(FileChannel channel, byte[] memory, long offset, long length, Charset cellCharset) {
        this.channel = channel;
        this.memory = memory;
        this.offset = offset;
        this.length = length;
        this.cellCharset = cellCharset;
    }

    static ByteSource open(Path file, EncodingDetector.Detected enc) throws IOException {
        if (enc.needsTranscoding()) {
            byte[] raw = Files.readAllBytes(file);
            String text = new String(raw, enc.bomLength(), raw.length - enc.bomLength(), enc.charset());
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            return new ByteSource(null, utf8, 0, utf8.length, StandardCharsets.UTF_8);
        }
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
        return new ByteSource(ch, null, enc.bomLength(), ch.size() - enc.bomLength(), enc.charset());
    }

    /** For tests and for samples already in memory. */
    static ByteSource ofBytes(byte[] bytes, Charset cellCharset) {
        return new ByteSource(null, bytes, 0, bytes.length, cellCharset);
    }

    long length() {
        return length;
    }

    /** Reads up to {@code len} bytes at {@code pos}; returns the count, 0 at the end. Thread-safe. */
    int read(long pos, byte[] dst, int off, int len) {
        if (pos >= length) return 0;
        int n = (int) Math.min(len, length - pos);
        if (memory != null) {
            System.arraycopy(memory, (int) pos, dst, off, n);
            return n;
        }
        try {
            ByteBuffer bb = ByteBuffer.wrap(dst, off, n);
            int total = 0;
            while (bb.hasRemaining()) {
                int r = channel.read(bb, offset + pos + total);
                if (r < 0) break;
                total += r;
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (channel != null) channel.close();
    }
}
