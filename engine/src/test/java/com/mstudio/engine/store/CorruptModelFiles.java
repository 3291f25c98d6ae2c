package com.mstudio.engine.store;

import com.mstudio.engine.api.StudioException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Damaged and incomplete {@link ModelZip} files for the model file tests, and the check that one is refused by name. */
public final class CorruptModelFiles {
    private CorruptModelFiles() {}

    /** Loading {@code file} fails with a message that starts with its name and contains {@code words}. */
    public static void assertProblem(Function<Path, ?> load, Path file, String name, String words) {
        StudioException e = assertThrows(StudioException.class, () -> load.apply(file));
        assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(words), e.getMessage());
        assertEquals(file, e.file());
    }

    /** A zip with these entries, in name order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                    zip.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code file} as a zip with these entries and returns it. */
    public static Path writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.write(file, zip(entries));
        return file;
    }

    /** Cuts the saved model {@code file} short at several lengths, handing each cut file to {@code check}. */
    public static void truncated(Path file, Consumer<Path> check) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int keep : new int[] {bytes.length / 2, bytes.length - 10, 30}) {
            Files.write(file, Arrays.copyOf(bytes, keep));
            check.accept(file);
        }
    }

    /** Flips one byte in the middle of the network that the saved model {@code file} stores as is. */
    public static void flipNetworkByte(Path file, byte[] network) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        bytes[indexOf(bytes, network) + network.length / 2] ^= 0x20;
        Files.write(file, bytes);
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }

}
