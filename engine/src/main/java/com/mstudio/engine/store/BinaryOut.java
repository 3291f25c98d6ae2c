package com.mstudio.engine.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Little-endian primitive writer with a 1 MiB buffer and a running CRC32 of everything written. */
final class BinaryOut {
    private final OutputStream out;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32 crc = new CRC32();
    private long written;

    BinaryOut(OutputStream out) {
        this.out = out;
    }

    private void ensure(int n) throws IOException {
        if (buf.remaining() < n) drain();
    }

    private void drain() throws IOException {
        crc.update(buf.array(), 0, buf.position());
        out.write(buf.array(), 0, buf.position());
        written += buf.position();
        buf.clear();
    }

    void i8(int v) throws IOException { ensure(1); buf.put((byte) v); }
    void i16(int v) throws IOException { ensure(2); buf.putShort((short) v); }
    void i32(int v) throws IOException { ensure(4); buf.putInt(v); }
    void i64(long v) throws IOException { ensure(8); buf.putLong(v); }
    void f64(double v) throws IOException { ensure(8); buf.putDouble(v); }

    void bytes(byte[] b) throws IOException {
        if (b.length > buf.capacity()) {
            drain();
            crc.update(b);
            out.write(b);
            written += b.length;
            return;
        }
        ensure(b.length);
        buf.put(b);
    }

    void string(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        i32(b.length);
        bytes(b);
    }

    /** Flushes the buffer and returns the CRC32 of all bytes so far; the caller then writes the trailer unchecked. */
    int finishChecksum() throws IOException {
        drain();
        return (int) crc.getValue();
    }

    long size() {
        return written + buf.position();
    }

    /** Writes bytes that are not part of the checksum (the trailer). */
    void raw(byte[] b) throws IOException {
        drain();
        out.write(b);
        written += b.length;
    }
}
