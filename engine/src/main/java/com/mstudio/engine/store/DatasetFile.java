package com.mstudio.engine.store;

import com.mstudio.engine.api.ColumnType;
import com.mstudio.engine.api.StudioException;
import com.mstudio.engine.data.Column;
import com.mstudio.engine.data.Dataset;
import com.mstudio.engine.data.DoubleColumn;
import com.mstudio.engine.data.LongColumn;
import com.mstudio.engine.data.StringColumn;

import java.io.EOFException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The workspace's binary columnar file for one {@link Dataset} (".msd"). Little-endian:
 * <pre>
 * "MSDF" u32 version  i32 columns  i32 rows
 * per column: string name, string type (enum name, so reordering the enum cannot corrupt old files), u8 storage
 *   'L' (long):   missing bitset, i64 base, u8 width (0,1,2,4,8), rows × width bytes of (value - base)
 *   'D' (double): missing bitset, rows × f64
 *   'S' (string): i32 dictionary size, dictionary strings, u8 width (1,2,4), rows × width bytes of (code + 1), 0 = missing
 * trailer: i32 CRC32 of everything before it, "MSDE"
 * </pre>
 * strings are i32 byte length + UTF-8; a bitset is i32 word count + i64 words. Whole numbers are stored as offsets
 * from their minimum in the fewest bytes that hold the range (tenure 0..72: one byte a row), dictionary codes likewise.
 * A truncated or altered file fails the length or checksum test and is reported as damaged, never read half.
 */
public final class DatasetFile {
    static final byte[] MAGIC = "MSDF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] END = "MSDE".getBytes(StandardCharsets.US_ASCII);
    public static final int VERSION = 1;
    private static final int TRAILER = 8;

    private DatasetFile() {}

    /** Writes {@code data} to {@code file} atomically (temp file, fsync, rename). */
    public static void write(Dataset data, Path file) {
        try {
            AtomicFiles.write(file, stream -> {
                BinaryOut out = new BinaryOut(stream);
                out.bytes(MAGIC);
                out.i32(VERSION);
                out.i32(data.columnCount());
                out.i32(data.rowCount());
                for (Column c : data.columnList()) writeColumn(out, c);
                int crc = out.finishChecksum();
                byte[] trailer = new byte[TRAILER];
                java.nio.ByteBuffer.wrap(trailer).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(crc).put(END);
                out.raw(trailer);
            });
        } catch (IOException e) {
            throw new StudioException("Could not save workspace file " + file.getFileName() + ": " + e.getMessage(), file, -1, null, e);
        }
    }

    private static void writeColumn(BinaryOut out, Column c) throws IOException {
        out.string(c.name());
        out.string(c.type().name());
        int rows = c.size();
        if (c instanceof LongColumn lc) {
            String[] labels = lc.booleanLabels();
            if (labels != null) { // 'B': a boolean column with the file's words for false/true, then as 'L'
                out.i8('B');
                out.string(labels[0]);
                out.string(labels[1]);
            } else {
                out.i8('L');
            }
            writeBits(out, c, rows);
            long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
            for (int r = 0; r < rows; r++) {
                if (lc.isMissing(r)) continue;
                min = Math.min(min, lc.get(r));
                max = Math.max(max, lc.get(r));
            }
            if (min > max) min = max = 0; // all missing
            long range = max - min; // negative when the span overflows a long: store raw
            int width = range < 0 ? 8 : range == 0 ? 0 : range < 0x100 ? 1 : range < 0x10000 ? 2 : range < 0x1_0000_0000L ? 4 : 8;
            long base = width == 8 ? 0 : min;
            out.i64(base);
            out.i8(width);
            for (int r = 0; r < rows; r++) {
                long d = lc.isMissing(r) ? 0 : lc.get(r) - base;
                switch (width) {
                    case 1 -> out.i8((int) d);
                    case 2 -> out.i16((int) d);
                    case 4 -> out.i32((int) d);
                    case 8 -> out.i64(d);
                    default -> { }
                }
            }
        } else if (c instanceof DoubleColumn dc) {
            out.i8('D');
            writeBits(out, c, rows);
            for (int r = 0; r < rows; r++) out.f64(dc.isMissing(r) ? 0 : dc.get(r));
        } else {
            StringColumn sc = (StringColumn) c;
            out.i8('S');
            List<String> dict = sc.dictionary();
            out.i32(dict.size());
            for (String s : dict) out.string(s);
            int width = codeWidth(dict.size());
            out.i8(width);
            for (int r = 0; r < rows; r++) {
                int v = sc.code(r) + 1;
                if (width == 1) out.i8(v); else if (width == 2) out.i16(v); else out.i32(v);
            }
        }
    }

    private static int codeWidth(int dictSize) {
        return dictSize < 0xFF ? 1 : dictSize < 0xFFFF ? 2 : 4;
    }

    private static void writeBits(BinaryOut out, Column c, int rows) throws IOException {
        BitSet bits = new BitSet();
        if (c.missingCount() > 0) for (int r = 0; r < rows; r++) if (c.isMissing(r)) bits.set(r);
        long[] words = bits.toLongArray();
        out.i32(words.length);
        for (long w : words) out.i64(w);
    }

    /**
     * Reads a dataset written by {@link #write}.
     *
     * @throws StudioException naming the file when it is missing, damaged (truncated, altered) or from a newer version
     */
    public static Dataset read(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size < MAGIC.length + 12 + TRAILER) throw damaged(file, "it is too short", null);
            BinaryIn in = new BinaryIn(ch, size - TRAILER);
            byte[] magic = in.bytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new StudioException("Workspace file " + file.getFileName() + " is not a Marketing Studio data file.", file, -1, null);
            }
            int version = in.i32();
            if (version > VERSION) {
                throw new StudioException("Workspace file " + file.getFileName() + " was saved by a newer version of "
                        + "Marketing Studio. Update the app to open it.", file, -1, null);
            }
            int columns = in.i32();
            int rows = in.i32();
            if (columns < 0 || rows < 0) throw damaged(file, "its header is invalid", null);
            List<Column> cols = new ArrayList<>(columns);
            for (int i = 0; i < columns; i++) cols.add(readColumn(in, rows, file));
            int crc = in.checksum();
            if (in.position() != size - TRAILER) throw damaged(file, "it has unexpected bytes at the end", null);
            java.nio.ByteBuffer trailer = java.nio.ByteBuffer.allocate(TRAILER).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            while (trailer.hasRemaining()) if (ch.read(trailer, size - TRAILER + trailer.position()) < 0) throw new EOFException();
            trailer.flip();
            int stored = trailer.getInt();
            byte[] end = new byte[4];
            trailer.get(end);
            if (!Arrays.equals(end, END)) throw damaged(file, "its end marker is missing", null);
            if (stored != crc) throw damaged(file, "its checksum does not match", null);
            return new Dataset(cols);
        } catch (NoSuchFileException e) {
            throw new StudioException("Workspace file " + file.getFileName() + " is missing.", file, -1, null, e);
        } catch (EOFException e) {
            throw damaged(file, "it ends too early", e);
        } catch (IOException e) {
            throw new StudioException("Could not read workspace file " + file.getFileName() + ": " + e.getMessage(), file, -1, null, e);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw damaged(file, "its contents are inconsistent", e);
        }
    }

    private static Column readColumn(BinaryIn in, int rows, Path file) throws IOException {
        String name = in.string();
        ColumnType type;
        try {
            type = ColumnType.valueOf(in.string());
        } catch (IllegalArgumentException e) {
            throw damaged(file, "column " + name + " has an unknown type", e);
        }
        int storage = in.u8();
        switch (storage) {
            case 'B' -> {
                String no = in.string();
                String yes = in.string();
                LongColumn plain = readLongs(in, file, name, type, rows);
                if (type != ColumnType.BOOLEAN) throw damaged(file, "column " + name + " has boolean labels but is " + type, null);
                return plain.withBooleanLabels(no, yes);
            }
            case 'L' -> {
                return readLongs(in, file, name, type, rows);
            }
            case 'D' -> {
                BitSet missing = readBits(in, rows);
                double[] values = new double[rows];
                for (int r = 0; r < rows; r++) values[r] = in.f64();
                return DoubleColumn.wrap(name, values, missing);
            }
            case 'S' -> {
                int size = in.i32();
                if (size < 0) throw damaged(file, "column " + name + " has an invalid dictionary", null);
                List<String> dict = new ArrayList<>(Math.min(size, 1 << 16));
                for (int i = 0; i < size; i++) dict.add(in.string());
                int width = in.u8();
                if (width != 1 && width != 2 && width != 4) throw damaged(file, "column " + name + " has an invalid width", null);
                int[] codes = new int[rows];
                for (int r = 0; r < rows; r++) {
                    int v = width == 1 ? in.u8() : width == 2 ? in.u16() : in.i32();
                    if (v > size) throw damaged(file, "column " + name + " refers past its dictionary", null);
                    codes[r] = v - 1;
                }
                return StringColumn.wrap(name, type, codes, dict);
            }
            default -> throw damaged(file, "column " + name + " has an unknown storage kind", null);
        }
    }

    private static BitSet readBits(BinaryIn in, int rows) throws IOException {
        int n = in.i32();
        if (n < 0 || n > (rows >> 6) + 1) throw new EOFException();
        long[] words = new long[n];
        for (int i = 0; i < n; i++) words[i] = in.i64();
        return BitSet.valueOf(words);
    }

    private static StudioException damaged(Path file, String why, Throwable cause) {
        return new StudioException("Workspace file " + file.getFileName() + " is damaged (" + why + ") and cannot be opened.",
                file, -1, null, cause);
    }

    private static LongColumn readLongs(BinaryIn in, Path file, String name, ColumnType type, int rows) throws IOException {
        BitSet missing = readBits(in, rows);
        long base = in.i64();
        int width = in.u8();
        long[] values = new long[rows];
        switch (width) {
            case 0 -> Arrays.fill(values, base);
            case 1 -> { for (int r = 0; r < rows; r++) values[r] = base + in.u8(); }
            case 2 -> { for (int r = 0; r < rows; r++) values[r] = base + in.u16(); }
            case 4 -> { for (int r = 0; r < rows; r++) values[r] = base + in.u32(); }
            case 8 -> { for (int r = 0; r < rows; r++) values[r] = base + in.i64(); }
            default -> throw damaged(file, "column " + name + " has an invalid width", null);
        }
        return LongColumn.wrap(name, type, values, missing);
    }
}
