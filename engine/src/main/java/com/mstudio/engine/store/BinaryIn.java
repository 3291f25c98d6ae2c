package com.mstudio.engine.store;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Little-endian primitive reader over a file channel with a 1 MiB buffer. It checksums exactly the first
 * {@code checkedLength} bytes (the file minus its trailer) as they are consumed, and throws {@link EOFException} when
 * a read runs past them, which is how a truncated file shows itself.
 */
final class BinaryIn {
    private final FileChannel ch;
    private final ByteBuffer buf = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
    private final CRC32 crc = new CRC32();
    private final long checkedLength;
    private long consumedBefore; // bytes before buf's current contents

    BinaryIn(FileChannel ch, long checkedLength) {
        this.ch = ch;
        this.checkedLength = checkedLength;
        buf.flip();
    }

    private void ensure(int n) throws IOException {
        if (buf.remaining() >= n) return;
        crc.update(buf.array(), 0, buf.position());
        consumedBefore += buf.position();
        buf.compact();
        long allowed = checkedLength - consumedBefore;
        while (buf.position() < n) {
            int room = (int) Math.min(buf.remaining(), allowed - buf.position());
            if (room <= 0) throw new EOFException();
            ByteBuffer slice = buf.duplicate();
            slice.limit(buf.position() + room);
            int read = ch.read(slice);
            if (read < 0) throw new EOFException();
            buf.position(buf.position() + read);
        }
        buf.flip();
    }

    int i8() throws IOException { ensure(1); return buf.get(); }
    int u8() throws IOException { ensure(1); return buf.get() & 0xFF; }
    int i16() throws IOException { ensure(2); return buf.getShort(); }
    int u16() throws IOException { ensure(2); return buf.getShort() & 0xFFFF; }
    int i32() throws IOException { ensure(4); return buf.getInt(); }
    long u32() throws IOException { ensure(4); return buf.getInt() & 0xFFFFFFFFL; }
    long i64() throws IOException { ensure(8); return buf.getLong(); }
    double f64() throws IOException { ensure(8); return buf.getDouble(); }

    byte[] bytes(int n) throws IOException {
        if (n < 0 || n > checkedLength) throw new EOFException();
        byte[] out = new byte[n];
        int off = 0;
        while (off < n) {
            ensure(1);
            int k = Math.min(buf.remaining(), n - off);
            buf.get(out, off, k);
            off += k;
        }
        return out;
    }

    String string() throws IOException {
        return new String(bytes(i32()), StandardCharsets.UTF_8);
    }

    /** The CRC32 of every byte consumed so far. */
    int checksum() {
        crc.update(buf.array(), 0, buf.position());
        consumedBefore += buf.position();
        buf.compact().flip();
        return (int) crc.getValue();
    }

    long position() {
        return consumedBefore + buf.position();
    }
}
