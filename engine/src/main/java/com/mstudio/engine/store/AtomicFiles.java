package com.mstudio.engine.store;

import com.mstudio.engine.data.ExportedFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file the studio writes goes through here: write a temporary file in the same folder, force it to disk, then
 * rename it over the target in one atomic step. A crash or kill at any moment leaves either the old file or the new
 * one, never a mix. The temporary name starts with "." and ends with ".tmp" so a leftover one is easy to spot and
 * is cleaned up by {@link #deleteLeftovers}.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes to a stream that the caller fills. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    public static void write(Path target, Writer writer) throws IOException {
        write(target, writer, false);
    }

    /** The same for a file the user exports (a report, a model to share): readable by others, as any new document. */
    public static void writeExport(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes), true);
    }

    private static void write(Path target, Writer writer, boolean export) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        if (export) ExportedFiles.makeShareable(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(ch);
                writer.write(out);
                out.flush();
                ch.force(true);
            }
            move(tmp, target);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable (POSIX); Windows cannot open folders and does not need it. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Best effort: the data itself was forced before the rename.
        }
    }

    /** Removes temporary files that a killed process left behind in {@code folder}. */
    public static void deleteLeftovers(Path folder) {
        try (var files = Files.newDirectoryStream(folder, ".*.tmp")) {
            for (Path p : files) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Leftovers are harmless; they are only tidied.
        }
    }
}
